/**
 * The SQL engine's escalations and warnings of tickets (compiler/emit/sql/escalations.ts) for the
 * report: the steps each listed ticket reached (its `escalation`, with the next step of a ticket
 * open at `--now`), the instants of the warning ladders of the open list, and the report's
 * notifications — the earliest of every ticket counted (created in the requested period), in the
 * list's order, from a top-N query, the rest only counted — so that no ticket result is built for
 * them. Texts (roles, contacts, recipients) are the contract's in the report's language.
 */
import { ticketEscalations } from '../../compiler/emit/sql/escalations.js';
import { int, text } from '../../compiler/emit/sql/dialect.js';
import { reachedStep } from '../../runtime/evaluate/escalation.js';
import { MAX_NOTIFICATIONS } from '../../runtime/evaluate/notifications.js';
const num = (v) => (v === null || v === undefined ? null : Number(v));
const stepOf = (e, n) => e.steps.find((s) => s.number === n);
/** `only`: a condition that keeps the listed tickets (` AND ticket IN …`, or ''). Null when the contract does not escalate tickets. */
export async function listedEscalations(db, ev, only) {
    const ctx = ev.ctx;
    const escalations = ticketEscalations(ctx.contract);
    if (escalations.length === 0)
        return null;
    // `ord step at_ms reached` per step, in the contract's order of escalations and step by step.
    const ord = `CASE s.escalation ${escalations.map((e, i) => `WHEN ${text(e.name)} THEN ${i}`).join(' ')} END`;
    const join = `LEFT JOIN (
  SELECT s.ticket, STRING_AGG(CAST(s.ord AS TEXT) || ' ' || CAST(s.step AS TEXT) || ' ' || CAST(s.at_ms AS TEXT) || ' ' || CASE WHEN s.reached THEN '1' ELSE '0' END, ',' ORDER BY s.ord, s.step) AS steps
  FROM (SELECT s.*, ${ord} AS ord FROM slac_ticket_steps AS s) AS s GROUP BY s.ticket
) AS esc ON esc.ticket = f.ticket`;
    const steps = (r) => {
        const out = [];
        let last = null;
        for (const item of r.esc_steps === null ? [] : String(r.esc_steps).split(',')) {
            const [i, n, at, reached] = item.split(' ').map(Number);
            const e = escalations[i];
            const step = stepOf(e, n);
            if (reached === 1) {
                const s = reachedStep(ctx, e, step, at);
                if (last?.e === e)
                    out[out.length - 1] = s;
                else
                    out.push(s);
                last = { e, reached: s };
            }
            else if (last?.e === e)
                last.reached.next = { step: step.number, role: ctx.text(step.role) ?? '', at: ctx.fmt(at) };
            else
                throw new Error(`internal error: ticket ${r.id} has the next step of escalation '${e.name}' without a step reached`);
        }
        return out;
    };
    const warnings = new Map();
    if (ev.nowInstant() !== null)
        for (const r of await db.rows(`SELECT ticket, kind, threshold, at_ms FROM slac_warning_instants WHERE stop_ms IS NULL${only}`)) {
            const ticket = num(r.ticket);
            if (!warnings.has(ticket))
                warnings.set(ticket, new Map());
            warnings.get(ticket).set(`${r.kind}\n${num(r.threshold)}`, num(r.at_ms));
        }
    return {
        column: ', esc.steps AS esc_steps',
        join,
        steps,
        instant: (ticket) => (ev, at) => {
            const key = `${ev.clock.kind}\n${at}`;
            const instants = warnings.get(ticket);
            // Every warning of the ladder of a running clock at `--now` has its row (NULL: never reached).
            if (!instants?.has(key))
                throw new Error(`internal error: no instant for the warning at ${at}% of ticket ${ticket}'s ${ev.clock.kind}`);
            return instants.get(key);
        },
    };
}
/** The report's notifications from slac_ticket_notifications: the earliest `MAX_NOTIFICATIONS` of the tickets counted, and how many more. */
export async function feedNotifications(db, ev) {
    const ctx = ev.ctx;
    const escalations = ticketEscalations(ctx.contract);
    if (escalations.length === 0)
        return;
    const { period } = ev.ticketListing();
    const counted = period === null ? 'TRUE' : `t.created_ms >= ${int(period.from)} AND t.created_ms < ${int(period.to)}`;
    const from = `FROM slac_ticket_notifications AS n JOIN slac_tickets AS t ON t.seq = n.ticket WHERE ${counted}`;
    // The list's order (NotificationList): instant, ticket, line, threshold or step.
    const rows = await db.rows(`SELECT n.ticket, t.id, n.kind, n.clock, n.threshold, n.escalation, n.step, n.at_ms, n.line ${from}
     ORDER BY n.at_ms, n.ticket, n.line, COALESCE(n.threshold, CAST(n.step AS DOUBLE PRECISION)) LIMIT ${int(MAX_NOTIFICATIONS)}`);
    const [all] = await db.rows(`SELECT COUNT(*) AS n ${from}`);
    const warnings = new Map(escalations.flatMap((e) => e.warnings.map((w) => [w.line, w])));
    const named = new Map(escalations.map((e) => [e.name, e]));
    // In the key order of the JavaScript engine's notifications (ticketNotifications): the report's JSON is the same byte for byte.
    const earliest = rows.map((r) => {
        const seq = num(r.ticket);
        const [ms, ticket, line] = [num(r.at_ms), String(r.id), num(r.line)];
        if (r.kind === 'warning') {
            const w = warnings.get(line);
            const n = {
                ms,
                ticket,
                kind: 'warning',
                clock: w.target,
                threshold: w.at,
                to: ctx.text(w.to),
                escalation: null,
                step: null,
                contact: null,
                line,
            };
            return { seq, n };
        }
        const e = named.get(String(r.escalation));
        const s = stepOf(e, num(r.step));
        const n = {
            ms,
            ticket,
            kind: 'escalation',
            clock: null,
            threshold: null,
            to: ctx.text(s.role) ?? '',
            escalation: e.name,
            step: s.number,
            contact: ctx.text(s.contact),
            line,
        };
        return { seq, n };
    });
    ev.addNotifications(earliest, num(all.n) - earliest.length);
}
