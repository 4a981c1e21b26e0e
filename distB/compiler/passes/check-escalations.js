import { comparableClock, describeDuration, durationMinutes } from '../values.js';
import { reportRepeated } from './context.js';
export function checkEscalations(ctx) {
    for (const esc of ctx.declarations('Escalation')) {
        const steps = esc.body.filter((s) => s.kind === 'Step');
        if (steps.length === 0)
            ctx.report('missing-clause', esc.name.range, `escalation '${esc.name.name}' has no steps: add \`step 1 "…" after …\``);
        reportRepeated(ctx, esc.body, ['AppliesTo', 'CountedFrom', 'DefaultCalendar'], (s) => s.kind === 'AppliesTo' ? 'the priorities (`for …`)' : s.kind === 'CountedFrom' ? '`counted from`' : 'the default calendar');
        reportRepeated(ctx, esc.body.filter((s) => s.kind === 'Warning'), ['Warning'], (w) => `the warning at ${w.at.raw} of the ${w.target.replace('-', ' ')} time`, (w) => `${w.target}|${w.at.raw}`);
        reportRepeated(ctx, esc.body, ['IncludingPaused'], () => '`including paused time`');
        for (const w of esc.body) {
            if (w.kind === 'Warning' && w.at.kind === 'Percentage' && (w.at.value <= 0 || w.at.value > 100)) {
                ctx.report('value-out-of-range', w.at.range, 'a warning comes at a share of the allowed time: use a percentage above 0% and at most 100%, such as 75%');
            }
        }
        steps.forEach((step, i) => {
            if (step.number.value !== i + 1) {
                ctx.report('escalation-order', step.number.range, `this is step ${i + 1} of '${esc.name.name}' but is numbered ${step.number.raw}; number steps 1, 2, 3 … in order`, {
                    fix: { title: `Renumber to ${i + 1}`, edits: [{ range: step.number.range, newText: String(i + 1) }] },
                });
            }
            const prev = steps[i - 1];
            if (prev?.after.kind !== 'Duration' || step.after.kind !== 'Duration')
                return;
            if (comparableClock(prev.after) !== comparableClock(step.after) || (prev.calendar?.name ?? null) !== (step.calendar?.name ?? null))
                return;
            if (durationMinutes(step.after) <= durationMinutes(prev.after)) {
                ctx.report('escalation-order', step.after.range, `step ${step.number.raw} comes after ${describeDuration(step.after)}, no later than step ${prev.number.raw} (${describeDuration(prev.after)})`, {
                    related: [{ message: 'the previous step', range: prev.range }],
                });
            }
        });
    }
}
