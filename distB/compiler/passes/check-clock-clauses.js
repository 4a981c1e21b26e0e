/**
 * The lifecycle clauses of a targets block and of scenarios: one clock start per block; a pause cap
 * is a duration longer than zero that can be counted; scenario expectations about clocks have the
 * right kind of value, and outcomes that only clocks have (`pending`, `uncertain`) are not expected
 * of objectives.
 */
import { expectKind } from './check-units.js';
import { reportRepeated } from './context.js';
export function checkClockClauses(ctx) {
    for (const block of [...ctx.declarations('Targets'), ...ctx.declarations('Tier')]) {
        reportRepeated(ctx, block.body, ['ClockStart'], () => 'where the clocks start');
        const calendar = block.body.some((s) => s.kind === 'DefaultCalendar');
        for (const s of block.body) {
            if (s.kind !== 'Pause' || !s.cap)
                continue;
            if (!expectKind(ctx, s.cap, ['Duration'], 'a pause cap'))
                continue;
            if (s.cap.kind === 'Duration' && s.cap.value <= 0)
                ctx.report('value-out-of-range', s.cap.range, 'a pause cap must be longer than zero');
            if (s.cap.kind === 'Duration' && (s.cap.clock === 'business' || s.cap.clock === 'working') && !calendar) {
                ctx.report('calendar-required', s.cap.range, 'a pause cap in business hours or working days needs a calendar to be counted on: add a `calendar <name>` line to the block');
            }
        }
    }
    for (const scenario of ctx.declarations('Scenario')) {
        for (const s of scenario.body) {
            if (s.kind === 'ExpectClock' && s.measure !== 'due')
                expectKind(ctx, s.value, ['Duration'], `the ${s.measure} time of a clock`);
            else if (s.kind === 'ExpectObjective' && s.outcome !== 'met' && s.outcome !== 'breached') {
                ctx.report('misplaced-clause', s.range, `an objective is met or breached; \`${s.outcome}\` is said of a ticket's clock`);
            }
        }
    }
}
