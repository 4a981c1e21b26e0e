/**
 * Which exclusions fit which objective: maintenance is downtime, so it stands on availability
 * only; force majeure, customer caused and third party on availability and on objectives that
 * count tickets or contacts; calamities on the latter only; volume above the forecast on
 * percentage objectives only (a forecast is of the number of items). Measured values
 * (quality objectives) exclude nothing: the measurement says what it covers.
 */
import type * as A from '../../grammar/ast.js';
import type { CheckContext } from './context.js';
import { measureOf } from './check-objectives.js';
import { expectKind } from './check-units.js';

const fits: Record<A.ExclusionKind, ReadonlyArray<A.Measure['kind']>> = {
  maintenance: ['Availability'],
  'force-majeure': ['Availability', 'Share', 'TimeStat'],
  'customer-caused': ['Availability', 'Share', 'TimeStat'],
  'third-party': ['Availability', 'Share', 'TimeStat'],
  calamity: ['Share', 'TimeStat'],
  volume: ['Share'],
};

const where: Record<A.Measure['kind'], string> = {
  Availability: 'availability objectives',
  Share: 'percentage objectives',
  TimeStat: 'averages and percentiles of times',
  Quality: 'measured values',
};

export function checkExclusions(ctx: CheckContext): void {
  for (const o of ctx.declarations('Objective')) {
    const measure = measureOf(o);
    if (!measure) continue;
    for (const s of o.body) {
      if (s.kind !== 'Exclusion') continue;
      const allowed = fits[s.exclusion];
      if (!allowed.includes(measure.kind)) {
        ctx.report(
          'misplaced-clause',
          s.range,
          `this exclusion does not apply to ${where[measure.kind]}; it stands on ${allowed.map((k) => where[k]).join(' or ')}`,
        );
      }
      for (const r of s.window?.hours ?? [])
        if (r.to.minutes <= r.from.minutes)
          ctx.report('invalid-range', r.range, `the maintenance window ends (${r.to.value}) before it starts (${r.from.value})`);
      if (
        s.exclusion === 'volume' &&
        s.volumeAbove &&
        expectKind(ctx, s.volumeAbove, ['Percentage'], 'the share of the forecast') &&
        s.volumeAbove.kind === 'Percentage' &&
        s.volumeAbove.value <= 0
      ) {
        ctx.report('value-out-of-range', s.volumeAbove.range, 'the share of the forecast must be more than 0%, such as 115%');
      }
    }
  }
}
