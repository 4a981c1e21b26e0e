/**
 * What the ticket lifecycle feeds besides each ticket's clocks, from the outside: the notification
 * list (warnings and escalation steps reached, time-ordered, bounded), percentages of tickets
 * replied and updated on time, first time right from the ticket events, and averages that start
 * where the ticket's clock starts.
 */
import { describe, expect, it } from 'vitest';
import AjvModule from 'ajv';
import { evaluate } from '../../runtime/evaluate/engine.js';
import { renderText } from '../../runtime/evaluate/text.js';
import { reportSchema } from '../../runtime/data/validate.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { contractOf, sla, ticketTargets } from './helpers.js';

type AjvClass = typeof import('ajv').default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);
const valid = (r: Report) => {
  validate(JSON.parse(JSON.stringify(r)));
  return validate.errors ?? [];
};

// Monday 2 March 2026 and on; office hours 09:00–17:00 Amsterdam.
const at = (day: number, hh: number, mm = 0) =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00+01:00`;
const ticket = (id: string, events: Array<Record<string, string>>, extra: Record<string, unknown> = {}) => ({
  id,
  priority: 'P1',
  created: at(2, 9),
  responded: at(2, 9, 30),
  events,
  ...extra,
});

const targets = (extra = '') =>
  ticketTargets(`next reply P1 within 2 business hours
  update P1 every 4 business hours
  paused while waiting for customer
  paused while waiting for third party
  ${extra}`);

describe('notifications: the warnings and escalation steps reached, in time order', () => {
  const c = contractOf(
    sla(`${targets()}
escalation ops "Ops" {
  warn at 50% of resolution time to "Team lead"
  warn at 75% of resolution time to "Service manager"
  step 1 "Service manager" after 8 business hours on office contact "sm@example.org"
  step 2 "Director" after 12 business hours on office
}
`),
  );
  const r = evaluate(
    c,
    {
      tickets: [
        // Open at now (Tuesday 14:00): 13 business hours counted; 50% at Monday 13:00, 75% at 15:00; steps at Monday 17:00 and Tuesday 13:00.
        ticket('OPEN', []),
        // Resolved Monday 14:00: 50% (13:00) was reached before, 75% (15:00) never came; not late, so no escalation.
        ticket('DONE', [{ at: at(2, 14), status: 'resolved' }], { created: at(2, 9) }),
        // Created later: its 50% comes at Monday 16:00, between the others.
        ticket('LATER', [{ at: at(2, 17), status: 'resolved' }], { created: at(2, 12), responded: at(2, 12, 30) }),
      ],
    },
    { now: at(3, 14) },
  );

  it('lists each threshold and each step with who is told, earliest first', () => {
    expect(r.notifications.map((n) => [n.at, n.ticket, n.kind, n.clock, n.threshold, n.to, n.step])).toEqual([
      [at(2, 13), 'OPEN', 'warning', 'resolution', 50, 'Team lead', null],
      [at(2, 13), 'DONE', 'warning', 'resolution', 50, 'Team lead', null],
      [at(2, 15), 'OPEN', 'warning', 'resolution', 75, 'Service manager', null],
      [at(2, 16), 'LATER', 'warning', 'resolution', 50, 'Team lead', null],
      [at(2, 17), 'OPEN', 'escalation', null, null, 'Service manager', 1],
      [at(3, 13), 'OPEN', 'escalation', null, null, 'Director', 2],
    ]);
    expect(r.notifications[4]!.contact).toBe('sm@example.org');
    expect(r.notifications[4]!.escalation).toBe('ops');
    expect(r.notificationsListed).toEqual({ max: 1000, omitted: 0 });
    expect(valid(r)).toEqual([]);
  });

  it('has a section in the text report', () => {
    const text = renderText(r);
    expect(text).toContain('Notifications (warnings and escalation steps reached, in time order)');
    expect(text).toMatch(/2026-03-02T13:00:00\+01:00 +OPEN +50% of resolution time +Team lead/);
    expect(text).toMatch(/2026-03-02T17:00:00\+01:00 +OPEN +ops step 1 +Service manager \(sm@example\.org\)/);
  });

  it('keeps the earliest 1000 and counts the rest, whatever the order of the input', () => {
    // 1,200 tickets created a second apart from 09:00, latest first: each reaches 50% four business hours after creation.
    const many = Array.from({ length: 1200 }, (_, i) => {
      const created = Date.parse('2026-03-02T09:00:00+01:00') + (1199 - i) * 1000;
      return {
        id: `T${1199 - i}`,
        priority: 'P2',
        created: new Date(created).toISOString(),
        responded: new Date(created + 60_000).toISOString(),
        events: [{ at: at(2, 15), status: 'resolved' }],
      };
    });
    const big = evaluate(c, { tickets: many });
    expect(big.notifications).toHaveLength(1000);
    expect(big.notificationsListed).toEqual({ max: 1000, omitted: 200 });
    expect(big.notifications[0]!.ticket).toBe('T0');
    expect(big.notifications[999]!.ticket).toBe('T999');
    const times = big.notifications.map((n) => Date.parse(n.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(renderText(big)).toContain('… and 1150 more notifications (the JSON report lists the first 1000)');
  });

  it('is empty for a contract without warnings or escalations', () => {
    const plain = evaluate(contractOf(sla(targets())), { tickets: [ticket('OPEN', [])] }, { now: at(3, 14) });
    expect(plain.notifications).toEqual([]);
    expect(renderText(plain)).not.toContain('Notifications');
  });
});

describe('percentages of tickets replied and updated on time', () => {
  const c = contractOf(
    sla(`${targets()}
objective replies "Replies" {
  95% of tickets replied on time per month
}
objective replies_p1 "Replies P1" {
  95% of tickets replied on time per month
  for priority P1
}
objective updates "Updates" {
  90% of tickets updated on time per month
}
`),
  );
  const tickets = [
    // One reply in 1 h, met; updates 09:30→11:00→12:00, met.
    ticket('MET', [
      { at: at(2, 10), message: 'customer' },
      { at: at(2, 11), message: 'provider' },
      { at: at(2, 12), status: 'resolved' },
    ]),
    // The 10:00 message waits until 13:00: the next reply is late; updates 09:30→13:00 (3.5 h) and 13:00→14:00 met.
    ticket('LATE', [
      { at: at(2, 10), message: 'customer' },
      { at: at(2, 13), message: 'provider' },
      { at: at(2, 14), status: 'resolved' },
    ]),
    // Resolved without a customer message after the first response: never owed a next reply.
    ticket('QUIET', [{ at: at(2, 12), status: 'resolved' }]),
    // P2 has no next reply or update target: never owed either.
    {
      ...ticket('P2', [
        { at: at(2, 10), message: 'customer' },
        { at: at(2, 16), status: 'resolved' },
      ]),
      priority: 'P2',
    },
  ];
  const r = evaluate(c, { tickets });
  const objective = (name: string) => r.objectives.find((o) => o.objective === name)!;

  it('a ticket met the next reply clock when none of its replies was late; one never owed a reply is not counted', () => {
    expect(objective('replies').sli).toBe(50);
    expect(objective('replies').detail).toMatchObject({ kind: 'share', event: 'replied', counted: 2, hits: 1, pending: 0, notOwed: 2 });
    expect(objective('replies').explain.map((e) => e.text)).toContain('2 resolved tickets were never owed a next reply: not counted');
    expect(objective('replies_p1').detail).toMatchObject({ counted: 2, hits: 1, notOwed: 1, unmatched: 1 });
  });

  it('the update clock: every interval within its target', () => {
    // MET, LATE and QUIET (09:30 → 12:00, one interval); P2 has no update target.
    expect(objective('updates').detail).toMatchObject({ event: 'updated', counted: 3, hits: 3, notOwed: 1 });
    expect(objective('updates').sli).toBe(100);
  });

  it('pending while a reply is owed and not yet late, a miss once it is', () => {
    const open = [ticket('OWED', [{ at: at(2, 10), message: 'customer' }])];
    const pending = evaluate(c, { tickets: open }, { now: at(2, 11) });
    expect(pending.objectives.find((o) => o.objective === 'replies')!.detail).toMatchObject({ counted: 0, pending: 1, notOwed: 0 });
    const late = evaluate(c, { tickets: open }, { now: at(2, 13) });
    expect(late.objectives.find((o) => o.objective === 'replies')!.detail).toMatchObject({ counted: 1, hits: 0, pending: 0 });
    // An open ticket that has not been written to yet may still be: pending, not "never owed".
    const quiet = evaluate(c, { tickets: [ticket('QUIET', [])] }, { now: at(2, 11) });
    expect(quiet.objectives.find((o) => o.objective === 'replies')!.detail).toMatchObject({ counted: 0, pending: 1, notOwed: 0 });
    expect(valid(late)).toEqual([]);
  });
});

describe('first time right from the ticket events', () => {
  const c = contractOf(
    sla(`${targets()}
objective ftr "First time right" {
  first time right of tickets at least 80% per month
}
objective ftr_requests "First time right, requests" {
  first time right of requests at least 80% per month
}
`),
  );
  const resolved = { at: at(2, 15), status: 'resolved' };
  const tickets = [
    ticket('ONE-REPLY', [{ at: at(2, 11), message: 'provider' }, resolved]),
    // A thank-you after the reply does not make a second contact (Zendesk's one-touch rule).
    ticket('THANKS', [{ at: at(2, 11), message: 'provider' }, { at: at(2, 12), message: 'customer' }, resolved], { channel: 'request' }),
    ticket('NO-MESSAGES', [resolved]),
    ticket('TWO-REPLIES', [{ at: at(2, 11), message: 'provider' }, { at: at(2, 12), message: 'provider' }, resolved]),
    ticket('ASKED-CUSTOMER', [{ at: at(2, 10), status: 'waiting for customer' }, { at: at(2, 11), status: 'in progress' }, resolved], {
      channel: 'request',
    }),
    ticket('HANDED-ON', [{ at: at(2, 10), status: 'wacht op leverancier' }, { at: at(2, 11), status: 'in behandeling' }, resolved]),
    ticket('REOPENED', [resolved, { at: at(3, 10), status: 'reopened' }, { at: at(3, 11), status: 'resolved' }]),
    // Replies after the resolution (a closing note) do not count against it.
    ticket('NOTE-AFTER', [{ at: at(2, 11), message: 'provider' }, resolved, { at: at(2, 16), message: 'provider' }]),
    ticket('STILL-OPEN', []),
  ];
  const r = evaluate(c, { tickets }, { now: at(4, 9) });
  const ftr = r.objectives.find((o) => o.objective === 'ftr')!;

  it('counts the resolved tickets that were not reopened, had at most one reply and never waited', () => {
    // 4 of 8 resolved: ONE-REPLY, THANKS, NO-MESSAGES, NOTE-AFTER.
    expect(ftr.sli).toBe(50);
    expect(ftr.met).toBe(false);
    expect(ftr.detail).toMatchObject({ kind: 'quality', metric: 'first-time-right', basis: 'tickets', observations: 8 });
  });

  it('traces the tickets that were not first time right', () => {
    expect((ftr.detail as { records: Array<{ id: string | null }> }).records.map((x) => x.id)).toEqual([
      'TWO-REPLIES',
      'ASKED-CUSTOMER',
      'HANDED-ON',
      'REOPENED',
    ]);
    expect(ftr.explain[0]).toMatchObject({
      rule: 'quality.first-time-right',
      text: '4 of 8 resolved tickets first time right: not reopened, at most one reply, never waiting for the customer or a third party (1 still open, not counted)',
    });
  });

  it('counts the tickets of its channel only', () => {
    expect(r.objectives.find((o) => o.objective === 'ftr_requests')!).toMatchObject({ sli: 50 });
  });

  it('takes no measurements', () => {
    const m = evaluate(c, { tickets, measurements: [{ objective: 'ftr', period: '2026-03', value: 90 }] });
    expect(m.data.problems[0]!.message).toBe("objective 'ftr' is computed from the ticket data: it takes no measurements");
    expect(valid(m)).toEqual([]);
  });
});

describe('averages and percentiles start where the ticket clock starts', () => {
  const c = (start: string) =>
    contractOf(
      sla(`${targets(start)}
objective mttr "MTTR" {
  average resolution time at most 4 business hours per month on office
}
objective p90 "P90 response" {
  90th percentile of response time at most 1 business hour per month on office
}
`),
    );
  // Created 09:00, assigned 11:00, responded 11:30, resolved 14:00.
  const data = { tickets: [ticket('T1', [{ at: at(2, 14), status: 'resolved' }], { assigned: at(2, 11), responded: at(2, 11, 30) })] };
  const value = (r: Report, name: string) => r.objectives.find((o) => o.objective === name)!.sli;

  it('from creation by default', () => {
    const r = evaluate(c(''), data);
    expect(value(r, 'mttr')).toBe(5);
    expect(value(r, 'p90')).toBe(2.5);
  });

  it('from the assignment with `clocks start at assignment`, as the ticket clock', () => {
    const r = evaluate(c('clocks start at assignment'), data);
    expect(value(r, 'mttr')).toBe(3);
    expect(value(r, 'p90')).toBe(0.5);
    expect(r.tickets[0]!.resolution!.elapsedMs).toBe(3 * 3_600_000);
  });

  it('a ticket resolved before its start condition took no time; one not started yet is pending', () => {
    const r = evaluate(
      c('clocks start at status "in progress"'),
      {
        tickets: [ticket('EARLY', [{ at: at(2, 14), status: 'resolved' }]), ticket('WAITING', [], { responded: null })],
      },
      { now: at(2, 16) },
    );
    expect(value(r, 'mttr')).toBe(0);
    expect(r.objectives.find((o) => o.objective === 'mttr')!.detail).toMatchObject({ counted: 1, pending: 1 });
  });
});
