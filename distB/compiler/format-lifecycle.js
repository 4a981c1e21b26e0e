const lifecycleKinds = new Set([
    'Status',
    'Alias',
    'ClockStart',
    'IncludingPaused',
    'AppliesToObjectives',
    'ExpectClock',
    'ExpectAtRisk',
    'ExpectStep',
]);
/** Whether the formatter prints a statement with printLifecycle (the other statements it leaves to are the legal ones). */
export function isLifecycleStatement(s) {
    return lifecycleKinds.has(s.kind);
}
/** The words of a clock: `response`, `resolution`, `next reply`, `update`. */
export const clockNames = {
    response: 'response',
    resolution: 'resolution',
    'next-reply': 'next reply',
    update: 'update',
};
const reasons = { customer: 'waiting for customer', 'third-party': 'waiting for third party' };
/** The word between the priorities and the time of a target: `update P1 every 2 hours`, else `within`. */
export const targetVerb = (t) => (t === 'update' ? 'every' : 'within');
export function printLifecycle(s, quote, value, dateTime) {
    switch (s.kind) {
        case 'Status': {
            const word = s.meaning?.name ?? 'none';
            const meaning = s.reason ? `${word} ${reasons[s.reason]}` : word;
            return `${s.names.map((n) => quote(n.value)).join(', ')} ${meaning}`;
        }
        case 'Alias': {
            const target = s.target.kind === 'Ident' ? s.target.name : quote(s.target.value);
            return `${s.field} ${s.values.map((v) => quote(v.value)).join(', ')} is ${target}`;
        }
        case 'ClockStart':
            return `clocks start at ${s.at === 'status' ? `status ${quote(s.status?.value ?? '')}` : s.at}`;
        case 'IncludingPaused':
            return 'including paused time';
        case 'AppliesToObjectives':
            return `for objective ${s.objectives.map((o) => o.name).join(', ')}`;
        case 'ExpectClock':
            return `expect ${s.ticket.name} ${clockNames[s.target]} ${s.measure} ${s.measure === 'due' ? dateTime(s.at) : value(s.value)}`;
        case 'ExpectAtRisk':
            return `expect ${s.ticket.name} ${clockNames[s.target]} at risk`;
        case 'ExpectStep':
            return [`expect ${s.ticket.name} escalation`, s.escalation?.name, s.step ? `step ${s.step.raw}` : 'none'].filter(Boolean).join(' ');
    }
}
/** A scenario ticket's event: `resolved 2026-03-09 10:00`, `customer wrote …`, `status "Opgelost" …`, `priority P1 …`. */
export function printTicketEvent(e, quote, dateTime) {
    const at = dateTime(e.at);
    switch (e.event) {
        case 'customer-wrote':
            return `customer wrote ${at}`;
        case 'status':
            return `status ${quote(e.status?.value ?? '')} ${at}`;
        case 'priority':
            return `priority ${e.priority?.name ?? ''} ${at}`;
        default:
            return `${e.event} ${at}`;
    }
}
/** `, at most 5 working days per ticket` after a pause, or nothing. */
export function printPauseCap(s, value) {
    return s.cap ? `, at most ${value(s.cap)} per ticket` : '';
}
