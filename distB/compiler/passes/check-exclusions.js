import { round, weekly } from './check-duration-units.js';
import { measureOf } from './check-objectives.js';
import { expectKind } from './check-units.js';
const fits = {
    maintenance: ['Availability'],
    'force-majeure': ['Availability', 'Share', 'TimeStat'],
    'customer-caused': ['Availability', 'Share', 'TimeStat'],
    'third-party': ['Availability', 'Share', 'TimeStat'],
    calamity: ['Share', 'TimeStat'],
    volume: ['Share'],
};
const where = {
    Availability: 'availability objectives',
    Share: 'percentage objectives',
    TimeStat: 'averages and percentiles of times',
    Quality: 'measured values',
};
/** `at most 1 working day per quarter`: the error, with the hours to write where they are known. */
function checkMaintenanceCap(ctx, cap, calendar) {
    if (cap?.kind !== 'Duration')
        return;
    const days = cap.clock === 'working' || cap.clock === 'calendar';
    if (!days && cap.unit !== 'month' && cap.unit !== 'year')
        return;
    const w = weekly(calendar);
    const hours = cap.clock === 'calendar' ? round(cap.value * 24) : cap.clock === 'working' && w ? round((cap.value * w.hours) / w.days) : null;
    const written = `${cap.raw}${days ? ` ${cap.clock}` : ''} ${cap.unit}${cap.value === 1 ? '' : 's'}`;
    const instead = hours === null ? 'write it in hours, such as `at most 8 hours per month`' : `write \`${hours} hours\``;
    ctx.report('ambiguous-duration', cap.range, `a maintenance cap counts the maintenance's window time, and ${written} is no fixed length of time; ${instead}`, hours === null ? undefined : { fix: { title: `Change to ${hours} hours`, edits: [{ range: cap.range, newText: `${hours} hours` }] } });
}
export function checkExclusions(ctx) {
    const calendars = new Map(ctx.declarations('Calendar').map((c) => [c.name.name, c]));
    for (const o of ctx.declarations('Objective')) {
        const measure = measureOf(o);
        if (!measure)
            continue;
        for (const s of o.body) {
            if (s.kind !== 'Exclusion')
                continue;
            if (s.exclusion === 'maintenance' && measure.kind === 'Availability')
                checkMaintenanceCap(ctx, s.cap, measure.calendar ? calendars.get(measure.calendar.name) : undefined);
            const allowed = fits[s.exclusion];
            if (!allowed.includes(measure.kind)) {
                ctx.report('misplaced-clause', s.range, `this exclusion does not apply to ${where[measure.kind]}; it stands on ${allowed.map((k) => where[k]).join(' or ')}`);
            }
            for (const r of s.window?.hours ?? [])
                if (r.to.minutes <= r.from.minutes)
                    ctx.report('invalid-range', r.range, `the maintenance window ends (${r.to.value}) before it starts (${r.from.value})`);
            if (s.exclusion === 'volume' &&
                s.volumeAbove &&
                expectKind(ctx, s.volumeAbove, ['Percentage'], 'the share of the forecast') &&
                s.volumeAbove.kind === 'Percentage' &&
                s.volumeAbove.value <= 0) {
                ctx.report('value-out-of-range', s.volumeAbove.range, 'the share of the forecast must be more than 0%, such as 115%');
            }
        }
    }
}
