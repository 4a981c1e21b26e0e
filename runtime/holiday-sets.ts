/**
 * Which holiday sets exist: the countries and subdivisions date-holidays has public holidays for.
 *
 * Read from date-holidays' data table alone (`date-holidays/data`), not from its rule engine, so
 * checking a contract does not load the engine and what it pulls in (astronomical calendars,
 * moment-timezone); only computing holiday dates does (./holidays.ts). Same answers as
 * `new Holidays().getCountries()` / `getStates()`, which read this table (a test holds them equal).
 */
import { data } from 'date-holidays/data';

const table = data.holidays;

let countries: Set<string> | undefined;
function countrySet(): Set<string> {
  countries ??= new Set(Object.keys(table));
  return countries;
}

/** ISO 3166-1 alpha-2 codes date-holidays knows, sorted. */
export function countryCodes(): string[] {
  return [...countrySet()].sort();
}

export function isKnownCountry(code: string): boolean {
  return countrySet().has(code.toUpperCase());
}

/** True when `region` is a subdivision (date-holidays "state", or "region" where it has no states) of a known `country`. */
export function isKnownRegion(country: string, region: string): boolean {
  if (!isKnownCountry(country)) return false;
  const entry = table[country.toUpperCase()]!;
  const states = entry.states ?? entry.regions;
  return states !== undefined && Object.prototype.hasOwnProperty.call(states, region.toUpperCase());
}
