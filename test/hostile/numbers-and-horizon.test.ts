/**
 * Numbers beyond their range and clocks beyond the calendar: reported by the checker with the
 * range allowed, never Infinity or NaN in a document or report, never an internal error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { renderDocument } from '../../compiler/document/index.js';
import { root, slac, variant, writeSla } from './helpers.js';

const huge = `1${'0'.repeat(400)}`;
const errors = (text: string) => analyze(text).diagnostics.filter((d) => d.severity === 'error');
const onlyOutOfRange = (text: string) => {
  const found = errors(text);
  expect(found.map((d) => d.code)).toEqual(['value-out-of-range']);
  return found[0]!.message;
};

describe('every number has a range', () => {
  it.each([
    ['a fee of 10^400', 'monthly fee EUR 12500', `monthly fee EUR ${huge}`, 'between EUR 0 and EUR 1,000,000,000,000'],
    [
      'a cap of 10^400%',
      'at most 30% of monthly fee per month',
      `at most ${huge}% of monthly fee per month`,
      'between -1,000,000,000,000 and 1,000,000,000,000',
    ],
    ['a cap of 5000% of the fee', 'at most 30% of monthly fee per month', 'at most 5000% of monthly fee per month', 'between 0% and 1000%'],
    ['a credit of EUR 10^400', 'below 80% credit EUR 250', `below 80% credit EUR ${huge}`, 'EUR 1,000,000,000,000'],
    ['a threshold of 150%', 'above 95% bonus 4% of monthly fee', 'above 150% bonus 4% of monthly fee', 'between 0% and 100%'],
    ['a tally of 10^400 calls', '95 calls answered after 20 seconds', `${huge} calls answered after 20 seconds`, '1,000,000,000,000'],
    ['a measured value of 10^400%', 'measured ftr in 2026-03 is 82%', `measured ftr in 2026-03 is ${huge}%`, '1,000,000,000,000'],
    [
      'a rate per 10^400 tasks',
      'error rate at most 2 per 100 tasks per month',
      `error rate at most 2 per ${huge} tasks per month`,
      '1,000,000,000,000',
    ],
  ])('%s is value-out-of-range with the allowed range', (_what, find, replace, range) => {
    expect(onlyOutOfRange(variant(find, replace))).toContain(range);
  });

  it('a 400-digit number is shortened in the message', () => {
    expect(onlyOutOfRange(variant('monthly fee EUR 12500', `monthly fee EUR ${huge}`)).length).toBeLessThan(200);
  });

  it('the largest fee allowed renders without Infinity or NaN', () => {
    const text = variant('monthly fee EUR 12500', 'monthly fee EUR 999999999999').replace(
      'at most EUR 50000 per 12 months',
      'at most EUR 999999999999 per 12 months',
    );
    expect(errors(text)).toEqual([]);
    const model = analyze(text).model!;
    for (const lang of ['nl', 'en'] as const) {
      for (const format of ['md', 'html'] as const) expect(renderDocument(model, { lang, format })).not.toMatch(/∞|NaN|Infinity/);
    }
  });
});

describe('clocks stay inside the precomputed calendars', () => {
  const managed = readFileSync(join(root, 'examples/managed-it.sla'), 'utf8');
  it.each([
    [
      '100000 business hours',
      'resolution P1 within 4 business hours',
      'resolution P1 within 100000 business hours',
      'at most 2,600 business hours on calendar office',
    ],
    [
      '5000 working days',
      'resolution P4 within 10 working days',
      'resolution P4 within 5000 working days',
      'at most 260 working days on calendar office',
    ],
    [
      '200000 hours',
      'resolution P1 within 4 hours on always',
      'resolution P1 within 200000 hours on always',
      'at most 8,736 hours on calendar always',
    ],
    ['an escalation after 400 working days', 'after 15 working days', 'after 400 working days', 'at most 260 working days'],
  ])('a target of %s is value-out-of-range', (_what, find, replace, bound) => {
    expect(onlyOutOfRange(variant(find, replace, managed))).toContain(bound);
  });

  it('a term to 9999-12-31 is bounded to 10 years, with a fix', () => {
    const [d] = errors(variant('term 2026-01-01 to 2027-12-31', 'term 2026-01-01 to 9999-12-31', managed));
    expect(d?.code).toBe('value-out-of-range');
    expect(d?.fix?.edits[0]?.newText).toBe('2035-12-31');
  });

  it('the longest target allowed, for a ticket at the edge of the record margin, evaluates (no exit 70)', () => {
    const file = writeSla(variant('resolution P1 within 4 business hours', 'resolution P1 within 2600 business hours', managed));
    const data = join(file, '..', 'tickets-edge.ndjson');
    writeFileSync(data, `${JSON.stringify({ id: 'EDGE', priority: 'P1', tier: 'Standaard', created: '2028-12-20T09:00:00+01:00' })}\n`);
    const r = slac(['evaluate', file, '--data', data, '--now', '2028-12-21T09:00:00+01:00', '--format', 'text']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/∞|NaN|Infinity/);
  });
});
