import { normaliseStatus } from '../data/status-name.js';
/** The start instant by `asOf`, or null when the start condition has not happened yet. */
export function clockStart(t, tier, vocabulary, asOf) {
    const s = tier.start;
    if (!s || s.at === 'creation')
        return t.created;
    if (s.at === 'assignment')
        return t.assigned !== null && t.assigned <= asOf ? t.assigned : null;
    const wanted = normaliseStatus(vocabulary.alias('status', s.status ?? ''));
    for (const e of t.events) {
        if (e.at > asOf)
            break;
        if (e.status !== null && normaliseStatus(vocabulary.alias('status', e.status)) === wanted)
            return e.at;
    }
    return null;
}
/** Cuts `pairs` (flat [start, end) pairs) to what lies at or after `from`; `rules` stays parallel. */
function clip(pairs, from, rules) {
    const out = [];
    const kept = [];
    for (let i = 0; i < pairs.length; i += 2) {
        const b = pairs[i + 1];
        if (b <= from)
            continue;
        out.push(Math.max(pairs[i], from), b);
        if (rules)
            kept.push(rules[i / 2]);
    }
    return { pairs: out, rules: kept };
}
/** The timeline as seen by a clock that starts at `from`. */
export function clipTimeline(tl, from) {
    if ((tl.running.length === 0 || tl.running[0] >= from) && (tl.paused.length === 0 || tl.paused[0] >= from))
        return tl;
    const paused = clip(tl.paused, from, tl.pausedRule);
    return { ...tl, running: clip(tl.running, from, null).pairs, paused: paused.pairs, pausedRule: paused.rules };
}
