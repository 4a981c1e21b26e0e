import { clockNames } from './format-lifecycle.js';
import { printAmount, printCondition, printDateTime, printNames, printPeriod, printText, printValue, quote } from './format.js';
export function printLegalHeader(d) {
    switch (d.kind) {
        case 'Party':
            return `party ${d.role}`;
        case 'Legal':
            return 'legal';
        case 'OutageCredits':
            return `credits per outage for ${d.objective.name}`;
        case 'TicketCredits':
            return 'credits per ticket';
        case 'Revisions':
            return 'revisions';
    }
}
function printBreachRule(r) {
    const consecutive = r.consecutive ? `${r.consecutive.raw} consecutive breaches` : null;
    const window = r.inWindow ? `${r.inWindow.count.raw} breaches in ${r.inWindow.months.raw} months` : null;
    return `after ${[consecutive, window].filter((x) => x !== null).join(' or ')}`;
}
/** The consequence of a repeated-breach rule as the language writes it. */
export const consequenceWords = {
    'improvement-plan': 'improvement plan',
    termination: 'termination',
};
const join = (...parts) => parts.filter((p) => typeof p === 'string' && p !== '').join(' ');
export function printLegalStatement(s) {
    switch (s.kind) {
        case 'Kvk':
            return `kvk ${quote(s.value.value)}`;
        case 'Address':
            return `address ${quote(s.value.value)}`;
        case 'Representative':
            return `represented by ${printText(s.text)}`;
        case 'DefinedTerm':
            return `called ${printText(s.text)}`;
        case 'MainAgreement':
            return `main agreement ${printText(s.text)}`;
        case 'MainPrevails':
            return 'main agreement prevails';
        case 'PrevailingLanguage':
            return `prevailing language ${s.language.name}`;
        case 'Disputes':
            return `disputes ${s.steps.map((f) => join(f.forum, f.name && quote(f.name.value))).join(' then ')}`;
        case 'Renewal':
            return join(`renewal every ${printValue(s.every)}`.concat(s.notice ? ',' : ''), s.notice && `notice ${printValue(s.notice)}`);
        case 'Liability':
            return join('liability at most', printValue(s.amount), s.ofFee && 'of fee', printPeriod(s.period));
        case 'DataProcessing':
            return `data processing agreement ${printText(s.text)}`;
        case 'Audit': {
            const head = join('audit of measurements', printPeriod(s.period));
            return s.notice ? `${head}, notice ${printValue(s.notice)}` : head;
        }
        case 'ImprovementPlan':
            return `improvement plan for ${printNames(s.norms)} ${printBreachRule(s.rule)} within ${printValue(s.within)}`;
        case 'Termination':
            return `termination for ${printNames(s.norms)} ${printBreachRule(s.rule)}`;
        case 'OutageBand':
            return `at least ${printValue(s.length)} credit ${printAmount(s.amount)}`;
        case 'TicketBand':
            return [
                `${clockNames[s.target]} ${printNames(s.priorities)} credit ${printAmount(s.amount)}`,
                ...s.conditions.map(printCondition),
            ].join(' ');
        case 'DocumentStatus':
            return `status ${s.status}`;
        case 'DocumentDate':
            return `date ${s.date.value}`;
        case 'Revision':
            return `change ${quote(s.version.value)} ${s.date.value} ${printText(s.text)}`;
        case 'ExpectTicketCredit':
            return `expect credit for ticket ${s.ticket.name} ${clockNames[s.target]} is ${s.amount ? printAmount(s.amount) : 'none'}`;
        case 'ExpectOutageCredit':
            return `expect credit for outage of ${s.objective.name} from ${printDateTime(s.from)} is ${s.amount ? printAmount(s.amount) : 'none'}`;
        case 'ExpectBreachRule':
            return `expect ${consequenceWords[s.consequence]} for ${s.objective.name} ${s.period ? `in ${s.period.value}` : 'none'}`;
    }
}
