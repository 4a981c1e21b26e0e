/**
 * The SQL engine's escalations and warnings of tickets (compiler/emit/sql/escalations.ts) for the
 * report: the steps each listed ticket reached (its `escalation`, with the next step of a ticket
 * open at `--now`), the instants of the warning ladders of the open list, and the report's
 * notifications — the earliest of every ticket counted (created in the requested period), in the
 * list's order, from a top-N query, the rest only counted — so that no ticket result is built for
 * them. Texts (roles, contacts, recipients) are the contract's in the report's language.
 */
import { ticketEscalations } from '../../compiler/emit/sql/escalations.js';
import { int } from '../../compiler/emit/sql/dialect.js';
import type { RtEscalation, RtEscalationStep } from '../../runtime/contract.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import { reachedStep } from '../../runtime/evaluate/escalation.js';
import { MAX_NOTIFICATIONS, type TicketNotification } from '../../runtime/evaluate/notifications.js';
import type { EscalationReached } from '../../runtime/evaluate/report.js';
import type { EvaluatedClock } from '../../runtime/evaluate/tickets.js';
import type { Row, SqlDatabase } from './sql-tickets.js';

const num = (v: Row[string]): number | null => (v === null || v === undefined ? null : Number(v));

/** What the listed tickets get from SQL: their steps reached, and (open at `--now`) their warnings' instants. */
export interface TicketEscalations {
  steps(ticket: number): EscalationReached[];
  /** openTicket's `instant` for the ticket's running clocks. */
  instant(ticket: number): (ev: EvaluatedClock, at: number) => number | null;
}

const stepOf = (e: RtEscalation, n: number): RtEscalationStep => e.steps.find((s) => s.number === n)!;

/** `only`: a condition that keeps the listed tickets (` AND ticket IN …`, or ''). Null when the contract does not escalate tickets. */
export async function listedEscalations(db: SqlDatabase, ev: Evaluation, only: string): Promise<TicketEscalations | null> {
  const ctx = ev.ctx;
  const escalations = ticketEscalations(ctx.contract);
  if (escalations.length === 0) return null;
  const order = new Map(escalations.map((e, i) => [e.name, i]));
  const steps = new Map<number, EscalationReached[]>();
  let last: { ticket: number; escalation: string; reached: EscalationReached } | null = null;
  const rows = await db.rows(
    `SELECT ticket, escalation, step, at_ms, reached FROM slac_ticket_steps WHERE TRUE${only} ORDER BY ticket, step`,
  );
  // Per ticket in the contract's order of escalations, each with its steps in order: the last reached, then the next.
  rows.sort((a, b) => num(a.ticket)! - num(b.ticket)! || order.get(String(a.escalation))! - order.get(String(b.escalation))!);
  for (const r of rows) {
    const ticket = num(r.ticket)!;
    const e = escalations[order.get(String(r.escalation))!]!;
    const step = stepOf(e, num(r.step)!);
    const at = num(r.at_ms)!;
    if (r.reached === true || r.reached === 1 || r.reached === 'true') {
      const reached = reachedStep(ctx, e, step, at);
      if (last !== null && last.ticket === ticket && last.escalation === e.name)
        steps.get(ticket)![steps.get(ticket)!.length - 1] = reached;
      else steps.set(ticket, [...(steps.get(ticket) ?? []), reached]);
      last = { ticket, escalation: e.name, reached };
    } else if (last !== null && last.ticket === ticket && last.escalation === e.name) {
      last.reached.next = { step: step.number, role: ctx.text(step.role) ?? '', at: ctx.fmt(at) };
    } else throw new Error(`internal error: ticket ${ticket} has the next step of escalation '${e.name}' without a step reached`);
  }
  const warnings = new Map<number, Map<string, number | null>>();
  if (ev.nowInstant() !== null)
    for (const r of await db.rows(`SELECT ticket, kind, threshold, at_ms FROM slac_warning_instants WHERE stop_ms IS NULL${only}`)) {
      const ticket = num(r.ticket)!;
      if (!warnings.has(ticket)) warnings.set(ticket, new Map());
      warnings.get(ticket)!.set(`${r.kind}\n${num(r.threshold)}`, num(r.at_ms));
    }
  return {
    steps: (ticket) => steps.get(ticket) ?? [],
    instant: (ticket) => (ev, at) => {
      const key = `${ev.clock.kind}\n${at}`;
      const instants = warnings.get(ticket);
      // Every warning of the ladder of a running clock at `--now` has its row (NULL: never reached).
      if (!instants?.has(key))
        throw new Error(`internal error: no instant for the warning at ${at}% of ticket ${ticket}'s ${ev.clock.kind}`);
      return instants.get(key)!;
    },
  };
}

/** The report's notifications from slac_ticket_notifications: the earliest `MAX_NOTIFICATIONS` of the tickets counted, and how many more. */
export async function feedNotifications(db: SqlDatabase, ev: Evaluation): Promise<void> {
  const ctx = ev.ctx;
  const escalations = ticketEscalations(ctx.contract);
  if (escalations.length === 0) return;
  const { period } = ev.ticketListing();
  const counted = period === null ? 'TRUE' : `t.created_ms >= ${int(period.from)} AND t.created_ms < ${int(period.to)}`;
  const from = `FROM slac_ticket_notifications AS n JOIN slac_tickets AS t ON t.seq = n.ticket WHERE ${counted}`;
  // The list's order (NotificationList): instant, ticket, line, threshold or step.
  const rows = await db.rows(
    `SELECT n.ticket, t.id, n.kind, n.clock, n.threshold, n.escalation, n.step, n.at_ms, n.line ${from}
     ORDER BY n.at_ms, n.ticket, n.line, COALESCE(n.threshold, CAST(n.step AS DOUBLE PRECISION)) LIMIT ${int(MAX_NOTIFICATIONS)}`,
  );
  const [all] = await db.rows(`SELECT COUNT(*) AS n ${from}`);
  const warnings = new Map(escalations.flatMap((e) => e.warnings.map((w) => [w.line, w] as const)));
  const named = new Map(escalations.map((e) => [e.name, e]));
  // In the key order of the JavaScript engine's notifications (ticketNotifications): the report's JSON is the same byte for byte.
  const earliest = rows.map((r) => {
    const seq = num(r.ticket)!;
    const [ms, ticket, line] = [num(r.at_ms)!, String(r.id), num(r.line)!];
    if (r.kind === 'warning') {
      const w = warnings.get(line)!;
      const n: TicketNotification = {
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
    const e = named.get(String(r.escalation))!;
    const s = stepOf(e, num(r.step)!);
    const n: TicketNotification = {
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
  ev.addNotifications(earliest, num(all!.n)! - earliest.length);
}
