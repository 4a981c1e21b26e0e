import { diagnostic } from '../diagnostics/index.js';
import { tokenRange } from './build-ast.js';
import { parser } from './parser.js';
import * as T from './tokens.js';
import { closest } from '../diagnostics/suggest.js';
import { firstAfter } from '../runtime/search.js';
const tokenTypes = new Map(T.allTokens.map((t) => [t.name, t]));
const unitTokens = new Set([T.Seconds, T.Minutes, T.Hours, T.Day, T.Days, T.Weeks, T.Months, T.Quarters, T.Years]);
const clockTokens = new Set([T.Business, T.Working, T.CalendarDays]);
const unitWords = [
    'second',
    'seconds',
    'minute',
    'minutes',
    'hour',
    'hours',
    'day',
    'days',
    'week',
    'weeks',
    'month',
    'months',
    'year',
    'years',
];
/** Seconds per unit, for units of a fixed length. */
const unitSeconds = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };
const singular = (image) => (image.endsWith('s') ? image.slice(0, -1) : image);
/** Statement rules of a block, for the keywords a line of that block may start with. */
const statementRules = { reportingStmt: ['report', 'textStmt'] };
const firstTokens = new Map();
function startersOf(rule) {
    let known = firstTokens.get(rule);
    if (!known) {
        known = (statementRules[rule] ?? [rule]).flatMap((r) => parser.computeContentAssist(r, []).map((s) => s.nextTokenType));
        firstTokens.set(rule, known);
    }
    return known;
}
/** The rules whose name is a declaration's name, and the word a renamed name gets. */
const declarationNouns = {
    service: 'service',
    calendar: 'calendar',
    priority: 'priority',
    tier: 'tier',
    objective: 'objective',
    escalation: 'escalation',
};
function decode(message) {
    try {
        return JSON.parse(message);
    }
    catch {
        return { what: message, expected: [], rule: '' };
    }
}
function isReal(t) {
    return !!t && Number.isFinite(t.startOffset) && t.startOffset >= 0 && t.tokenType.name !== 'EOF' && !t.isInsertedInRecovery;
}
const quoted = (t) => (t ? `'${t.image}'` : 'the end of the file');
function replace(range, text, title = `Change to '${text}'`) {
    return { title, edits: [{ range, newText: text }] };
}
/** `5 hours 30 minutes`: the one mistake a person makes most with durations. */
function twoUnits(tokens, i) {
    const [n2, u2, u1] = [tokens[i], tokens[i + 1], tokens[i - 1]];
    if (!n2 || n2.tokenType !== T.NumberToken || !u1 || !unitTokens.has(u1.tokenType) || !u2 || !unitTokens.has(u2.tokenType))
        return undefined;
    const clock = tokens[i - 2] && clockTokens.has(tokens[i - 2].tokenType);
    const n1 = tokens[clock ? i - 3 : i - 2];
    if (!n1 || n1.tokenType !== T.NumberToken)
        return undefined;
    const written = `${n1.image} ${clock ? `${tokens[i - 2].image} ` : ''}${u1.image} ${n2.image} ${u2.image}`;
    const range = { start: tokenRange(n2).start, end: tokenRange(u2).end };
    const [s1, s2] = [unitSeconds[singular(u1.image)], unitSeconds[singular(u2.image)]];
    if (clock || s1 === undefined || s2 === undefined) {
        return { message: `a duration has one number and one unit: write \`${written}\` in one unit`, range };
    }
    const small = s1 <= s2 ? u1 : u2;
    const total = Number(((Number(n1.image) * s1 + Number(n2.image) * s2) / Math.min(s1, s2)).toFixed(6));
    const unit = `${singular(small.image)}${total === 1 ? '' : 's'}`;
    const better = `${total} ${unit}`;
    const whole = { start: tokenRange(n1).start, end: tokenRange(u2).end };
    return {
        message: `a duration has one number and one unit: write \`${written}\` as \`${better}\``,
        range,
        fix: replace(whole, better, `Write ${better}`),
    };
}
function describe(e, tokens, offsets, end) {
    const exp = decode(e.message);
    const offset = exp.foundOffset ?? (isReal(e.token) ? e.token.startOffset : Infinity);
    // The first token at or after the offset (offsets are whole numbers).
    const i = firstAfter(offsets, offset - 1);
    const found = tokens[i];
    const previous = tokens[i - 1];
    const range = found ? tokenRange(found) : end;
    const after = previous ? ` after '${previous.image}'` : '';
    // A rule's description when its own alternatives failed; inside one of them, the words that fit.
    const starts = exp.ruleWhat ? new Set(startersOf(exp.rule).map((t) => t.name)) : undefined;
    const what = starts && exp.expected.every((n) => starts.has(n)) ? exp.ruleWhat : exp.what;
    const base = `expected ${what}${after}, found ${found?.tokenType === T.UnterminatedString ? 'a string without its closing quote' : quoted(found)}`;
    if (!found)
        return diagnostic('syntax-error', range, base);
    const durations = twoUnits(tokens, i);
    if (durations)
        return diagnostic('syntax-error', durations.range, durations.message, durations.fix ? { fix: durations.fix } : {});
    // A keyword where a name must stand.
    const word = T.keywordWords.get(found.tokenType);
    if (word && exp.expected.length === 1 && exp.expected[0] === 'Identifier') {
        const noun = declarationNouns[exp.rule];
        const message = `${base}, which is a reserved word: a name cannot be a keyword of the language; choose another name${noun ? `, such as '${word}-${noun}'` : ''}`;
        return diagnostic('syntax-error', range, message, noun ? { fix: replace(range, `${word}-${noun}`, `Rename to '${word}-${noun}'`) } : {});
    }
    // A word after a number is its unit.
    const beforeNumber = tokens[i - 2];
    const money = beforeNumber?.tokenType === T.Identifier && /^[A-Z]{3}$/.test(beforeNumber.image);
    if (found.tokenType === T.Identifier && previous?.tokenType === T.NumberToken && !money) {
        const plural = Number(previous.image) !== 1;
        const unit = closest(found.image, unitWords.filter((u) => u.endsWith('s') === plural));
        return diagnostic('syntax-error', range, `unknown unit '${found.image}' after '${previous.image}': a duration takes seconds, minutes, hours, days, weeks, months or years${unit ? `; did you mean '${unit}'?` : ''}`, unit ? { fix: replace(range, unit) } : {});
    }
    // A near-miss of a keyword that fits here.
    if (found.tokenType === T.Identifier || word) {
        const fitting = [...exp.expected.map((n) => tokenTypes.get(n)), ...(exp.rule ? startersOf(exp.rule) : [])];
        const words = new Set(fitting.flatMap((t) => (t && T.keywordWords.has(t) ? [T.keywordWords.get(t).replace('calendar-days', 'calendar')] : [])));
        const near = closest(found.image, words, { codes: found.image.length >= 3 });
        if (near && near !== found.image)
            return diagnostic('syntax-error', range, `${base}; did you mean '${near}'?`, { fix: replace(range, near) });
    }
    return diagnostic('syntax-error', range, base);
}
/** One diagnostic per mistake, in the order the parser met them. */
export function syntaxDiagnostics(errors, tokens, end) {
    const out = [];
    const seen = new Set();
    const offsets = tokens.map((t) => t.startOffset);
    for (const e of errors) {
        const d = describe(e, tokens, offsets, end);
        if (seen.has(d.range.start.offset))
            continue;
        seen.add(d.range.start.offset);
        out.push(d);
    }
    return out;
}
