/**
 * The ticket lifecycle from the outside: statuses (built-in Dutch and English vocabulary, a
 * contract's own, unknown ones), aliases, where clocks start, pause caps, next-reply and update
 * clocks, warning ladders and escalation that skips paused time.
 */
import { describe, expect, it } from 'vitest';
import { DataError, evaluate } from '../../runtime/evaluate/engine.js';
import { contractOf, sla, ticketTargets } from './helpers.js';

const targets = ticketTargets('paused while waiting for customer');
const defaults = contractOf(sla(targets));
const own = contractOf(
  sla(`${targets}
statuses {
  "New", "Working" starts
  "Customer" pauses waiting for customer
  "Fixed" resolves
  "Archived" closes
}
aliases {
  priority "1 - Kritiek" is P1
  status "Klaar" is "Fixed"
}
`),
);

// Monday 2 March 2026 09:00 Amsterdam; office hours 09:00–17:00.
const at = (day: number, hh: number, mm = 0) =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00+01:00`;
const ticket = (events: Array<Record<string, string>>, extra: Record<string, unknown> = {}) => ({
  id: 'T1',
  priority: 'P1',
  created: at(2, 9),
  responded: at(2, 9, 30),
  events,
  ...extra,
});

describe('the Dutch service desk case, with the built-in vocabulary', () => {
  const r = evaluate(defaults, {
    tickets: [
      ticket([
        { at: at(2, 10), status: 'In behandeling' },
        { at: at(2, 11), status: 'Wacht op klant' },
        { at: at(3, 11), status: 'In behandeling' },
        { at: at(3, 16), status: 'Opgelost' },
        { at: at(10, 9), status: 'Gesloten' },
      ]),
    ],
  });
  const t = r.tickets[0]!;

  it('Opgelost resolves: the ticket is resolved, not open and breached', () => {
    expect(t.open).toBe(false);
    expect(t.resolved).toBe(at(3, 16));
  });
  it('Gesloten after Opgelost does not reopen it or move the resolution', () => {
    expect(t.reopened).toBe(0);
    expect(t.resolution!.stopped).toBe(at(3, 16));
  });
  it('Wacht op klant pauses: 2 h on Monday + 6 h on Tuesday is 8 business hours, met', () => {
    expect(t.resolution!.elapsedMs).toBe(7 * 3_600_000);
    expect(t.resolution!.status).toBe('met');
    expect(t.escalation).toEqual([]);
    expect(r.data.unknownValues).toEqual([]);
  });
});

describe('statuses the contract does not know', () => {
  const data = {
    tickets: [
      ticket([
        { at: at(2, 11), status: 'Wacht op klant' },
        { at: at(4, 11), status: 'Opgelost' },
      ]),
      { ...ticket([{ at: at(2, 12), status: 'Opgelost' }]), id: 'T2' },
    ],
  };
  const r = evaluate(own, data);

  it('are reported per status with the number of tickets and where they occur first', () => {
    expect(r.data.unknownValues).toEqual([
      {
        kind: 'ticket',
        field: 'status',
        value: 'Wacht op klant',
        count: 1,
        file: null,
        line: null,
        index: 0,
        id: 'T1',
        message: expect.stringContaining("'Wacht op klant' is not a status of the contract"),
        code: 'unknown-status-value',
        params: { value: 'Wacht op klant' },
      },
      {
        kind: 'ticket',
        field: 'status',
        value: 'Opgelost',
        count: 2,
        file: null,
        line: null,
        index: 0,
        id: 'T1',
        message: expect.stringContaining("'Opgelost' is not a status"),
        code: 'unknown-status-value',
        params: { value: 'Opgelost' },
      },
    ]);
  });
  it('make the clocks uncertain, never a silent breach', () => {
    const t = r.tickets[0]!;
    expect(t.unknownStatuses).toEqual(['Wacht op klant', 'Opgelost']);
    expect(t.resolution!.status).toBe('uncertain');
    expect(t.resolution!.assumed).toBe('breached');
    expect(t.resolution!.explain[0]!.rule).toBe('ticket.unknown-status');
    expect(r.ticketSummary.resolutionBreached).toBe(0);
    expect(r.ticketSummary.uncertain).toBe(4);
  });
  it('are an error with --strict', () => {
    expect(() => evaluate(own, data, { strict: true })).toThrow(DataError);
  });
});

describe('a contract of its own statuses and aliases', () => {
  it('reads its statuses and the aliases of priorities and statuses', () => {
    const r = evaluate(own, {
      tickets: [
        ticket(
          [
            { at: at(2, 10), status: 'Customer' },
            { at: at(3, 10), status: 'Working' },
            { at: at(3, 12), status: 'Klaar' },
            { at: at(4, 9), status: 'Archived' },
          ],
          { priority: '1 - Kritiek' },
        ),
      ],
    });
    const t = r.tickets[0]!;
    expect(t.priority).toBe('P1');
    expect(t.resolved).toBe(at(3, 12));
    expect(t.resolution!.elapsedMs).toBe(3 * 3_600_000);
    expect(r.data.unknownValues).toEqual([]);
  });
  it('reports a priority that no alias names, with the ticket rejected', () => {
    const r = evaluate(own, { tickets: [ticket([], { priority: '9 - Onbekend' })] });
    expect(r.data.unknownValues.map((u) => [u.field, u.value, u.count])).toEqual([['priority', '9 - Onbekend', 1]]);
    expect(r.data.rejected.ticket).toBe(1);
  });
});

describe('where clocks start', () => {
  const start = (clause: string) =>
    contractOf(sla(targets.replace('paused while waiting for customer', `paused while waiting for customer\n  ${clause}`)));
  it('at assignment: nothing counts before the first assignment', () => {
    const r = evaluate(start('clocks start at assignment'), {
      tickets: [ticket([{ at: at(2, 15), status: 'resolved' }], { responded: at(2, 14), assigned: at(2, 13) })],
    });
    expect(r.tickets[0]!.resolution!.started).toBe(at(2, 13));
    expect(r.tickets[0]!.resolution!.elapsedMs).toBe(2 * 3_600_000);
    expect(r.tickets[0]!.response!.elapsedMs).toBe(3_600_000);
  });
  it('at a status: the first time the ticket enters it; a ticket resolved before took no time', () => {
    const c = start('clocks start at status "in progress"');
    const r = evaluate(c, {
      tickets: [
        ticket([
          { at: at(2, 12), status: 'in progress' },
          { at: at(2, 13), status: 'resolved' },
        ]),
        { ...ticket([{ at: at(2, 13), status: 'resolved' }]), id: 'T2' },
      ],
    });
    expect(r.tickets[0]!.resolution!.elapsedMs).toBe(3_600_000);
    expect(r.tickets[1]!.resolution!.elapsedMs).toBe(0);
    expect(r.tickets[1]!.resolution!.status).toBe('met');
  });
  it('not yet: an open ticket whose start has not come is not started', () => {
    const r = evaluate(start('clocks start at assignment'), { tickets: [ticket([], { responded: null })] }, { now: at(5, 9) });
    expect(r.tickets[0]!.resolution!.status).toBe('not-started');
  });
});

describe('next reply and update clocks', () => {
  const c = contractOf(
    sla(targets.replace('paused while waiting for customer', 'next reply P1 within 2 business hours\n  update P1 every 4 business hours')),
  );
  it('each customer message is owed a reply; one late reply breaches the clock', () => {
    const r = evaluate(c, {
      tickets: [
        ticket([
          { at: at(2, 10), message: 'customer' },
          { at: at(2, 11), message: 'provider' },
          { at: at(2, 12), message: 'customer' },
          { at: at(2, 13), message: 'customer' },
          { at: at(2, 15), message: 'provider' },
          { at: at(2, 16), status: 'resolved' },
        ]),
      ],
    });
    const n = r.tickets[0]!.nextReply!;
    expect(n.cycles).toEqual({ count: 2, late: 1 });
    expect(n.status).toBe('breached');
    expect(n.started).toBe(at(2, 12));
    expect(r.ticketSummary.nextReplyBreached).toBe(1);
  });
  it('updates: from the first response, at least every 4 business hours while open', () => {
    const r = evaluate(c, {
      tickets: [
        ticket([
          { at: at(2, 13), message: 'provider' },
          { at: at(3, 10), message: 'provider' },
          { at: at(3, 12), status: 'resolved' },
        ]),
      ],
    });
    const u = r.tickets[0]!.update!;
    // 09:30 → 13:00 (3.5 h), 13:00 → Tuesday 10:00 (4 h + 1 h = 5 h, late: due Monday 17:00), 10:00 → 12:00.
    expect(u.cycles).toEqual({ count: 3, late: 1 });
    expect(u.due).toBe(at(2, 17));
    expect(u.status).toBe('breached');
  });
});

describe('warning ladders and escalation', () => {
  const c = contractOf(
    sla(`${targets}
escalation ops "Ops" {
  warn at 50% of resolution time to "Team lead"
  warn at 75% of resolution time to "Service manager"
  warn at 100% of resolution time to "Duty manager"
  step 1 "Service manager" after 4 business hours on office
}
escalation through "Through pauses" {
  including paused time
  step 1 "Director" after 4 business hours on office
}
`),
  );
  const r = evaluate(c, { tickets: [ticket([{ at: at(2, 10), status: 'waiting for customer' }])] }, { now: at(3, 12) });
  it('reports each threshold, who is told and when it is reached', () => {
    // 6 of 8 business hours used at Monday 15:00: 50% came at 13:00, 75% now, 100% at 17:00.
    const running = evaluate(c, { tickets: [ticket([])] }, { now: at(2, 15) });
    const clock = running.open[0]!.clocks.find((x) => x.kind === 'resolution')!;
    expect(clock.warnings.map((w) => [w.at, w.to, w.when, w.reached])).toEqual([
      [50, 'Team lead', at(2, 13), true],
      [75, 'Service manager', at(2, 15), true],
      [100, 'Duty manager', at(2, 17), false],
    ]);
    expect(clock.atRisk).toBe(true);
    // Paused for good: no threshold comes.
    expect(r.open[0]!.clocks.find((x) => x.kind === 'resolution')!.warnings.every((w) => w.when === null)).toBe(true);
  });
  it('skips paused time unless the escalation counts it', () => {
    expect(r.tickets[0]!.escalation.map((e) => e.escalation)).toEqual(['through']);
  });
  it('lists no clock that has not started, on a ticket with a status the contract does not know either', () => {
    const assigned = contractOf(
      sla(`${targets.replace('targets {', 'targets {\n  clocks start at assignment')}
escalation ops "Ops" {
  warn at 50% of resolution time to "Team lead"
  step 1 "Service manager" after 4 business hours on office
}
`),
    );
    // Not assigned by Monday 15:00: neither clock has started, whatever the unknown status does.
    const open = (events: Array<Record<string, string>>) =>
      evaluate(assigned, { tickets: [ticket(events, { responded: undefined })] }, { now: at(2, 15) }).open[0]!;
    expect(open([]).clocks).toEqual([]);
    const unknown = open([{ at: at(2, 10), status: 'Parked somewhere' }]);
    expect(unknown.clocks).toEqual([]);
  });
});

describe('failing objectives escalate', () => {
  const c = contractOf(
    sla(`
priority P1 "P1"
service portal "Portal"
targets {
  calendar office
  response P1 within 1 business hour
  resolution P1 within 8 business hours
}
objective up "Portal" {
  availability of service portal at least 99.5% per month on office
}
escalation uptime_escalation "Availability" {
  for objective up
  step 1 "Service manager" after 2 working days on office
  step 2 "Directors" after 10 working days on office
}
`),
  );
  const outage = { service: 'portal', start: at(10, 10), end: at(10, 12), kind: 'unplanned' as const };
  it('from the end of the missed period, on the step calendar; the next step with its instant', () => {
    const r = evaluate(c, { outages: [outage] }, { now: '2026-04-08T12:00:00+02:00' });
    const o = r.objectives.find((x) => x.period === '2026-03')!;
    expect(o.met).toBe(false);
    // 1 April 00:00 + 2 working days is Friday 3 April; + 10 skips Easter Monday: 16 April.
    expect(o.escalation).toEqual([
      {
        escalation: 'uptime_escalation',
        step: 1,
        role: 'Service manager',
        contact: null,
        at: '2026-04-03T00:00:00+02:00',
        line: o.escalation[0]!.line,
        next: { step: 2, role: 'Directors', at: '2026-04-16T00:00:00+02:00' },
      },
    ]);
  });
  it('not before its time, not for a met period, and not for tickets', () => {
    const r = evaluate(
      c,
      { outages: [outage], tickets: [{ id: 'T', priority: 'P1', created: at(2, 9), resolved: at(4, 9) }] },
      { now: '2026-04-02T12:00:00+02:00' },
    );
    expect(r.objectives.find((x) => x.period === '2026-03')!.escalation).toEqual([]);
    expect(r.tickets[0]!.resolution!.status).toBe('breached');
    expect(r.tickets[0]!.escalation).toEqual([]);
  });
});
