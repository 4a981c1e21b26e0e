import { describe, it, expect } from 'vitest';
import Holidays from 'date-holidays';
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

  it('reads the same countries and regions from the data table as date-holidays\' engine reports', () => {
    // The checker reads the table alone (holiday-sets.ts) so that `slac check` does not load the engine.
    const engine = new Holidays();
    const countries = Object.keys(engine.getCountries()).sort();
    expect(countryCodes()).toEqual(countries);
    for (const country of countries) {
      const states = (engine.getStates(country) as Record<string, string> | undefined) ?? {};
      for (const region of Object.keys(states)) {
        expect(isKnownRegion(country, region), `${country}-${region}`).toBe(Object.hasOwn(states, region.toUpperCase()));
      }
      expect(isKnownRegion(country, 'NO-SUCH-REGION')).toBe(false);
    }
  });
});
