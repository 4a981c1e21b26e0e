/** Facts about values that several passes need: what kind a value is called, and how to compare durations. */
import type * as A from '../grammar/ast.js';

export type ValueKind = A.Value['kind'];

export const valueKindNames: Record<ValueKind, string> = {
  Number: 'a plain number',
  Percentage: 'a percentage',
  Money: 'an amount of money',
  Duration: 'a duration',
  Score: 'a score',
  Rate: 'a rate',
};

const unitMinutes: Record<A.TimeUnit, number> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  day: 1440,
  week: 7 * 1440,
  month: 30 * 1440,
  year: 365 * 1440,
};

/** Minutes of a duration in its own clock; only comparable with durations of the same clock and calendar. */
export function durationMinutes(d: A.Duration): number {
  return d.value * unitMinutes[d.unit];
}

/** Business and plain time both count open time when a calendar is named: they compare directly. */
export function comparableClock(d: A.Duration): 'time' | 'working' | 'calendar' {
  return d.clock === 'working' ? 'working' : d.clock === 'calendar' ? 'calendar' : 'time';
}

/** The numeric magnitude of a value, for ordering thresholds and amounts of one kind. */
export function magnitude(v: A.Value): number {
  switch (v.kind) {
    case 'Money':
      return v.minor;
    case 'Rate':
      return v.per > 0 ? v.count / v.per : v.count;
    case 'Duration':
      return durationMinutes(v);
    default:
      return v.value;
  }
}

/** `4 business hours`, `1 working day`: a duration as the contract writes it. */
export function describeDuration(d: A.Duration): string {
  const clock = d.clock === 'elapsed' ? '' : `${d.clock} `;
  return `${d.raw} ${clock}${d.unit}${d.value === 1 ? '' : 's'}`;
}
