import { comparableClock, describeDuration, durationMinutes } from '../values.js';
import { reportRepeated } from './context.js';
function targetsOf(body) {
    const fallback = body.find((s) => s.kind === 'DefaultCalendar')?.calendar.name ?? null;
    const out = new Map();
    for (const s of body) {
        if (s.kind !== 'Target' || s.conditions.length > 0)
            continue;
        for (const p of s.priorities) {
            const key = `${s.target}|${p.name}`;
            if (!out.has(key))
                out.set(key, { stmt: s, calendar: s.calendar?.name ?? fallback });
        }
    }
    return out;
}
function checkBlockDuplicates(ctx, body) {
    const perPriority = body.flatMap((s) => {
        if (s.kind !== 'Target')
            return [];
        const scope = conditionKey(s.conditions);
        const text = (p) => `the ${s.target} target of ${p}${scope ? ` ${conditionText(s.conditions)}` : ''}`;
        return s.priorities.map((p) => ({ kind: 'Target', range: p.range, key: `${s.target}|${p.name}|${scope}`, text: text(p.name) }));
    });
    reportRepeated(ctx, perPriority, ['Target'], (s) => s.text, (s) => s.key);
    reportRepeated(ctx, body, ['DefaultCalendar'], () => 'the default calendar');
}
/** The same conditions give the same key, whatever the order of lines and values. */
const conditionKey = (conditions) => conditions
    .map((c) => `${c.field.name}=${c.values
    .map((v) => v.value)
    .sort()
    .join(',')}`)
    .sort()
    .join(';');
const conditionText = (conditions) => conditions.map((c) => `for ${c.field.name} ${c.values.map((v) => (v.quoted ? JSON.stringify(v.value) : v.value)).join(', ')}`).join(' ');
export function checkTargets(ctx) {
    const defaults = ctx.declarations('Targets')[0];
    const tiers = ctx.declarations('Tier');
    for (const block of [...ctx.declarations('Targets'), ...tiers])
        checkBlockDuplicates(ctx, block.body);
    if (!defaults && tiers.length === 0)
        return;
    const base = targetsOf(defaults?.body ?? []);
    const blocks = tiers.length > 0
        ? tiers.map((t) => ({ name: `tier ${t.name.name}`, range: t.name.range, targets: new Map([...base, ...targetsOf(t.body)]) }))
        : [{ name: 'the default targets', range: defaults.range, targets: base }];
    const priorities = ctx.symbols.all('priority');
    for (const block of blocks) {
        // A target for an undeclared priority is reported as unknown; it is most likely the missing
        // one misspelt (P11 for P1), so the missing one is not reported a second time.
        const misspelt = (kind) => [...block.targets.keys()].some((key) => key.startsWith(`${kind}|`) && !ctx.symbols.get('priority', key.slice(kind.length + 1)));
        for (const p of priorities) {
            const missing = ['response', 'resolution'].filter((k) => !block.targets.has(`${k}|${p.name}`) && !misspelt(k));
            if (missing.length > 0) {
                ctx.report('missing-target', block.range, `${block.name} ${block.name.startsWith('tier') ? 'has' : 'have'} no ${missing.join(' or ')} target for ${p.name}`, {
                    related: [{ message: `${p.name} is declared here`, range: p.ident.range }],
                });
            }
            const response = block.targets.get(`response|${p.name}`);
            const resolution = block.targets.get(`resolution|${p.name}`);
            if (!response || !resolution)
                continue;
            const a = response.stmt.within;
            const b = resolution.stmt.within;
            if (a.kind !== 'Duration' || b.kind !== 'Duration')
                continue;
            if (comparableClock(a) !== comparableClock(b) || response.calendar !== resolution.calendar)
                continue;
            if (durationMinutes(b) < durationMinutes(a)) {
                ctx.report('resolution-before-response', b.range, `${block.name}: the resolution target of ${p.name} (${describeDuration(b)}) is shorter than its response target (${describeDuration(a)})`, {
                    related: [{ message: 'the response target', range: a.range }],
                });
            }
        }
    }
}
