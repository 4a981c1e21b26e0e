/** One formatter per value type per locale: Dutch and English as a lawyer writes them. */
import { describe, expect, it } from 'vitest';
import { formatCountry } from '../../compiler/document/format/country.js';
import { formatDate, formatDateRange, formatDateTime, formatDateWithWeekday, formatMonth } from '../../compiler/document/format/date.js';
import { formatDuration, formatSpan } from '../../compiler/document/format/duration.js';
import { formatMoney, percentOf } from '../../compiler/document/format/money.js';
import { formatRate, formatScore } from '../../compiler/document/format/number.js';
import { formatPercentage } from '../../compiler/document/format/percentage.js';
import { formatPeriodLiteral } from '../../compiler/document/format/period.js';
import { formatHoursLine } from '../../compiler/document/format/weekdays.js';

const NBSP = '\u00a0';

describe('Dutch', () => {
  it('percentages', () => {
    expect(formatPercentage(99.9, 'nl')).toBe('99,9%');
    expect(formatPercentage(99.95, 'nl')).toBe('99,95%');
    expect(formatPercentage(80, 'nl')).toBe('80%');
    expect(formatPercentage(83.5, 'nl')).toBe('83,5%');
  });

  it('money: euro sign, no-break space, thousands with dots, cents with a comma', () => {
    expect(formatMoney(1_250_000, 'EUR', 'nl')).toBe(`€${NBSP}12.500,00`);
    expect(formatMoney(8_450_000, 'EUR', 'nl')).toBe(`€${NBSP}84.500,00`);
    expect(formatMoney(percentOf(1_250_000, 5), 'EUR', 'nl')).toBe(`€${NBSP}625,00`);
    expect(percentOf(8_450_000, 3)).toBe(253_500);
  });

  it('dates', () => {
    expect(formatDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatDateWithWeekday('2026-12-25', 'nl')).toBe('vrijdag 25 december 2026');
    expect(formatDateTime('2026-03-06', '17:00', 'nl')).toBe('vrijdag 6 maart 2026, 17:00');
    expect(formatMonth(2026, 3, 'nl')).toBe('maart 2026');
    expect(formatDateRange('2026-01-01', '2026-03-31', 'nl')).toBe('1 januari 2026 t/m 31 maart 2026');
    expect(formatPeriodLiteral('2026-Q2', 'nl')).toBe('het tweede kwartaal van 2026');
  });

  it('weekday ranges and opening hours', () => {
    const hours = (days: Array<[string, string]>, ranges: Array<[string, string]>, everyDay = false) =>
      formatHoursLine(
        { everyDay, days: days.map(([from, to]) => ({ from, to }) as never), ranges: ranges.map(([from, to]) => ({ from, to })) },
        'nl',
      );
    expect(hours([['monday', 'friday']], [['08:00', '18:00']])).toBe('maandag t/m vrijdag 08:00–18:00');
    expect(
      hours(
        [
          ['saturday', 'saturday'],
          ['sunday', 'sunday'],
        ],
        [
          ['09:00', '12:00'],
          ['13:00', '18:00'],
        ],
      ),
    ).toBe('zaterdag en zondag 09:00–12:00 en 13:00–18:00');
    expect(
      hours(
        [
          ['monday', 'monday'],
          ['wednesday', 'wednesday'],
          ['friday', 'friday'],
        ],
        [['08:00', '22:00']],
      ),
    ).toBe('maandag, woensdag en vrijdag 08:00–22:00');
    expect(hours([], [], true)).toBe('dagelijks 00:00–24:00');
  });

  it('durations in words: plain time, business hours, working and calendar days', () => {
    expect(formatDuration({ value: 15, unit: 'minute', clock: 'elapsed' }, 'nl')).toBe('15 minuten');
    expect(formatDuration({ value: 1, unit: 'hour', clock: 'elapsed' }, 'nl')).toBe('1 uur');
    expect(formatDuration({ value: 24, unit: 'hour', clock: 'elapsed' }, 'nl')).toBe('24 uur');
    expect(formatDuration({ value: 6, unit: 'month', clock: 'elapsed' }, 'nl')).toBe('6 maanden');
    expect(formatDuration({ value: 2, unit: 'day', clock: 'working' }, 'nl')).toBe('2 werkdagen');
    expect(formatDuration({ value: 1, unit: 'day', clock: 'working' }, 'nl')).toBe('1 werkdag');
    expect(formatDuration({ value: 4, unit: 'hour', clock: 'business' }, 'nl')).toBe('4 uur');
    expect(formatDuration({ value: 1, unit: 'hour', clock: 'business' }, 'nl')).toBe('1 uur');
    expect(formatDuration({ value: 30, unit: 'minute', clock: 'business' }, 'nl')).toBe('30 minuten');
    expect(formatDuration({ value: 2, unit: 'day', clock: 'calendar' }, 'nl')).toBe('2 kalenderdagen');
    expect(formatSpan(43 * 60_000 + 50_000, 'nl')).toBe('43 minuten en 50 seconden');
    expect(formatSpan(0, 'nl')).toBe('0 seconden');
  });

  it('scores, rates and countries', () => {
    expect(formatScore(8.5, 10, 'nl')).toBe('8,5 op een schaal van 10');
    expect(formatRate(1.4, 100, 'nl')).toBe('1,4 per 100');
    expect(formatCountry('NL', 'nl')).toBe('Nederland');
    expect(formatCountry('US', 'nl')).toBe('de Verenigde Staten');
  });
});

describe('English', () => {
  it('formats the same values in British English', () => {
    expect(formatPercentage(99.9, 'en')).toBe('99.9%');
    expect(formatMoney(1_250_000, 'EUR', 'en')).toBe('€12,500.00');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDateTime('2026-03-06', '17:00', 'en')).toBe('Friday 6 March 2026, 17:00');
    expect(
      formatHoursLine({ everyDay: false, days: [{ from: 'monday', to: 'friday' }], ranges: [{ from: '08:00', to: '18:00' }] }, 'en'),
    ).toBe('Monday to Friday 08:00–18:00');
    expect(formatDuration({ value: 4, unit: 'hour', clock: 'business' }, 'en')).toBe('4 hours');
    expect(formatDuration({ value: 5, unit: 'day', clock: 'working' }, 'en')).toBe('5 working days');
    expect(formatDuration({ value: 15, unit: 'minute', clock: 'elapsed' }, 'en')).toBe('15 minutes');
    expect(formatScore(8, 10, 'en')).toBe('8 out of 10');
    expect(formatCountry('NL', 'en')).toBe('the Netherlands');
    expect(formatPeriodLiteral('2026-Q1', 'en')).toBe('the first quarter of 2026');
  });
});
