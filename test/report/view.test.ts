/**
 * The report's view model in-process: the distribution of response and resolution times against
 * targets in any unit (hours, business hours, working days), and the trend of always twelve
 * periods ending at the report's, with the unmeasured ones as gaps.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportView, renderReport, TicketFacts, type ReportView } from '../../compiler/report/index.js';
import { evaluate } from '../../runtime/evaluate/engine.js';
import type { ObjectiveResult } from '../../runtime/evaluate/report.js';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import { modelOf, sla } from '../evaluate/helpers.js';

const contract = sla(`
priority P1 "P1"
priority P2 "P2"
targets {
  calendar office
  response P1 within 2 hours on always
  resolution P1 within 3 working days
  response P2 within 1 business hour
  resolution P2 within 8 business hours
}

objective respond "Respond" {
  90% of tickets responded within 2 hours per month on always
}
`);

const ticket = (id: string, priority: string, created: string, responded: string, resolved: string) => ({
  id,
  priority,
  created,
  responded,
  resolved,
});

describe('report view', () => {
  let view: ReportView;
  beforeAll(() => {
    const model = modelOf(contract);
    const facts = new TicketFacts(model, (d) => d.startsWith('2026-03'));
    const history: ObjectiveResult[] = [];
    const report = evaluate(
      toRuntimeContract(model, 'test.sla'),
      {
        tickets: [
          // Tuesday 10 March: response after 1 hour of 2 (50%), resolved after 2 of 3 working days (66.7%).
          ticket('A', 'P1', '2026-03-10T10:00:00+01:00', '2026-03-10T11:00:00+01:00', '2026-03-12T10:00:00+01:00'),
          // Response after 5 hours of 2 (250%: the last bin), resolved after 4 working days (133.3%).
          ticket('B', 'P1', '2026-03-10T10:00:00+01:00', '2026-03-10T15:00:00+01:00', '2026-03-16T10:00:00+01:00'),
          // Business hours: response after 30 minutes of 1 (50%), resolved after 4 of 8 business hours (50%).
          ticket('C', 'P2', '2026-03-11T09:00:00+01:00', '2026-03-11T09:30:00+01:00', '2026-03-11T13:00:00+01:00'),
          // January: a measured period of the trend before the report's; February has no ticket.
          ticket('D', 'P2', '2026-01-13T09:00:00+01:00', '2026-01-13T09:30:00+01:00', '2026-01-13T13:00:00+01:00'),
        ],
      },
      { period: '2026-03', language: 'en', onTicket: (t, f) => facts.add(t, f), onObjective: (r) => history.push(r) },
    );
    view = buildReportView({ report, model, history, tickets: facts, lang: 'en' });
  });

  it('charts response and resolution times per priority, day-counted targets included', () => {
    const bins = (clock: string, priority: string) => view.distribution.find((d) => d.clock === clock && d.priority === priority)?.bins;
    // USED_BOUNDS: ≤25, ≤50, ≤75, ≤100, ≤125, ≤150, ≤200, >200.
    expect(bins('response', 'P1')).toEqual([0, 1, 0, 0, 0, 0, 0, 1]);
    expect(bins('resolution', 'P1')).toEqual([0, 0, 1, 0, 0, 1, 0, 0]);
    expect(bins('response', 'P2')).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
    expect(bins('resolution', 'P2')).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('trends over the twelve periods ending at the report period, unmeasured ones as gaps', async () => {
    const trend = view.objectives.find((o) => o.name === 'respond')!.trend;
    expect(trend.map((p) => p.period)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(trend.filter((p) => p.sli !== null).map((p) => p.period)).toEqual(['2026-01', '2026-03']);
    const html = await renderReport(view, 'html');
    const chart = /<figure class="chart" id="chart1">([\s\S]*?)<\/figure>/.exec(html)![1]!;
    // Every period on the axis; the ten without a measurement say so.
    expect(chart.match(/>no data</g)).toHaveLength(10);
    expect(chart).toContain('>April 2025<');
  });
});
