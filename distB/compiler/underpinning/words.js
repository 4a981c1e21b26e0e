/** How the underpinning findings write instants, spans of time and percentages. */
import { DateTime } from 'luxon';
const MINUTE = 60_000;
/** `Friday 2026-01-09 17:30`, local to the zone (a few per finding: luxon is fine here). */
export function instantText(zone, t) {
    return DateTime.fromMillis(t, { zone }).setLocale('en').toFormat('cccc yyyy-MM-dd HH:mm');
}
/** `63 h`, `62 h 30 min`, `45 min`: a span in hours, as SLA targets are read. */
export function hoursText(ms) {
    const minutes = Math.round(ms / MINUTE);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0)
        return `${m} min`;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
/** `99.7002%` in English, `99,7002%` in Dutch: as the documents write percentages. */
export function percentText(value, language) {
    const text = `${Number(value.toFixed(4))}%`;
    return language === 'nl' ? text.replace('.', ',') : text;
}
