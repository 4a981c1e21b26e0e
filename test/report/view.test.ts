/**
 * The report's view model in-process: the distribution of response and resolution times against
 * targets in any unit (hours, business hours, working days), and the trend of always twelve
 * periods ending at the report's, with the unmeasured ones as gaps; the runtime's messages about
 * the data worded in Dutch from their codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportView, renderReport, TicketFacts, type ReportView } from '../../compiler/report/index.js';
import { evaluate, type EvaluateOptions } from '../../runtime/evaluate/engine.js';
import type { Dataset } from '../../runtime/data/types.js';
import type { ContractModel } from '../../compiler/model.js';
import type { ObjectiveResult } from '../../runtime/evaluate/report.js';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import { PROBLEM_CODES } from '../../runtime/data/problems.js';
import { modelOf, root, sla } from '../evaluate/helpers.js';

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

/** Evaluates tickets against a model as `slac report` does: ticket facts and every period's objectives streamed out. */
function evaluated(model: ContractModel, tickets: unknown[], options: EvaluateOptions, inPeriod: ((d: string) => boolean) | null = null) {
  const facts = new TicketFacts(model, inPeriod);
  const history: ObjectiveResult[] = [];
  const report = evaluate(toRuntimeContract(model, 'test.sla'), { tickets } as Dataset, {
    ...options,
    onTicket: (t, f) => facts.add(t, f),
    onObjective: (r) => history.push(r),
  });
  return { report, facts, history };
}

describe('report view', () => {
  let view: ReportView;
  beforeAll(() => {
    const model = modelOf(contract);
    const { report, facts, history } = evaluated(
      model,
      [
        // Tuesday 10 March: response after 1 hour of 2 (50%), resolved after 2 of 3 working days (66.7%).
        ticket('A', 'P1', '2026-03-10T10:00:00+01:00', '2026-03-10T11:00:00+01:00', '2026-03-12T10:00:00+01:00'),
        // Response after 5 hours of 2 (250%: the last bin), resolved after 4 working days (133.3%).
        ticket('B', 'P1', '2026-03-10T10:00:00+01:00', '2026-03-10T15:00:00+01:00', '2026-03-16T10:00:00+01:00'),
        // Business hours: response after 30 minutes of 1 (50%), resolved after 4 of 8 business hours (50%).
        ticket('C', 'P2', '2026-03-11T09:00:00+01:00', '2026-03-11T09:30:00+01:00', '2026-03-11T13:00:00+01:00'),
        // January: a measured period of the trend before the report's; February has no ticket.
        ticket('D', 'P2', '2026-01-13T09:00:00+01:00', '2026-01-13T09:30:00+01:00', '2026-01-13T13:00:00+01:00'),
      ],
      { period: '2026-03', language: 'en' },
      (d) => d.startsWith('2026-03'),
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

describe('runtime messages in a Dutch report', () => {
  it('every problem code has a Dutch wording', () => {
    const words = readFileSync(join(root, 'compiler/report/templates/nl/words.hbs'), 'utf8');
    const missing = PROBLEM_CODES.filter((code) => !words.includes(`{{#*inline "problem-${code}"}}`));
    expect(missing).toEqual([]);
  });

  it('words rejected records and unknown values from their codes, not the English', async () => {
    const model = modelOf(contract);
    const { report, facts } = evaluated(
      model,
      [
        ticket('A', 'P7', '2026-03-10T10:00:00+01:00', '2026-03-10T11:00:00+01:00', '2026-03-12T10:00:00+01:00'),
        ticket('B', 'P1', '2026-03-10T10:00:00', '2026-03-10T11:00:00+01:00', '2026-03-12T10:00:00+01:00'),
        ticket('C', 'P1', '2026-03-10T10:00:00+01:00', '2026-03-09T11:00:00+01:00', '2026-03-12T10:00:00+01:00'),
        ticket('D', 'P1', '2026-03-25T10:00:00+01:00', '2026-03-25T11:00:00+01:00', '2026-03-25T12:00:00+01:00'),
        {
          ...ticket('E', 'P1', '2026-03-10T10:00:00+01:00', '2026-03-10T11:00:00+01:00', '2026-03-12T10:00:00+01:00'),
          fields: { team: 'X' },
        },
      ],
      { now: '2026-03-20T12:00:00+01:00', language: 'nl' },
    );
    expect(report.data.problems.map((p) => p.code)).toEqual([
      'unknown-priority',
      'timestamp-no-offset',
      'responded-before-created',
      'created-after-now',
    ]);
    const md = await renderReport(buildReportView({ report, model, history: [], tickets: facts, lang: 'nl' }), 'md');
    expect(md).toContain('onbekende prioriteit ‘P7’ (het contract kent P1, P2;');
    expect(md).toContain('tijdstip ‘2026-03-10T10:00:00’ heeft geen UTC-verschuiving');
    expect(md).toContain('de eerste reactie ligt vóór het aanmaken van het ticket');
    expect(md).toContain('aangemaakt na het peilmoment (20 maart 2026 12:00): niet geëvalueerd');
    expect(md).toContain('het contract kent geen veld ‘team’');
    expect(md).toContain('‘P7’ is geen prioriteit van het contract');
    expect(md).not.toMatch(/not evaluated|is not a|unknown priority|alleen in het Engels/);
  });
});

// Amounts are written with a no-break space after the euro sign (the documents' formatter).
describe('credits per incident', () => {
  it('lists the largest, counts and sums the rest, and keeps the totals exact', async () => {
    const model = modelOf(
      `${contract}
credits per ticket {
  response P1 credit EUR 100
  resolution P2 credit EUR 10
}
`,
    );
    const late = (id: string) => ticket(id, 'P1', '2026-03-10T10:00:00+01:00', '2026-03-10T15:00:00+01:00', '2026-03-11T10:00:00+01:00');
    const tickets = [
      // Two small credits first: ranked by amount, they are among those not listed.
      ticket('Q1', 'P2', '2026-03-09T09:00:00+01:00', '2026-03-09T09:30:00+01:00', '2026-03-12T09:00:00+01:00'),
      ticket('Q2', 'P2', '2026-03-09T09:00:00+01:00', '2026-03-09T09:30:00+01:00', '2026-03-12T09:00:00+01:00'),
      ...Array.from({ length: 52 }, (_, i) => late(`L${i + 1}`)),
    ];
    const { report, facts } = evaluated(model, tickets, { period: '2026-03' });
    expect(report.incidentCredits).toHaveLength(54);
    const view = buildReportView({ report, model, history: [], tickets: facts, lang: 'nl' });
    const rows = view.settlement.incidents.rows;
    expect(rows).toHaveLength(50);
    expect(rows.map((r) => r[4]).filter((a) => a !== '€\u00a0100,00')).toEqual([]);
    expect(view.settlement.incidentsOmitted).toEqual({ count: 4, granted: '€\u00a0220,00', total: 54, totalGranted: '€\u00a05.220,00' });
    expect(view.settlement.totals.rows).toEqual([['maart 2026', '€\u00a05.220,00', '€\u00a00,00', '€\u00a05.220,00']]);
    const basis = view.settlement.creditNote!.basis;
    expect(basis).toHaveLength(51);
    const md = await renderReport(view, 'md');
    expect(md).toContain('Nog 4 servicecredits per incident (samen €\u00a0220,00 toegekend) zijn geteld maar niet opgesomd');
    expect(md).toContain('Alle 54 samen: €\u00a05.220,00 toegekend');
    expect(md).toContain('- nog 4 servicecredits per incident: €\u00a0220,00');
  });
});
