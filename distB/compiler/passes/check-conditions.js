import { builtInFields } from '../symbols.js';
import { closest } from '../../diagnostics/suggest.js';
import { nouns, timeClocks } from '../measures.js';
import { measureOf } from './check-objectives.js';
function checkValue(ctx, field, value, range) {
    if (!field?.values || field.values.some((v) => v.value === value))
        return;
    const allowed = field.values.map((v) => v.value);
    const suggestion = closest(value, allowed);
    ctx.report('unknown-field-value', range, `'${value}' is not a value of field '${field.name.name}'${suggestion ? `; did you mean '${suggestion}'?` : ` (its values: ${allowed.map((v) => `"${v}"`).join(', ')})`}`, {
        ...(suggestion ? { fix: { title: `Change to "${suggestion}"`, edits: [{ range, newText: JSON.stringify(suggestion) }] } } : {}),
    });
}
/** The data an objective counts, or null for availability and quality objectives. */
function sourceOf(measure) {
    if (measure?.kind === 'Share')
        return nouns[measure.noun.name] ?? null;
    if (measure?.kind === 'Quality' && measure.noun)
        return nouns[measure.noun.name] ?? null;
    if (measure?.kind === 'TimeStat') {
        const source = timeClocks[measure.clock.name];
        return source ? { source, channel: measure.noun ? (nouns[measure.noun.name]?.channel ?? null) : null } : null;
    }
    return null;
}
function checkConditions(ctx, body, measure, fields) {
    const seen = new Map();
    const perTicket = measure === 'target' || measure === 'credit';
    const counted = measure === 'escalation' || perTicket ? { source: 'tickets', channel: null } : sourceOf(measure);
    for (const s of body) {
        if (s.kind !== 'Condition')
            continue;
        const c = s;
        const name = c.field.name;
        const first = seen.get(name);
        if (first)
            ctx.report('duplicate-clause', c.range, `a condition on ${name} is given twice; list the values on one line: \`for ${name} a, b\``, {
                related: [{ message: 'first given here', range: first.range }],
            });
        else
            seen.set(name, c);
        if (counted === null) {
            if (measure !== undefined)
                ctx.report('misplaced-clause', c.range, 'conditions select tickets and contacts: they apply to objectives that count them (percentages, averages, percentiles), not to availability or measured values');
            continue;
        }
        if (perTicket && name === 'priority') {
            ctx.report('misplaced-clause', c.range, `a ${measure} cannot be restricted by priority: the line names its priorities already`);
        }
        else if (perTicket && name === 'tier') {
            const fix = measure === 'target' ? 'a target for one tier is written in that `tier` block' : 'a credit per ticket applies to every tier';
            ctx.report('misplaced-clause', c.range, `a ${measure} cannot be restricted by tier: ${fix}`);
        }
        else if (counted.source === 'contacts' && (name === 'priority' || name === 'tier')) {
            ctx.report('misplaced-clause', c.range, `contacts have no ${name}: a condition on ${name} applies to ticket objectives only`);
        }
        else if (name === 'channel' && counted.channel !== null) {
            ctx.report('misplaced-clause', c.range, `this objective already counts the ${counted.channel} channel only`);
        }
        if (!builtInFields.has(name))
            for (const v of c.values)
                checkValue(ctx, fields.get(name), v.value, v.range);
    }
}
export function checkConditionsPass(ctx) {
    const fields = new Map(ctx.declarations('Field').map((f) => [f.name.name, f]));
    for (const f of ctx.declarations('Field')) {
        if (builtInFields.has(f.name.name))
            ctx.report('duplicate-name', f.name.range, `'${f.name.name}' is a built-in field of tickets and contacts: conditions use it without a declaration`);
        const seen = new Map();
        for (const v of f.values ?? []) {
            const first = seen.get(v.value);
            if (first)
                ctx.report('duplicate-clause', v.range, `the value "${v.value}" is listed twice`, {
                    related: [{ message: 'first listed here', range: first.range }],
                });
            else
                seen.set(v.value, v);
            if (v.value.trim() === '' || v.value.trim() !== v.value)
                ctx.report('value-out-of-range', v.range, 'a field value may not be empty or begin or end with spaces (values in the data are compared after trimming)');
        }
    }
    for (const o of ctx.declarations('Objective'))
        checkConditions(ctx, o.body, measureOf(o), fields);
    for (const e of ctx.declarations('Escalation'))
        checkConditions(ctx, e.body, 'escalation', fields);
    for (const block of [...ctx.declarations('Targets'), ...ctx.declarations('Tier')]) {
        for (const s of block.body)
            if (s.kind === 'Target')
                checkConditions(ctx, s.conditions, 'target', fields);
    }
    for (const d of ctx.declarations('TicketCredits'))
        for (const s of d.body)
            if (s.kind === 'TicketBand')
                checkConditions(ctx, s.conditions, 'credit', fields);
    for (const sc of ctx.declarations('Scenario')) {
        for (const s of sc.body)
            if (s.kind === 'Ticket')
                for (const f of s.fields)
                    checkValue(ctx, fields.get(f.field.name), f.value.value, f.value.range);
    }
}
