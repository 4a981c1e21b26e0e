/**
 * Names of public holidays and holiday regions in the document's language, from the date-holidays
 * package. The dates themselves come from runtime/holidays.ts (the same days the calendars close);
 * this module only puts a name to them.
 */
import Holidays from 'date-holidays';
const cache = new Map();
/**
 * Dutch names by date-holidays rule, for every country: the package's own Dutch names are
 * Flemish ("O.L.H. Hemelvaart", "Kerstmis") and the Dutch document must read the same for a
 * German or Belgian calendar as for a Dutch one. A holiday without a rule here keeps the
 * package's name (in Dutch where it has one).
 */
const dutchByRule = {
    '01-01': 'Nieuwjaarsdag',
    '01-06': 'Driekoningen',
    'easter -3': 'Witte Donderdag',
    'easter -2': 'Goede Vrijdag',
    easter: 'Eerste Paasdag',
    'easter 1': 'Tweede Paasdag',
    '05-01': 'Dag van de Arbeid',
    '05-05': 'Bevrijdingsdag',
    'easter 39': 'Hemelvaartsdag',
    'easter 49': 'Eerste Pinksterdag',
    'easter 50': 'Tweede Pinksterdag',
    'easter 60': 'Sacramentsdag',
    '07-21': 'Belgische nationale feestdag',
    '08-01': 'Zwitserse nationale feestdag',
    '08-15': 'Maria-Tenhemelopneming',
    '10-03': 'Dag van de Duitse Eenheid',
    '10-31': 'Hervormingsdag',
    '11-01': 'Allerheiligen',
    '11-11': 'Wapenstilstand',
    '12-24': 'Kerstavond',
    '12-25': 'Eerste Kerstdag',
    '12-26': 'Tweede Kerstdag',
    '12-31': 'Oudejaarsdag',
};
/** Dutch names of the regions slac documents most (German Länder, Belgian regions, Swiss cantons by their Dutch name). */
const dutchRegions = {
    DE: {
        BB: 'Brandenburg',
        BE: 'Berlijn',
        BW: 'Baden-Württemberg',
        BY: 'Beieren',
        HB: 'Bremen',
        HE: 'Hessen',
        HH: 'Hamburg',
        MV: 'Mecklenburg-Voor-Pommeren',
        NI: 'Nedersaksen',
        NW: 'Noordrijn-Westfalen',
        RP: 'Rijnland-Palts',
        SH: 'Sleeswijk-Holstein',
        SL: 'Saarland',
        SN: 'Saksen',
        ST: 'Saksen-Anhalt',
        TH: 'Thüringen',
    },
    BE: { BRU: 'Brussels Hoofdstedelijk Gewest', VLG: 'Vlaanderen', WAL: 'Wallonië' },
    CH: {
        BE: 'Bern',
        GE: 'Genève',
        ZH: 'Zürich',
        BS: 'Bazel-Stad',
        BL: 'Bazel-Landschap',
        VD: 'Vaud',
        LU: 'Luzern',
        TI: 'Ticino',
        GR: 'Graubünden',
    },
};
/** ISO date → holiday name(s), for the public holidays of `set` in the years fromYear…toYear. */
export function holidayNames(set, fromYear, toYear, lang) {
    const key = `${set.country}|${set.region ?? ''}|${fromYear}|${toYear}|${lang}`;
    const cached = cache.get(key);
    if (cached)
        return cached;
    const h = set.region ? new Holidays(set.country, set.region, { timezone: 'UTC' }) : new Holidays(set.country, { timezone: 'UTC' });
    const names = new Map();
    for (let y = fromYear; y <= toYear; y++) {
        for (const day of h.getHolidays(y, lang)) {
            if (day.type !== 'public')
                continue;
            const date = day.date.slice(0, 10);
            const name = (lang === 'nl' ? dutchByRule[day.rule] : undefined) ?? day.name;
            const known = names.get(date);
            if (known === undefined)
                names.set(date, name);
            else if (!known.split(' / ').includes(name))
                names.set(date, `${known} / ${name}`);
        }
    }
    cache.set(key, names);
    return names;
}
/** The name of a region (date-holidays "state"), e.g. `Bayern`; null when unknown. */
export function holidayRegionName(country, region, lang) {
    const dutch = lang === 'nl' ? dutchRegions[country.toUpperCase()]?.[region.toUpperCase()] : undefined;
    if (dutch)
        return dutch;
    const h = new Holidays({ timezone: 'UTC' });
    const states = h.getStates(country.toUpperCase(), lang);
    return states?.[region.toUpperCase()] ?? null;
}
