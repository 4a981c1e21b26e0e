/**
 * What the SQL engine refuses since the merge of its parts, worded on the clause's line: the
 * ladders of refused objectives (those of objectives on outages are evaluated), and objectives
 * on tickets excluding volume above the forecast (the volume rule needs the tickets in order). And
 * what it no longer refuses: the escalations of the examples' tickets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncoveredFeatures, uncoveredMessage } from '../../compiler/emit/sql/coverage.js';
import { ticketEscalations } from '../../compiler/emit/sql/escalations.js';
import { contractOf } from '../evaluate/helpers.js';

const head = `agreement "Refused" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2026-12-31
  monthly fee EUR 1000
  languages en
  timezone Europe/Amsterdam
}
calendar office {
  timezone Europe/Amsterdam
  monday to friday 09:00 to 17:00
}
priority P1
`;

const refused = (body: string) =>
  uncoveredFeatures(contractOf(head + body, 'refused.sla')).map((u) => ({ line: u.line, message: uncoveredMessage(u) }));

describe('sql-unsupported after the merge', () => {
  it('the ladders of an availability objective are evaluated; those of a refused objective are refused with it', () => {
    const body = `service Platform {
}
objective uptime {
  availability of service Platform at least 99% per month
}
credits for uptime {
  below 99% credit 5% of monthly fee
}
targets {
  response P1 within 1 hour
  resolution P1 within 8 hours
  next reply P1 within 4 hours
}
objective requests {
  90% of tickets replied on time per month
  excluding volume above 110% of forecast
}
bonus for requests {
  above 95% bonus EUR 100
}
`;
    expect(refused(body).map((r) => [r.line, r.message.split(' yet')[0]])).toEqual([
      [27, "the SQL engine does not evaluate objective 'requests' (a percentage objective excluding volume above the forecast)"],
      [31, "the SQL engine does not evaluate bonus for 'requests'"],
    ]);
  });

  it('objectives with clocks of their own beside pause caps are evaluated; one on tickets excluding volume above the forecast is refused', () => {
    const body = `statuses {
  "Open" starts
  "Waiting" pauses waiting for customer
  "Resolved" resolves
}
targets {
  calendar office
  response P1 within 1 business hour
  resolution P1 within 8 business hours
  paused while waiting for customer, at most 4 hours per ticket
}
objective mean {
  average resolution time of tickets at most 8 business hours per month on office
  for priority P1
}
objective within_days {
  90% of tickets resolved within 5 working days per month on office
  excluding force majeure
}
objective forecasted {
  90% of tickets resolved on time per month
  excluding volume above 115% of forecast
}
`;
    expect(refused(body)).toEqual([
      {
        line: 33,
        message:
          "the SQL engine does not evaluate objective 'forecasted' (a percentage objective excluding volume above the forecast) yet: evaluate this contract with --engine js (the default), or compile it with --target js",
      },
    ]);
  });
});

describe('the examples are evaluated in SQL', () => {
  const examples = join(import.meta.dirname, '../../examples');
  const names = readdirSync(examples).filter((f) => f.endsWith('.sla'));
  it.each(names)('%s: nothing is refused, its escalations of tickets included', (name) => {
    const contract = contractOf(readFileSync(join(examples, name), 'utf8'), name);
    expect(ticketEscalations(contract).length).toBeGreaterThan(0);
    expect(uncoveredFeatures(contract)).toEqual([]);
  });
});
