import { magnitude, representable, valueKindNames } from '../values.js';
import { measureOf } from './check-objectives.js';
/** The monthly fee in minor units, if the agreement states one. */
export function monthlyFeeMinor(ctx) {
    const fee = ctx.clauses('Fee')[0];
    if (fee?.amount.kind !== 'Money')
        return undefined;
    const months = fee.period === 'year' ? 12 : fee.period === 'quarter' ? 3 : 1;
    return { minor: fee.amount.minor / months, currency: fee.amount.currency };
}
/** An amount in minor units of money, when it can be known at compile time. */
function amountMinor(amount, fee) {
    if (amount.value.kind === 'Money')
        return amount.value.minor;
    if (amount.value.kind === 'Percentage' && fee !== undefined)
        return (fee * amount.value.value) / 100;
    return undefined;
}
/** Compares two amounts if they are of one kind or both convertible to money. */
function compareAmounts(a, b, fee) {
    if (a.value.kind === b.value.kind)
        return magnitude(a.value) - magnitude(b.value);
    const x = amountMinor(a, fee);
    const y = amountMinor(b, fee);
    return x === undefined || y === undefined ? undefined : x - y;
}
function thresholdFits(target, threshold) {
    const scoreLike = (v) => v.kind === 'Score' || v.kind === 'Number';
    return target.kind === threshold.kind || (scoreLike(target) && scoreLike(threshold));
}
function checkLadder(ctx, decl, fee) {
    const isBonus = decl.kind === 'Bonus';
    const what = isBonus ? 'bonus' : 'credit';
    const objective = ctx.symbols.get('objective', decl.objective.name)?.node;
    const measure = objective ? measureOf(objective) : undefined;
    const bands = decl.body.filter((s) => s.kind === 'Band');
    if (bands.length === 0)
        ctx.report('missing-clause', decl.objective.range, `the ${what}s for '${decl.objective.name}' have no band such as \`${isBonus ? 'above 95% bonus 2% of monthly fee' : 'below 99.9% credit 5% of monthly fee'}\``);
    if (!measure)
        return;
    const target = measure.target;
    // Credits fall due on the side where the objective is missed, bonuses where it is exceeded.
    const payingSide = (measure.direction === 'at least') !== isBonus ? 'below' : 'above';
    const valid = [];
    for (const band of bands) {
        if (!thresholdFits(target, band.threshold)) {
            ctx.report('unit-mismatch', band.threshold.range, `the threshold must be ${valueKindNames[target.kind]} like the target of '${decl.objective.name}', not ${valueKindNames[band.threshold.kind]}`);
        }
        else if (band.comparison !== payingSide) {
            ctx.report('misplaced-clause', band.range, `'${decl.objective.name}' is ${measure.direction} its target, so a ${what} applies ${payingSide} a threshold: write \`${payingSide} …\``);
        }
        else
            valid.push(band);
    }
    const sign = payingSide === 'below' ? 1 : -1; // orders bands from mild to severe
    valid.sort((a, b) => sign * (magnitude(b.threshold) - magnitude(a.threshold)));
    const targetValue = magnitude(target);
    for (let i = 0; i < valid.length; i++) {
        const band = valid[i];
        const t = magnitude(band.threshold);
        const prev = valid[i - 1];
        if (prev && magnitude(prev.threshold) === t) {
            ctx.report('ladder-overlap', band.range, `two bands start at ${band.threshold.raw}`, {
                related: [{ message: 'the other band', range: prev.range }],
            });
            continue;
        }
        if (sign * (t - targetValue) > 0) {
            ctx.report('ladder-overlap', band.threshold.range, isBonus
                ? `this bonus band starts at ${band.threshold.raw}, where the target (${target.raw}) is not even met`
                : `this band credits at ${band.threshold.raw}, where the target (${target.raw}) is still met`);
        }
        if (prev) {
            const diff = compareAmounts(band.amount, prev.amount, fee?.minor);
            if (diff !== undefined && diff <= 0) {
                ctx.report('ladder-not-monotonic', band.amount.range, `the band ${band.comparison} ${band.threshold.raw} is more severe than the band ${prev.comparison} ${prev.threshold.raw} but pays no more`, {
                    related: [{ message: 'the milder band', range: prev.range }],
                });
            }
        }
    }
    const mildest = valid[0];
    if (!isBonus && mildest && magnitude(mildest.threshold) !== targetValue && sign * (magnitude(mildest.threshold) - targetValue) < 0) {
        ctx.report('ladder-gap', mildest.threshold.range, `between the target ${target.raw} and the first band at ${mildest.threshold.raw}, a missed target earns no credit; start the ladder at ${target.raw} if that is not intended`);
    }
}
function checkCapsAndCurrency(ctx, body, bands, fee) {
    const caps = body.filter((s) => s.kind === 'Cap');
    const seen = new Map();
    for (const cap of caps) {
        const key = `${cap.period.count}|${cap.period.unit}`;
        const first = seen.get(key);
        if (first)
            ctx.report('duplicate-clause', cap.range, 'two caps for the same period', {
                related: [{ message: 'the other cap', range: first.range }],
            });
        else
            seen.set(key, cap);
        for (const band of bands) {
            const diff = compareAmounts(cap.amount, band.amount, fee?.minor);
            if (diff !== undefined && diff < 0) {
                ctx.report('cap-below-band', cap.amount.range, `the cap ${cap.amount.value.raw} is lower than the ${band.comparison} ${band.threshold.raw} band (${band.amount.value.raw}), which can then never be paid in full`, {
                    related: [{ message: 'the band', range: band.range }],
                });
                break;
            }
        }
    }
    const soles = body.filter((s) => s.kind === 'SoleRemedy');
    for (const extra of soles.slice(1))
        ctx.report('duplicate-clause', extra.range, '`sole remedy` is given twice');
    for (const s of body) {
        const amount = s.kind === 'Band' || s.kind === 'Cap' ? s.amount : undefined;
        if (!amount)
            continue;
        if (amount.value.kind === 'Percentage' && !fee) {
            ctx.report('missing-clause', amount.range, 'a percentage of the monthly fee needs `monthly fee EUR …` in the agreement');
        }
        else if (amount.value.kind === 'Money' && fee && amount.value.currency !== fee.currency) {
            ctx.report('unit-mismatch', amount.value.range, `the fee is in ${fee.currency}, this amount in ${amount.value.currency}: use one currency`);
        }
    }
}
/** A band or cap whose numbers check-numbers rejected: comparing with it would only add noise. */
const usable = (s) => (s.kind !== 'Band' || representable(s.threshold)) && (s.kind !== 'Band' && s.kind !== 'Cap' ? true : representable(s.amount.value));
export function checkLadders(ctx) {
    const feeClause = ctx.clauses('Fee')[0];
    if (feeClause && !representable(feeClause.amount))
        return;
    const fee = monthlyFeeMinor(ctx);
    const allBands = [];
    for (const decl of ctx.document.declarations) {
        if (decl.kind !== 'Credits' && decl.kind !== 'Bonus')
            continue;
        if (!decl.body.every(usable))
            continue;
        checkLadder(ctx, decl, fee);
        const bands = decl.body.filter((s) => s.kind === 'Band');
        if (decl.kind === 'Credits')
            allBands.push(...bands);
        checkCapsAndCurrency(ctx, decl.body, bands, fee);
    }
    for (const terms of ctx.declarations('CreditTerms')) {
        for (const band of terms.body.filter((s) => s.kind === 'Band')) {
            ctx.report('misplaced-clause', band.range, 'credit terms hold caps and `sole remedy`; bands belong in `credits for <objective> { … }`');
        }
        if (terms.body.every(usable))
            checkCapsAndCurrency(ctx, terms.body, allBands, fee);
    }
}
