import { cycleEvents, nouns, timeClocks, verbs } from '../measures.js';
import { closest } from '../../diagnostics/suggest.js';
import { measureOf } from './check-objectives.js';
function checkTimeStat(ctx, m) {
    const source = timeClocks[m.clock.name];
    if (!source) {
        const suggestion = closest(m.clock.name, Object.keys(timeClocks));
        ctx.report('unknown-measure', m.clock.range, `slac measures response, resolution, answer and handling time, not '${m.clock.name} time'${suggestion ? `; did you mean '${suggestion}'?` : ''}`, {
            ...(suggestion ? { fix: { title: `Change to '${suggestion}'`, edits: [{ range: m.clock.range, newText: suggestion }] } } : {}),
        });
        return;
    }
    if (m.noun) {
        const noun = nouns[m.noun.name];
        if (!noun || noun.source !== source) {
            const fitting = Object.keys(nouns).filter((n) => nouns[n].source === source);
            ctx.report('unknown-measure', m.noun.range, `${m.clock.name} time is measured on ${source}: ${fitting.join(', ')}, not '${m.noun.name}'`);
        }
    }
    if (m.percentile !== null && !(m.percentile >= 1 && m.percentile <= 100))
        ctx.report('value-out-of-range', m.range, `a percentile lies between the 1st and the 100th, not ${m.percentile}`);
    const t = m.target;
    if (t.kind === 'Duration' && (t.clock === 'working' || t.clock === 'calendar' || t.unit === 'month' || t.unit === 'year')) {
        ctx.report('unit-mismatch', t.range, `an average or percentile of times is in seconds, minutes or hours (business hours on the objective's calendar), not ${t.raw} ${t.clock === 'elapsed' ? '' : `${t.clock} `}${t.unit}s: write e.g. \`40 business hours\``);
    }
}
function checkOnTime(ctx, m) {
    if (!m.onTime)
        return;
    // An unknown verb is reported by check-objectives.ts.
    if (nouns[m.noun.name]?.source === 'contacts' && verbs.contacts[m.verb.name])
        ctx.report('unknown-measure', m.noun.range, `${m.noun.name} have no target of their own: write \`within <time>\``);
    if (m.calendar)
        ctx.report('misplaced-clause', m.calendar.range, 'on time compares each ticket with its own target, which names its calendar: remove `on …`');
    const event = nouns[m.noun.name]?.source === 'tickets' ? verbs.tickets[m.verb.name] : undefined;
    const clock = event ? cycleEvents[event] : undefined;
    if (clock && !hasTarget(ctx, clock)) {
        const example = clock === 'next-reply' ? 'next reply P1 within 4 business hours' : 'update P1 every 8 business hours';
        ctx.report('objective-without-target', m.verb.range, `no tier has ${clock === 'update' ? 'an update' : 'a next reply'} target, so no ticket could be ${m.verb.name} on time: add one such as \`${example}\` to the targets`);
    }
}
/** Whether the default targets or a tier set a target of this kind for some priority. */
function hasTarget(ctx, kind) {
    return [...ctx.declarations('Targets'), ...ctx.declarations('Tier')].some((b) => b.body.some((s) => s.kind === 'Target' && s.target === kind));
}
function checkReopens(ctx, m) {
    if (!m.noun || nouns[m.noun.name]?.source === 'tickets')
        return;
    const fitting = Object.keys(nouns).filter((n) => nouns[n].source === 'tickets');
    ctx.report('unknown-measure', m.noun.range, `${m.metric === 'reopen-ratio' ? 'a reopen ratio' : 'first time right'} is computed from tickets: ${fitting.join(', ')}, not '${m.noun.name}'`);
}
export function checkTimeStats(ctx) {
    for (const o of ctx.declarations('Objective')) {
        const m = measureOf(o);
        if (m?.kind === 'TimeStat')
            checkTimeStat(ctx, m);
        else if (m?.kind === 'Share')
            checkOnTime(ctx, m);
        else if (m?.kind === 'Quality')
            checkReopens(ctx, m);
    }
}
