import { normaliseChannel } from './shares.js';
/** Fields that are columns of their own, never custom fields. */
export const builtInFields = new Set(['priority', 'tier', 'channel', 'language']);
function holds(c, s) {
    switch (c.field) {
        case 'priority':
            return s.priority !== null && c.values.includes(s.priority);
        case 'tier':
            return s.tier !== null && c.values.includes(s.tier);
        case 'channel':
            return s.channel !== null && c.values.some((v) => normaliseChannel(v) === normaliseChannel(s.channel));
        case 'language':
            return s.language !== null && c.values.some((v) => v.toLowerCase() === s.language.trim().toLowerCase());
        default: {
            const v = s.fields[c.field];
            return v !== undefined && c.values.includes(v.trim());
        }
    }
}
/** A ticket as conditions see it, with the priority in force. */
export function ticketSubject(t, priority) {
    return { priority, tier: t.tier, channel: t.channel, language: t.language, fields: t.fields };
}
export function matchesAll(conditions, s) {
    if (!conditions)
        return true;
    for (const c of conditions)
        if (!holds(c, s))
            return false;
    return true;
}
/** Whether the objective excludes items of this cause (`excluding force majeure`, `excluding calamities`). */
export function excludedCause(o, cause) {
    return cause !== null && o.exclusions.some((e) => e.exclusion === cause);
}
/**
 * Of the lines for one clock and priority (targets, credit bands), the one that applies: the first,
 * in the order written, whose conditions the subject matches, else the first without conditions.
 */
export function firstMatching(lines, target, priority, subject) {
    let fallback;
    for (const x of lines) {
        if (x.target !== target || x.priority !== priority)
            continue;
        if (!x.conditions)
            fallback ??= x;
        else if (matchesAll(x.conditions, subject))
            return x;
    }
    return fallback;
}
/** ` for team "Netwerk"`: conditions as written, for explanations and band names. */
export const conditionsText = (conditions) => (conditions ?? []).map((c) => ` for ${c.field} ${c.values.map((v) => JSON.stringify(v)).join(', ')}`).join('');
/** Whether the conditions ask about the priority (then the priority in force must be known). */
export const asksPriority = (conditions) => !!conditions?.some((c) => c.field === 'priority');
