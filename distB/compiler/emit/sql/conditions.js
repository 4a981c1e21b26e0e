/**
 * Conditions (`for team "Netwerk"`, `for channel phone`, `for language nl`) in SQL, with the rules
 * of runtime/evaluate/conditions.ts: a condition holds when the record's value is one of its
 * values; `channel` compares without case, spaces, `-` or `_`, `language` without case after
 * trimming, a custom field exactly after trimming (JavaScript's whitespace, spelled out: the
 * databases' `trim` and `\s` know fewer spaces). Case is folded by the database's `lower`, which
 * agrees with JavaScript's on ASCII only: `nonAsciiSql` finds the values that would need more.
 *
 * API:
 *  - `ticketAttributesSql(create)`: the view `slac_ticket_attributes(ticket, field, value)`, every
 *    value a condition can ask about a ticket except its priority (which depends on the clock),
 *    normalised as the condition values are by `conditionValue`;
 *  - `conditionValue(field, value)`: a condition's value normalised the same way;
 *  - `nonAsciiSql()`: the number of tickets whose channel or language is not ASCII.
 */
import { normaliseChannel } from '../../../runtime/evaluate/shares.js';
import { builtInFields } from '../../../runtime/evaluate/conditions.js';
import { text } from './dialect.js';
/** What String.prototype.trim and `\s` remove (ECMAScript WhiteSpace and LineTerminator). */
const JS_SPACE = '\t\n\u000b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** `e.trim()` in SQL. */
export const trimSql = (e) => `regexp_replace(${e}, ${text(`^[${JS_SPACE}]+|[${JS_SPACE}]+$`)}, '', 'g')`;
/** normaliseChannel in SQL: lower case, without runs of spaces, `-` and `_`. */
export const channelSql = (e) => `lower(regexp_replace(${e}, ${text(`[${JS_SPACE}_-]+`)}, '', 'g'))`;
/** `language.trim().toLowerCase()` in SQL. */
export const languageSql = (e) => `lower(${trimSql(e)})`;
export function conditionValue(field, value) {
    if (field === 'channel')
        return normaliseChannel(value);
    if (field === 'language')
        return value.toLowerCase();
    return value;
}
export function ticketAttributesSql(create) {
    const builtIn = [...builtInFields].map(text).join(', ');
    return `
${create} slac_ticket_attributes AS
SELECT t.seq AS ticket, 'tier' AS field, t.tier AS value FROM slac_tickets AS t JOIN slac_tiers AS x ON x.tier = t.tier WHERE x.implicit = 0
UNION ALL
SELECT seq, 'channel', ${channelSql('channel')} FROM slac_tickets WHERE channel IS NOT NULL
UNION ALL
SELECT seq, 'language', ${languageSql('language')} FROM slac_tickets WHERE language IS NOT NULL
UNION ALL
SELECT ticket, name, ${trimSql('value')} FROM slac_ticket_fields WHERE name NOT IN (${builtIn});
`;
}
export function nonAsciiSql() {
    // JavaScript's white space is removed before channels compare (channelSql): only other characters beyond ASCII count.
    const other = text(`[^\\x01-\\x7f${JS_SPACE}]`);
    return `SELECT COUNT(*) AS n FROM slac_tickets WHERE regexp_replace(COALESCE(channel, '') || COALESCE(language, ''), ${other}, '', 'g') <> COALESCE(channel, '') || COALESCE(language, '')`;
}
