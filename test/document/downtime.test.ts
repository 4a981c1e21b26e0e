/** Derived facts: allowed downtime per availability target, over 24×7 months and an office-hours calendar. */
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../compiler/document/index.js';
import { allowedDowntimeMs, AVERAGE_MONTH_DAYS, calendarWindows, DAY_MS, termWindows } from '../../compiler/document/downtime.js';
import { formatSpan } from '../../compiler/document/format/duration.js';
import { contract, modelOf } from './helpers.js';

const seconds = (ms: number) => Math.round(ms / 1000);

describe('allowed downtime over 24×7 months', () => {
  // [target, days, exact seconds, Dutch, English]
  const cases: Array<[number, number, number, string, string]> = [
    [99.5, 28, 12_096, '3 uur, 21 minuten en 36 seconden', '3 hours, 21 minutes and 36 seconds'],
    [99.5, 30, 12_960, '3 uur en 36 minuten', '3 hours and 36 minutes'],
    [99.5, 31, 13_392, '3 uur, 43 minuten en 12 seconden', '3 hours, 43 minutes and 12 seconds'],
    [99.9, 28, 2_419.2, '40 minuten en 19 seconden', '40 minutes and 19 seconds'],
    [99.9, 30, 2_592, '43 minuten en 12 seconden', '43 minutes and 12 seconds'],
    [99.9, 31, 2_678.4, '44 minuten en 38 seconden', '44 minutes and 38 seconds'],
    [99.95, 28, 1_209.6, '20 minuten en 10 seconden', '20 minutes and 10 seconds'],
    [99.95, 30, 1_296, '21 minuten en 36 seconden', '21 minutes and 36 seconds'],
    [99.95, 31, 1_339.2, '22 minuten en 19 seconden', '22 minutes and 19 seconds'],
    [99.99, 28, 241.92, '4 minuten en 2 seconden', '4 minutes and 2 seconds'],
    [99.99, 30, 259.2, '4 minuten en 19 seconden', '4 minutes and 19 seconds'],
    [99.99, 31, 267.84, '4 minuten en 28 seconden', '4 minutes and 28 seconds'],
  ];
  it.each(cases)('%s%% over %s days', (target, days, exact, nl, en) => {
    const ms = allowedDowntimeMs(days * DAY_MS, target);
    expect(ms / 1000).toBeCloseTo(exact, 6);
    expect(formatSpan(ms, 'nl')).toBe(nl);
    expect(formatSpan(ms, 'en')).toBe(en);
  });

  it('an average month is 365.25 / 12 = 30.4375 days: 99.9% allows 43 minutes and 50 seconds', () => {
    expect(AVERAGE_MONTH_DAYS).toBe(30.4375);
    const ms = allowedDowntimeMs(AVERAGE_MONTH_DAYS * DAY_MS, 99.9);
    expect(ms / 1000).toBeCloseTo(2_629.8, 6);
    expect(formatSpan(ms, 'nl')).toBe('43 minuten en 50 seconden');
    expect(seconds(allowedDowntimeMs(AVERAGE_MONTH_DAYS * DAY_MS, 99.5))).toBe(13_149);
    expect(seconds(allowedDowntimeMs(AVERAGE_MONTH_DAYS * DAY_MS, 99.95))).toBe(1_315);
    expect(seconds(allowedDowntimeMs(AVERAGE_MONTH_DAYS * DAY_MS, 99.99))).toBe(263);
  });

  it('appears in the document with a row per length of month in the term', () => {
    const model = modelOf(
      contract(
        'objective uptime nl "Beschikbaarheid" en "Availability" {\n  availability of service platform at least 99.9% per month on always\n}',
      ),
    );
    const nl = renderDocument(model, { lang: 'nl', format: 'md' });
    expect(nl).toContain(
      'bedraagt ten minste 99,9%, gemeten per kalendermaand binnen het servicevenster 24/7. Dat komt neer op ten hoogste 43 minuten en 50 seconden downtime in een gemiddelde maand.',
    );
    expect(nl).toContain('| 28 dagen | 672 uur | 40 minuten en 19 seconden |');
    expect(nl).toContain('| 30 dagen | 720 uur | 43 minuten en 12 seconden |');
    expect(nl).toContain('| 31 dagen | 744 uur | 44 minuten en 38 seconden |');
    expect(nl).toContain('| 30,4375 dagen (gemiddeld) | 730,5 uur | 43 minuten en 50 seconden |');
    expect(nl).not.toContain('29 dagen'); // 2026 is not a leap year
    const en = renderDocument(model, { lang: 'en', format: 'md' });
    expect(en).toContain('This amounts to at most 43 minutes and 50 seconds of downtime in an average month.');
    expect(en).toContain('| 31 days | 744 hours | 44 minutes and 38 seconds |');
  });
});

describe('allowed downtime over an office-hours calendar', () => {
  const office = {
    name: 'office',
    zone: 'Europe/Amsterdam',
    weekly: [0, 1, 2, 3, 4].map(() => [[540, 1020] as const]).concat([[], []]),
    holidays: [{ country: 'NL' }],
    closed: [],
  };

  it('counts the open hours of each month: weekdays 09:00–17:00 without Dutch public holidays', () => {
    const windows = termWindows({ from: '2026-01-01', to: '2026-12-31' }, { unit: 'month', count: 1, rolling: false })!;
    expect(windows).toHaveLength(12);
    const computed = calendarWindows(office, windows, 99.9);
    const hours = computed.map((w) => w.openMs / 3_600_000);
    // March: 22 weekdays; April: 22 weekdays less Easter Monday and King's Day; May: 21 less Ascension and Whit Monday.
    expect(hours.slice(2, 5)).toEqual([176, 160, 152]);
    // January: 22 weekdays less New Year's Day; December: 23 weekdays less Christmas Day (Boxing Day is a Saturday).
    expect(hours[0]).toBe(168);
    expect(hours[11]).toBe(176);
    expect(formatSpan(computed[2]!.allowedMs, 'nl')).toBe('10 minuten en 34 seconden'); // 176 h × 0.1% = 10.56 min
    expect(formatSpan(computed[3]!.allowedMs, 'nl')).toBe('9 minuten en 36 seconden'); // 160 h × 0.1%
    expect(seconds(allowedDowntimeMs(176 * 3_600_000, 99.5))).toBe(3_168); // 52 min 48 s
  });

  it('puts the figure per month in an annex and the range in the article', () => {
    const model = modelOf(
      contract(
        'objective mail nl "Beschikbaarheid e-mail" en "E-mail availability" {\n  availability of service platform at least 99.9% per month on office\n}',
      ),
    );
    const nl = renderDocument(model, { lang: 'nl', format: 'md' });
    expect(nl).toContain('| maart 2026 | 176 uur | 10 minuten en 34 seconden |');
    expect(nl).toContain('| april 2026 | 160 uur | 9 minuten en 36 seconden |');
    expect(nl).toMatch(/varieert in de meetperioden van de looptijd van [^;]+ tot [^;]+; bijlage B vermeldt/);
    expect(nl).toContain('## Bijlage B Toegestane downtime per meetperiode');
    const en = renderDocument(model, { lang: 'en', format: 'md' });
    expect(en).toContain('| March 2026 | 176 hours | 10 minutes and 34 seconds |');
  });

  it('enumerates rolling windows inside the term', () => {
    const windows = termWindows({ from: '2026-01-01', to: '2027-12-31' }, { unit: 'month', count: 12, rolling: true })!;
    expect(windows).toHaveLength(13);
    expect(windows[0]).toMatchObject({ from: '2026-01-01', to: '2026-12-31', days: 365 });
    expect(windows[12]).toMatchObject({ from: '2027-01-01', to: '2027-12-31' });
  });
});
