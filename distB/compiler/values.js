export const valueKindNames = {
    Number: 'a plain number',
    Percentage: 'a percentage',
    Money: 'an amount of money',
    Duration: 'a duration',
    Score: 'a score',
    Rate: 'a rate',
};
const unitMinutes = {
    second: 1 / 60,
    minute: 1,
    hour: 60,
    day: 1440,
    week: 7 * 1440,
    month: 30 * 1440,
    year: 365 * 1440,
};
/** Minutes of a duration in its own clock; only comparable with durations of the same clock and calendar. */
export function durationMinutes(d) {
    return d.value * unitMinutes[d.unit];
}
/** Business and plain time both count open time when a calendar is named: they compare directly. */
export function comparableClock(d) {
    return d.clock === 'working' ? 'working' : d.clock === 'calendar' ? 'calendar' : 'time';
}
/** The numeric magnitude of a value, for ordering thresholds and amounts of one kind. */
export function magnitude(v) {
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
export function describeDuration(d) {
    const clock = d.clock === 'elapsed' ? '' : `${d.clock} `;
    return `${d.raw} ${clock}${d.unit}${d.value === 1 ? '' : 's'}`;
}
/**
 * The range every number of a contract lies in. Beyond it JavaScript numbers lose whole units (and
 * at 10^309 become Infinity): no service level needs more, so larger numbers are errors, never
 * rounded. Money has its own bound in minor units, so that sums of credits stay exact.
 */
export const MAX_NUMBER = 1e12;
export const MAX_MONEY_MINOR = 1e14;
/** A credit, bonus or cap as a percentage of the fee: a cap over many months may exceed 100%. */
export const MAX_FEE_PERCENTAGE = 1000;
/** The numbers a value is made of. */
export function numbersOf(v) {
    switch (v.kind) {
        case 'Money':
            return [v.minor];
        case 'Score':
            return [v.value, v.outOf];
        case 'Rate':
            return [v.count, v.per];
        default:
            return [v.value];
    }
}
/** Whether every number of the value is finite and within its bound. */
export function representable(v) {
    return v.kind === 'Money'
        ? Number.isFinite(v.minor) && Math.abs(v.minor) <= MAX_MONEY_MINOR
        : numbersOf(v).every((n) => Number.isFinite(n) && Math.abs(n) <= MAX_NUMBER);
}
