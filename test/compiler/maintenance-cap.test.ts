/**
 * A maintenance cap is an amount of window time. In working or calendar days, months or years it
 * has no length: the engines read `1 working day` as 1 millisecond and `1 month` as none, so all
 * of the maintenance counted as downtime. Such a cap is an `ambiguous-duration` error whose fix
 * gives the hours (a working day of the objective's calendar, 24 per calendar day).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import { contractOf } from '../evaluate/helpers.js';

const contract = (cap: string, on = ' on office') => `agreement "Caps" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2026-12-31
  languages en
  timezone Europe/Amsterdam
}
calendar office {
  timezone Europe/Amsterdam
  monday to friday 09:00 to 17:00
}
service Platform {
}
objective uptime {
  availability of service Platform at least 99% per quarter${on}
  excluding maintenance, at most ${cap} per quarter
}
`;

const errors = (text: string) =>
  analyze(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ code: d.code, line: d.range.start.line, message: d.message, fix: d.fix?.edits[0]?.newText ?? null }));

describe('a maintenance cap in days, months or years', () => {
  it.each([
    ['1 working day', ' on office', '`8 hours`', '8 hours'],
    ['2 calendar days', ' on office', '`48 hours`', '48 hours'],
    ['1 working day', '', 'hours, such as `at most 8 hours per month`', null],
    ['1 month', ' on office', 'hours, such as `at most 8 hours per month`', null],
    ['1 year', '', 'hours, such as `at most 8 hours per month`', null],
  ])('at most %s per quarter (objective%s): an error on its line, with the hours', (cap, on, instead, fix) => {
    const got = errors(contract(cap, on));
    expect(got).toHaveLength(1);
    // Line 17 of the file (0-based): the exclusion.
    expect(got[0]).toMatchObject({ code: 'ambiguous-duration', line: 16, fix });
    expect(got[0]!.message).toContain(`${cap} is no fixed length of time`);
    expect(got[0]!.message).toContain(instead);
  });

  it('in hours, days or weeks it is a length of time, and the fixed cap excludes the maintenance', () => {
    for (const cap of ['8 hours', '1 day', '1 week']) expect(errors(contract(cap))).toEqual([]);
    const ev = new Evaluation(contractOf(contract('8 hours')), {});
    ev.supply('outage');
    ev.beginInput('outages.ndjson', 'outage', 'ndjson');
    const outage = { id: 'O1', service: 'Platform', start: '2026-02-03T10:00:00+01:00', end: '2026-02-03T12:00:00+01:00', kind: 'planned' };
    ev.addRecord('outage', outage, { file: 'outages.ndjson', line: 1, index: 0 });
    ev.endInput();
    const [q1] = ev.finish().objectives;
    expect(q1!.detail).toMatchObject({ kind: 'availability', downtimeMs: 0, counted: { overCapMs: 0 } });
  });
});
