/** Lists the editor offers: IANA time zones, holiday countries and regions, currencies. */
import Holidays from 'date-holidays';
import { countryCodes } from '../../runtime/holidays.js';
let zones;
/** Every IANA zone this Node knows, plus UTC. */
export function timeZoneList() {
    return (zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')]);
}
let registry;
function holidays() {
    return (registry ??= new Holidays({ timezone: 'UTC' }));
}
let countries;
/** Countries with public-holiday data (ISO 3166-1 alpha-2), with their names. */
export function countryList() {
    if (!countries) {
        const names = holidays().getCountries('en');
        countries = countryCodes().map((code) => ({ code, name: names[code] ?? code }));
    }
    return countries;
}
/** Regions (date-holidays "states") of a country. */
export function regionList(country) {
    try {
        const states = holidays().getStates(country.toUpperCase(), 'en');
        return Object.entries(states ?? {}).map(([code, name]) => ({ code, name }));
    }
    catch {
        return [];
    }
}
let currencies;
/** ISO 4217 codes, the common ones first. */
export function currencyList() {
    if (!currencies) {
        const common = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN'];
        currencies = [...common, ...Intl.supportedValuesOf('currency').filter((c) => !common.includes(c))];
    }
    return currencies;
}
