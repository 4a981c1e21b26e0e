/**
 * Timestamps without an offset in a named zone (`--data-timezone Europe/Amsterdam`), for exports
 * that write local wall times. Daylight saving time is never guessed: a wall time that does not
 * exist (the hour the clocks skip) or that happens twice (the hour they repeat) is an error that
 * asks for the offset. The zone is an input; the machine's zone is never read.
 */
import { ZoneTime } from './time.js';
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const offsetText = (off) => {
    const a = Math.abs(off);
    return `${off < 0 ? '-' : '+'}${String(Math.floor(a / HOUR)).padStart(2, '0')}:${String(Math.floor((a % HOUR) / MINUTE)).padStart(2, '0')}`;
};
export class LocalTimes {
    zone;
    zoneTime;
    /** Offsets are learnt for instants from `from` to `to` (the evaluation's range), with a margin. */
    constructor(zone, from, to) {
        this.zone = zone;
        this.zoneTime = new ZoneTime(zone, from - 2 * DAY, to + 2 * DAY);
    }
    instant(wall, text) {
        const z = this.zoneTime;
        const found = [];
        for (const off of new Set([z.offsetAt(wall - DAY), z.offsetAt(wall), z.offsetAt(wall + DAY)])) {
            const t = wall - off;
            if (z.offsetAt(t) === off && !found.includes(t))
                found.push(t);
        }
        if (found.length === 1)
            return { ok: true, ms: found[0] };
        if (found.length === 0) {
            const before = offsetText(z.offsetAt(wall - DAY));
            const after = offsetText(z.offsetAt(wall + DAY));
            return {
                ok: false,
                code: 'nonexistent-local-time',
                params: { zone: this.zone, before, after },
                message: `local time '${text}' does not exist in ${this.zone}: the clocks skip it (from ${before} to ${after}); write the offset the tool meant, e.g. '${text}${after}'`,
            };
        }
        found.sort((a, b) => a - b);
        const offs = found.map((t) => offsetText(wall - t));
        return {
            ok: false,
            code: 'ambiguous-local-time',
            params: { zone: this.zone, first: offs[0], second: offs.at(-1) },
            message: `local time '${text}' happens twice in ${this.zone} (at ${offs.join(' and at ')}): write the offset to say which, e.g. '${text}${offs[0]}'`,
        };
    }
}
