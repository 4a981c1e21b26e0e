import { DEFAULT_STATUSES } from '../../runtime/evaluate/statuses.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import { statusMeanings } from '../lower-lifecycle.js';
import { closest } from '../../diagnostics/suggest.js';
import { reportRepeated } from './context.js';
const reasonWords = {
    customer: 'waiting for customer',
    'third-party': 'waiting for third party',
};
export function checkStatuses(ctx) {
    const blocks = ctx.declarations('Statuses');
    const lines = blocks.flatMap((b) => b.body.filter((s) => s.kind === 'Status'));
    const declared = new Map();
    for (const s of lines) {
        const word = s.meaning?.name ?? 'none';
        if (s.meaning && !statusMeanings.includes(word)) {
            const suggestion = closest(word, [...statusMeanings]);
            ctx.report('unknown-meaning', s.meaning.range, `'${word}' is not a meaning of a status: write starts, pauses, resolves, closes, reopens or none${suggestion ? `; did you mean '${suggestion}'?` : ''}`, {
                ...(suggestion ? { fix: { title: `Change to '${suggestion}'`, edits: [{ range: s.meaning.range, newText: suggestion }] } } : {}),
            });
        }
        else if (s.reason !== null && word !== 'pauses') {
            ctx.report('unknown-meaning', s.range, `only a status that pauses has a reason: write \`pauses ${reasonWords[s.reason]}\` or leave out \`${reasonWords[s.reason]}\``);
        }
        for (const n of s.names) {
            const key = normaliseStatus(n.value);
            const first = declared.get(key);
            if (first)
                ctx.report('duplicate-name', n.range, `status "${n.value}" is declared twice`, {
                    related: [{ message: 'first declared here', range: first.name.range }],
                });
            else
                declared.set(key, { name: n, line: s });
        }
    }
    if (blocks.length > 0 && !lines.some((s) => s.meaning?.name === 'resolves' || s.meaning?.name === 'closes')) {
        ctx.report('missing-clause', blocks[0].range, 'no status resolves a ticket: add a line such as `"Opgelost" resolves`');
    }
    const custom = blocks.length > 0;
    const known = custom ? new Set(declared.keys()) : new Set(DEFAULT_STATUSES.map((s) => normaliseStatus(s.name)));
    const aliases = ctx.declarations('Aliases').flatMap((a) => a.body);
    const statusAliases = new Map(aliases.filter((a) => a.field === 'status').flatMap((a) => a.values.map((v) => [normaliseStatus(v.value), a])));
    const knows = (name) => known.has(normaliseStatus(name)) || statusAliases.has(normaliseStatus(name));
    const unknown = (s, what) => {
        const name = s.kind === 'Ident' ? s.name : s.value;
        if (knows(name))
            return;
        const names = custom ? [...declared.values()].map((d) => d.name.value) : DEFAULT_STATUSES.map((d) => d.name);
        const suggestion = closest(name, names);
        ctx.report('unknown-status', s.range, `${what}: "${name}" is not a status of this contract${suggestion ? `; did you mean "${suggestion}"?` : custom ? ': declare it in `statuses`' : ''}`);
    };
    for (const block of [...ctx.declarations('Targets'), ...ctx.declarations('Tier')]) {
        for (const s of block.body) {
            if (s.kind === 'ClockStart' && s.at === 'status' && s.status)
                unknown(s.status, 'where the clocks start');
            if (s.kind === 'Pause' && s.condition === 'status' && s.status && custom)
                unknown(s.status, 'a pausing status');
            if (s.kind === 'Pause' &&
                s.condition !== 'status' &&
                custom &&
                !lines.some((l) => l.meaning?.name === 'pauses' && l.reason === s.condition)) {
                ctx.report('unknown-status', s.range, `no status of this contract pauses ${reasonWords[s.condition]}: add a line such as \`"Wacht op klant" pauses ${reasonWords[s.condition]}\` to \`statuses\``);
            }
        }
    }
    for (const a of aliases)
        if (a.field === 'status')
            unknown(a.target, 'the status of an alias');
    for (const field of ['priority', 'tier', 'status']) {
        const values = aliases
            .filter((a) => a.field === field)
            .flatMap((a) => a.values.map((v) => ({ kind: 'Alias', range: v.range, key: normaliseStatus(v.value), text: `the ${field} alias "${v.value}"` })));
        reportRepeated(ctx, values, ['Alias'], (v) => v.text, (v) => v.key);
    }
}
