import { printNames, printText, printValue, quote } from './format.js';
const underpinningKinds = new Set(['UnderpinningAgreement', 'Chain', 'SeriesAvailability']);
export function isUnderpinningStatement(s) {
    return underpinningKinds.has(s.kind);
}
export function printUnderpinningHeader(d) {
    return d.title ? `underpinning ${printText(d.title)}` : 'underpinning';
}
function printLevel(l) {
    const tier = l.tier ? ` tier ${l.tier.name}` : '';
    const handover = l.handover ? ` after ${printValue(l.handover)}${l.calendar ? ` on ${l.calendar.name}` : ''}` : '';
    return `${l.agreement.name}${tier}${handover}`;
}
export function printUnderpinningStatement(s) {
    switch (s.kind) {
        case 'UnderpinningAgreement':
            return `agreement ${s.name.name} ${quote(s.path.value)}`;
        case 'Chain': {
            const tier = s.tier ? ` for tier ${s.tier.name}` : '';
            return `${s.target} ${printNames(s.priorities)}${tier} by ${s.levels.map(printLevel).join(' then ')}`;
        }
        case 'SeriesAvailability':
            return `availability ${s.objective.name} by ${s.components.map((c) => `${c.agreement.name} ${c.objective.name}`).join(', ')}`;
    }
}
