import { describeDuration, MAX_FEE_PERCENTAGE, representable, valueKindNames } from '../values.js';
import { didYouMean } from '../../diagnostics/suggest.js';
const examples = {
    Number: '`30`',
    Percentage: '`99.9%`',
    Money: '`EUR 500`',
    Duration: '`4 hours`',
    Score: '`8 out of 10`',
    Rate: '`2 per 100 tasks`',
};
let currencies;
/** Reports a value of the wrong kind; true when the kind fits, so range checks can follow. */
export function expectKind(ctx, value, allowed, place) {
    if (value.raw === '' && value.kind === 'Number')
        return false; // left empty by error recovery
    if (allowed.includes(value.kind))
        return true;
    const wanted = allowed.map((k) => `${valueKindNames[k]} such as ${examples[k]}`).join(' or ');
    ctx.report('unit-mismatch', value.range, `${place} must be ${wanted}, not ${valueKindNames[value.kind]}`);
    return false;
}
/** `share`: a part of a whole (0–100%); `amount`: a percentage of the fee, which a rolling cap may exceed. */
function checkRanges(ctx, value, percentage = 'share') {
    if (!representable(value))
        return; // check-numbers reports it
    switch (value.kind) {
        case 'Percentage':
            if (percentage === 'share' && (value.value > 100 || value.value < 0))
                ctx.report('value-out-of-range', value.range, `${value.raw} is not a percentage between 0% and 100%`);
            else if (percentage === 'amount' && (value.value > MAX_FEE_PERCENTAGE || value.value < 0)) {
                ctx.report('value-out-of-range', value.range, `${value.raw} of the fee is not possible: a percentage of the fee lies between 0% and ${MAX_FEE_PERCENTAGE}%`);
            }
            break;
        case 'Score':
            if (value.outOf <= 0 || value.value > value.outOf)
                ctx.report('value-out-of-range', value.range, `a score of ${value.raw} out of ${value.outOf} is not possible`);
            break;
        case 'Rate':
            if (value.per <= 0)
                ctx.report('value-out-of-range', value.range, `a rate per ${value.per} is not possible`);
            break;
        case 'Money':
            if (value.minor < 0)
                ctx.report('value-out-of-range', value.range, 'an amount of money cannot be negative');
            currencies ??= new Set(Intl.supportedValuesOf('currency'));
            if (!currencies.has(value.currency)) {
                const at = {
                    start: value.range.start,
                    end: { ...value.range.start, column: value.range.start.column + 3, offset: value.range.start.offset + 3 },
                };
                const { hint, fix } = didYouMean(value.currency, currencies, at, { codes: true });
                ctx.report('unknown-currency', value.range, `'${value.currency}' is not an ISO 4217 currency code (such as EUR)${hint}`, fix ? { fix } : {});
            }
            break;
        case 'Duration':
            if (value.value < 0)
                ctx.report('value-out-of-range', value.range, 'a duration cannot be negative');
            else if (value.clock === 'business' && !['second', 'minute', 'hour'].includes(value.unit)) {
                ctx.report('unit-mismatch', value.range, 'business time is counted in hours or minutes; for whole days write `working days`');
            }
            else if ((value.clock === 'working' || value.clock === 'calendar') && value.unit !== 'day') {
                ctx.report('unit-mismatch', value.range, `${value.clock} time is counted in days: write \`${value.raw} ${value.clock} days\``);
            }
            break;
        default:
            break;
    }
}
function positive(ctx, value, place) {
    if ((value.kind === 'Duration' || value.kind === 'Number') && value.value <= 0 && value.raw !== '') {
        ctx.report('value-out-of-range', value.range, `${place} must be longer than zero`);
    }
}
function needsCalendar(value) {
    return value.kind === 'Duration' && (value.clock === 'business' || value.clock === 'working');
}
function requireCalendar(ctx, value, calendar, where) {
    if (needsCalendar(value) && !calendar) {
        ctx.report('calendar-required', value.range, `${describeDuration(value)} need a calendar to be counted on: add \`on <calendar>\`${where}`);
    }
}
const qualityKinds = {
    'first-time-right': ['Percentage'],
    'reopen-ratio': ['Percentage'],
    csat: ['Score', 'Number'],
    nps: ['Number'],
    'error-rate': ['Rate', 'Percentage'],
    kpi: ['Percentage', 'Number', 'Score', 'Rate', 'Duration', 'Money'],
};
function defaultCalendar(body) {
    const stmt = body.find((s) => s.kind === 'DefaultCalendar');
    return stmt?.calendar ?? null;
}
function checkAmount(ctx, amount, place) {
    const kinds = amount.ofFee ? ['Percentage'] : ['Percentage', 'Money'];
    if (expectKind(ctx, amount.value, kinds, place))
        checkRanges(ctx, amount.value, 'amount');
}
export function checkUnits(ctx) {
    const check = (value, kinds, place) => {
        if (value && expectKind(ctx, value, kinds, place))
            checkRanges(ctx, value);
    };
    for (const stmt of ctx.agreement?.body ?? []) {
        if (stmt.kind === 'Fee')
            check(stmt.amount, ['Money'], 'a fee');
        else if (stmt.kind === 'Review')
            check(stmt.every, ['Duration'], 'a review cadence');
        else if (stmt.kind === 'AcceptancePeriod')
            check(stmt.duration, ['Duration'], 'an acceptance period');
    }
    for (const decl of ctx.document.declarations) {
        switch (decl.kind) {
            case 'Targets':
            case 'Tier': {
                const fallback = defaultCalendar(decl.body);
                for (const s of decl.body) {
                    if (s.kind !== 'Target')
                        continue;
                    check(s.within, ['Duration'], `a ${s.target} target`);
                    positive(ctx, s.within, `a ${s.target} target`);
                    requireCalendar(ctx, s.within, s.calendar ?? fallback, ' or a `calendar <name>` line in the block');
                }
                break;
            }
            case 'Objective':
                for (const s of decl.body) {
                    if (s.kind === 'Availability')
                        check(s.target, ['Percentage'], 'an availability target');
                    else if (s.kind === 'Share') {
                        check(s.target, ['Percentage'], 'the share of a percentage objective');
                        check(s.within, ['Duration'], 'the time limit of a percentage objective');
                        if (s.within) {
                            positive(ctx, s.within, 'the time limit of a percentage objective');
                            requireCalendar(ctx, s.within, s.calendar, '');
                        }
                    }
                    else if (s.kind === 'TimeStat') {
                        check(s.target, ['Duration'], 'the target of an average or percentile time');
                        positive(ctx, s.target, 'the target of an average or percentile time');
                        requireCalendar(ctx, s.target, s.calendar, '');
                    }
                    else if (s.kind === 'Quality') {
                        check(s.target, qualityKinds[s.metric], `the target of ${s.metric === 'kpi' ? `kpi ${s.kpi?.name}` : s.metric.replace(/-/g, ' ')}`);
                        if (s.metric === 'nps' && s.target.kind === 'Number' && Math.abs(s.target.value) > 100) {
                            ctx.report('value-out-of-range', s.target.range, 'a Net Promoter Score lies between -100 and 100');
                        }
                    }
                    else if (s.kind === 'Exclusion') {
                        check(s.notice, ['Duration'], 'a notice period');
                        check(s.cap, ['Duration'], 'a maintenance cap');
                    }
                }
                break;
            case 'Credits':
            case 'Bonus':
            case 'CreditTerms':
                for (const s of decl.body) {
                    if (s.kind === 'Band') {
                        checkAmount(ctx, s.amount, decl.kind === 'Bonus' ? 'a bonus' : 'a credit');
                        checkRanges(ctx, s.threshold); // its kind is checked against the objective's target (check-ladders)
                    }
                    else if (s.kind === 'Cap')
                        checkAmount(ctx, s.amount, 'a cap');
                }
                break;
            case 'Escalation': {
                const fallback = defaultCalendar(decl.body);
                for (const s of decl.body) {
                    if (s.kind === 'Warning')
                        check(s.at, ['Percentage'], 'a warning threshold');
                    else if (s.kind === 'Step') {
                        check(s.after, ['Duration'], 'the time of an escalation step');
                        positive(ctx, s.after, 'the time of an escalation step');
                        requireCalendar(ctx, s.after, s.calendar ?? fallback, ' or a `calendar <name>` line in the escalation');
                    }
                }
                break;
            }
            case 'Underpinning':
                for (const s of decl.body) {
                    if (s.kind !== 'Chain')
                        continue;
                    for (const l of s.levels) {
                        check(l.handover, ['Duration'], 'a hand-over time');
                        if (l.handover)
                            positive(ctx, l.handover, 'a hand-over time');
                    }
                }
                break;
            case 'Scenario':
                for (const s of decl.body) {
                    if (s.kind === 'Contacts')
                        check(s.after, ['Duration'], 'the waiting time of contacts');
                    else if ((s.kind === 'ExpectCredit' || s.kind === 'ExpectTicketCredit' || s.kind === 'ExpectOutageCredit') && s.amount)
                        checkAmount(ctx, s.amount, 'an expected credit');
                }
                break;
            default:
                break;
        }
    }
}
