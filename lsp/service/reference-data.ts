/** Lists the editor offers: IANA time zones, holiday countries and regions, currencies. */
import Holidays from 'date-holidays';
import { countryCodes } from '../../runtime/holidays.js';

let zones: string[] | undefined;
/** Every IANA zone this Node knows, plus UTC. */
export function timeZoneList(): string[] {
  return (zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')]);
}

let registry: Holidays | undefined;
function holidays(): Holidays {
  return (registry ??= new Holidays({ timezone: 'UTC' }));
}

let countries: Array<{ code: string; name: string }> | undefined;
/** Countries with public-holiday data (ISO 3166-1 alpha-2), with their names. */
export function countryList(): Array<{ code: string; name: string }> {
  if (!countries) {
    const names = holidays().getCountries('en') as Record<string, string>;
    countries = countryCodes().map((code) => ({ code, name: names[code] ?? code }));
  }
  return countries;
}

/** Regions (date-holidays "states") of a country. */
export function regionList(country: string): Array<{ code: string; name: string }> {
  try {
    const states = holidays().getStates(country.toUpperCase(), 'en') as Record<string, string> | undefined;
    return Object.entries(states ?? {}).map(([code, name]) => ({ code, name }));
  } catch {
    return [];
  }
}

let currencies: string[] | undefined;
/** ISO 4217 codes, the common ones first. */
export function currencyList(): string[] {
  if (!currencies) {
    const common = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN'];
    currencies = [...common, ...Intl.supportedValuesOf('currency').filter((c) => !common.includes(c))];
  }
  return currencies;
}
