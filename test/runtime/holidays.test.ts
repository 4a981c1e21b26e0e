import { describe, it, expect } from 'vitest';
import Holidays from 'date-holidays';
import table from '../../runtime/holiday-sets.json' with { type: 'json' };
import { countryCodes, isKnownCountry, isKnownRegion, publicHolidays } from '../../runtime/holidays.js';

describe('publicHolidays', () => {
  it('lists Dutch public holidays of 2026 by local date', () => {
    const nl = publicHolidays([{ country: 'NL' }], 2026, 2026);
    expect(nl.has('2026-04-27')).toBe(true); // Koningsdag
    expect(nl.has('2026-12-25')).toBe(true); // Kerstmis
    expect(nl.has('2026-12-26')).toBe(true);
    // Observances and school/bank holidays are not public holidays.
    expect(nl.has('2026-05-04')).toBe(false); // Dodenherdenking (observance)
    expect(nl.has('2026-12-05')).toBe(false); // Sinterklaasavond (observance)
    expect(nl.has('2026-12-31')).toBe(false); // Oudejaarsavond (bank)
    for (const d of nl) expect(d.startsWith('2026-')).toBe(true);
  });

  it('merges several sets and spans several years', () => {
    const s = publicHolidays([{ country: 'NL' }, { country: 'US' }], 2026, 2027);
    expect(s.has('2026-07-03')).toBe(true); // US Independence Day (observed)
    expect(s.has('2027-04-27')).toBe(true);
    expect(s.has('2026-10-31')).toBe(false); // Halloween, an observance starting at 18:00
  });

  it('closes every local date of a multi-day holiday, and regional ones', () => {
    // Armenia: New Year holiday spans two days.
    const am = publicHolidays([{ country: 'AM' }], 2026, 2026);
    expect(am.has('2026-01-01') && am.has('2026-01-02')).toBe(true);
    const by = publicHolidays([{ country: 'DE', region: 'BY' }], 2026, 2026);
    expect(by.has('2026-01-06')).toBe(true); // Heilige Drei Könige, Bavaria only
    expect(publicHolidays([{ country: 'DE', region: 'BE' }], 2026, 2026).has('2026-01-06')).toBe(false);
  });

  it('rejects unknown countries and regions', () => {
    expect(() => publicHolidays([{ country: 'XX' }], 2026, 2026)).toThrow(RangeError);
    expect(() => publicHolidays([{ country: 'DE', region: 'ZZ' }], 2026, 2026)).toThrow(RangeError);
  });
});

describe('country and region lookup', () => {
  it('knows NL and US but not XX', () => {
    expect(isKnownCountry('NL')).toBe(true);
    expect(isKnownCountry('us')).toBe(true);
    expect(isKnownCountry('XX')).toBe(false);
    expect(countryCodes()).toContain('NL');
    expect(countryCodes().length).toBeGreaterThan(100);
  });

  it('knows subdivisions', () => {
    expect(isKnownRegion('DE', 'BY')).toBe(true);
    expect(isKnownRegion('DE', 'XX')).toBe(false);
    expect(isKnownRegion('XX', 'BY')).toBe(false);
  });

  it('knows exactly the countries and regions the installed date-holidays reports (else: node scripts/holiday-sets.mjs)', () => {
    // The checker reads a table derived from date-holidays (holiday-sets.json) instead of loading it.
    const engine = new Holidays();
    const expected = Object.fromEntries(
      Object.keys(engine.getCountries())
        .sort()
        .map((c) => [c, Object.keys(engine.getStates(c) ?? {}).sort()]),
    );
    expect(table).toEqual(expected);
    expect(countryCodes()).toEqual(Object.keys(expected));
    expect(isKnownRegion('AU', 'nsw')).toBe(true);
    expect(isKnownRegion('AU', 'BY')).toBe(false);
  });
});
