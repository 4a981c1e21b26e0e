import { checkMeasureWords } from './check-objectives.js';
import { reportRepeated } from './context.js';
/** A scenario time as comparable text: `2026-03-10 02:00`. */
export const instant = (dt) => `${dt.date} ${dt.time.padStart(dt.time.indexOf(':') === 1 ? dt.time.length + 1 : dt.time.length, '0')}`;
export function checkScenarios(ctx) {
    for (const scenario of ctx.declarations('Scenario')) {
        reportRepeated(ctx, scenario.body, ['TimeZone', 'Now'], (s) => (s.kind === 'Now' ? '`now`' : 'the time zone'));
        const hasTimes = scenario.body.some((s) => s.kind === 'Ticket' || s.kind === 'Outage' || s.kind === 'Now');
        if (hasTimes && !scenario.body.some((s) => s.kind === 'TimeZone') && !ctx.timeZone) {
            ctx.report('missing-time-zone', scenario.title.range, 'this scenario has times but no time zone to read them in: add `timezone Europe/Amsterdam` to the scenario or the agreement');
        }
        const tickets = new Map();
        for (const s of scenario.body) {
            if (s.kind === 'Ticket') {
                const first = tickets.get(s.id.name);
                if (first)
                    ctx.report('duplicate-name', s.id.range, `ticket '${s.id.name}' is declared twice in this scenario`, {
                        related: [{ message: 'first declared here', range: first.id.range }],
                    });
                else
                    tickets.set(s.id.name, s);
                let previous = s.created;
                for (const e of s.events) {
                    if (instant(e.at) < instant(previous))
                        ctx.report('invalid-range', e.at.range, `ticket ${s.id.name} is ${e.event} at ${instant(e.at)}, before ${instant(previous)}`);
                    previous = e.at;
                }
                const responses = s.events.filter((e) => e.event === 'responded');
                for (const again of responses.slice(1))
                    ctx.report('duplicate-clause', again.range, `the first response of ${s.id.name} is given twice`);
            }
            else if (s.kind === 'Outage') {
                if (instant(s.to) <= instant(s.from))
                    ctx.report('invalid-range', s.to.range, `the outage ends at ${instant(s.to)}, not after it starts (${instant(s.from)})`);
                if (s.announced && instant(s.announced) > instant(s.from))
                    ctx.report('invalid-range', s.announced.range, 'maintenance is announced after it started');
            }
            else if (s.kind === 'Contacts') {
                checkMeasureWords(ctx, s.noun, s.verb);
            }
            else if ((s.kind === 'ExpectTicket' ||
                s.kind === 'ExpectClock' ||
                s.kind === 'ExpectAtRisk' ||
                s.kind === 'ExpectStep' ||
                s.kind === 'ExpectTicketCredit') &&
                !tickets.has(s.ticket.name)) {
                ctx.report('unknown-reference', s.ticket.range, `no ticket '${s.ticket.name}' is declared before this line in the scenario`);
            }
        }
    }
}
