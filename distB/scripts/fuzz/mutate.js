/**
 * Seeded mutations of .sla files: token-level (delete, duplicate, swap, replace with a token of
 * another file), line-level (delete, duplicate, splice a line from another file), character-level,
 * and hostile insertions (huge numbers, prototype names, control and bidi characters, Markdown and
 * HTML, CR and CRLF line endings); half of the mutants keep the syntax, so that they reach the
 * checker, the documents and the evaluator. The same seed and corpus always give the same mutants.
 */
import { mulberry32 } from '../../bench/random.js';
export function rng(seed) {
    const next = mulberry32(seed);
    return {
        next,
        int: (n) => Math.floor(next() * n),
        pick: (items) => items[Math.floor(next() * items.length)],
    };
}
/** Words, numbers, strings, comments, punctuation and blanks: every character belongs to one token. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|\/\/[^\n]*|\d+(?:[.:-]\d+)*%?|[A-Za-z_][A-Za-z0-9_-]*|\s+|./g;
export function tokensOf(text) {
    return text.match(TOKEN) ?? [];
}
const huge = [
    `1${'0'.repeat(400)}`,
    '9'.repeat(30),
    `1${'0'.repeat(21)}`,
    '0.0000001',
    '99999999999999999999.5',
    '-1',
    '0',
    '00',
    '1e5',
    '0x10',
    '4294967296',
    '9007199254740993',
];
const protoNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];
const controls = [
    '\u0000',
    '\u0007',
    '\u001b[2J',
    '\u001b]0;x\u0007',
    '\u0085',
    '\u009b',
    '\u202e',
    '\u2066',
    '\u200f',
    '\ufeff',
    '\u2028',
    '\t',
    '\r',
    '\r\n',
    '\v',
    '\f',
];
const markup = [
    '---',
    '***',
    '===',
    '# x',
    '1. ',
    '> ',
    '| a | b |',
    '    code',
    '![x](https://evil/t.png)',
    '[run](command:workbench.action.terminal.new)',
    '<img src=x onerror=alert(1)>',
    '</script>',
    '{{x}}',
    '`',
    '\\n',
    '\\"',
    '&amp;',
    '*/',
];
const words = [
    'calendar',
    'priority',
    'tier',
    'service',
    'objective',
    'credits for',
    'bonus for',
    'escalation',
    'scenario',
    'within',
    'business hours',
    'working days',
    'calendar days',
    'per 1000000 months',
    'per 0 months',
    'on',
    'at least',
    'at most',
    'below',
    'above',
    'of monthly fee',
    '{',
    '}',
    '"',
    '%',
    'term 2026-01-01 to 9999-12-31',
    '2026-02-30',
    '24:00',
    '25:61',
    'Europe/Nowhere',
    'EUR',
    'XXX',
];
const hostile = (r) => {
    switch (r.int(5)) {
        case 0:
            return r.pick(huge);
        case 1:
            return r.pick(protoNames);
        case 2:
            return r.pick(controls);
        case 3:
            return r.pick(markup);
        default:
            return r.pick(words);
    }
};
/** One mutation of `text`; `corpus` supplies tokens and lines from other files. */
export function mutateOnce(text, r, corpus) {
    const tokens = tokensOf(text);
    const significant = tokens
        .map((t, i) => [t, i])
        .filter(([t]) => !/^\s+$/.test(t))
        .map(([, i]) => i);
    const at = () => (significant.length > 0 ? r.pick(significant) : 0);
    const join = (ts) => ts.join('');
    switch (r.int(12)) {
        case 0: {
            const i = at();
            return join([...tokens.slice(0, i), ...tokens.slice(i + 1)]);
        }
        case 1: {
            const i = at();
            return join([...tokens.slice(0, i + 1), ' ', tokens[i] ?? '', ...tokens.slice(i + 1)]);
        }
        case 2: {
            const i = at();
            const j = at();
            const copy = [...tokens];
            [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
            return join(copy);
        }
        case 3: {
            const other = tokensOf(r.pick(corpus)).filter((t) => !/^\s+$/.test(t));
            const i = at();
            const copy = [...tokens];
            copy[i] = other.length > 0 ? r.pick(other) : '';
            return join(copy);
        }
        case 4:
        case 5: {
            // A hostile token in place of a number, a name or a string's content.
            const i = at();
            const copy = [...tokens];
            const t = copy[i] ?? '';
            copy[i] = t.startsWith('"') && r.next() < 0.7 ? `"${hostile(r)}${t.slice(1)}` : hostile(r);
            return join(copy);
        }
        case 6: {
            const i = r.int(tokens.length + 1);
            return join([...tokens.slice(0, i), hostile(r), ...tokens.slice(i)]);
        }
        case 7: {
            const lines = text.split('\n');
            lines.splice(r.int(lines.length), 1);
            return lines.join('\n');
        }
        case 8: {
            const lines = text.split('\n');
            const i = r.int(lines.length);
            lines.splice(i, 0, lines[i] ?? '');
            return lines.join('\n');
        }
        case 9: {
            const lines = text.split('\n');
            const from = r.pick(corpus).split('\n');
            const n = 1 + r.int(4);
            const start = r.int(from.length);
            lines.splice(r.int(lines.length + 1), 0, ...from.slice(start, start + n));
            return lines.join('\n');
        }
        case 10:
            return r.next() < 0.5 ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r?\n/g, '\r');
        default: {
            // A character-level edit: delete, duplicate or insert a random character.
            const i = r.int(text.length + 1);
            const roll = r.int(3);
            if (roll === 0)
                return text.slice(0, i) + text.slice(i + 1);
            if (roll === 1)
                return text.slice(0, i) + text.charAt(i) + text.slice(i);
            return text.slice(0, i) + String.fromCharCode(r.int(0x80) || 0x20) + text.slice(i);
        }
    }
}
const stringContent = [
    ...markup,
    ...controls.filter((c) => !/[\r\n\u2028]/.test(c)),
    '1'.repeat(300),
    'a'.repeat(5000),
    '\u202eevil',
    'x\u0000y',
];
const numbers = [
    '0',
    '1',
    '0.5',
    '99.99',
    '100',
    '100.5',
    '150',
    '1000',
    '1001',
    '8784',
    '8785',
    '100000',
    '999999999999',
    '1000000000001',
    huge[0],
    huge[2],
];
/**
 * A mutation that keeps the syntax: most random edits end in a syntax error, and the checker,
 * documents, scenarios and evaluator see only mutants that parse. Here a number becomes another
 * (small, boundary, huge), a string's content becomes hostile text, or a declared name becomes a
 * prototype name everywhere it occurs.
 */
export function mutateGently(text, r) {
    const tokens = tokensOf(text);
    const where = (test) => tokens
        .map((t, i) => [t, i])
        .filter(([t]) => test(t))
        .map(([, i]) => i);
    const roll = r.int(3);
    if (roll === 0) {
        const nums = where((t) => /^\d+(?:\.\d+)?%?$/.test(t));
        if (nums.length === 0)
            return text;
        const i = r.pick(nums);
        tokens[i] = r.pick(numbers) + (tokens[i].endsWith('%') ? '%' : '');
        return tokens.join('');
    }
    if (roll === 1) {
        const strings = where((t) => t.startsWith('"') && t.endsWith('"') && t.length >= 2);
        if (strings.length === 0)
            return text;
        const i = r.pick(strings);
        tokens[i] = `"${r.pick(stringContent)}"`;
        return tokens.join('');
    }
    const names = [...text.matchAll(/^(?:service|calendar|priority|tier|objective|escalation) ([A-Za-z_][A-Za-z0-9_-]*)/gm)].map((m) => m[1]);
    if (names.length === 0)
        return text;
    const name = r.pick(names);
    const to = r.pick(protoNames);
    return tokens.map((t) => (t === name ? to : t)).join('');
}
/** A mutant: one to four random mutations of a corpus file, or (every other one) one to three that keep the syntax. */
export function mutant(r, corpus) {
    const gentle = r.next() < 0.5;
    // Gentle mutants start from files that check clean: the fixtures of one diagnostic say `// expect:`.
    const clean = corpus
        .map((t, i) => [t, i])
        .filter(([t]) => !/^\/\/ expect:/m.test(t))
        .map(([, i]) => i);
    const base = gentle && clean.length > 0 ? r.pick(clean) : r.int(corpus.length);
    let text = corpus[base];
    const n = 1 + r.int(gentle ? 3 : 4);
    for (let k = 0; k < n; k++)
        text = gentle ? mutateGently(text, r) : mutateOnce(text, r, corpus);
    return { base, text };
}
