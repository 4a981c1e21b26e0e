import { periodPhrase } from './facts.js';
import { formatDuration } from '../../compiler/document/format/duration.js';
import { table } from '../../runtime/table.js';
export function number(raw, lang) {
    return lang === 'nl' ? raw.replace('.', ',') : raw;
}
/** A duration in the contract's own words: the document's formatter, so hover and contract agree. */
export function durationWords(d, lang) {
    return formatDuration(d, lang);
}
export function valueWords(v, lang) {
    switch (v.kind) {
        case 'Percentage':
            return number(v.raw, lang);
        case 'Money':
            return `${v.currency} ${number(v.raw, lang)}`;
        case 'Duration':
            return durationWords(v, lang);
        case 'Score':
            return lang === 'en' ? `${number(v.raw, lang)} out of ${v.outOf}` : `${number(v.raw, lang)} op ${v.outOf}`;
        case 'Rate':
            return lang === 'en' ? `${number(v.raw, lang)} per ${v.per} ${v.noun}` : `${number(v.raw, lang)} per ${v.per} ${v.noun}`;
        case 'Number':
            return number(v.raw, lang);
    }
}
function direction(d, lang) {
    if (lang === 'en')
        return d;
    return d === 'at least' ? 'ten minste' : 'ten hoogste';
}
const nounsNl = table({
    calls: 'gesprekken',
    'phone-calls': 'telefoongesprekken',
    'e-mails': 'e-mails',
    emails: 'e-mails',
    chats: 'chats',
    messages: 'berichten',
    letters: 'brieven',
    contacts: 'contacten',
    tickets: 'tickets',
    incidents: 'incidenten',
    requests: 'verzoeken',
    complaints: 'klachten',
    questions: 'vragen',
});
const verbsNl = table({
    answered: 'beantwoord',
    accepted: 'aangenomen',
    abandoned: 'afgebroken',
    responded: 'gereageerd',
    resolved: 'opgelost',
    solved: 'opgelost',
});
const metricWords = {
    'first-time-right': { en: 'First time right', nl: 'First time right' },
    csat: { en: 'Average customer satisfaction (CSAT)', nl: 'Gemiddelde klanttevredenheid (CSAT)' },
    nps: { en: 'Net promoter score (NPS)', nl: 'Net promoter score (NPS)' },
    'reopen-ratio': { en: 'Reopen ratio', nl: 'Heropeningsratio' },
    'error-rate': { en: 'Error rate', nl: 'Foutpercentage' },
    kpi: { en: 'KPI', nl: 'KPI' },
};
function onCalendar(name, lang) {
    if (!name)
        return '';
    return lang === 'en' ? `, counted on calendar ${name}` : `, gerekend op kalender ${name}`;
}
/** `Response to critical within 15 minutes, counted on calendar always.` */
export function targetSentence(t, calendar, priorityTitles, lang) {
    const prios = t.priorities.map((p) => priorityTitles(p.name)).join(lang === 'en' ? ', ' : ', ');
    const within = valueWords(t.within, lang);
    const en = { response: 'Response to', resolution: 'Resolution of', 'next-reply': 'Next reply for', update: 'An update for' }[t.target];
    const nl = { response: 'Reactie op', resolution: 'Oplossing van', 'next-reply': 'Vervolgreactie voor', update: 'Een update voor' }[t.target];
    if (lang === 'en')
        return `${en} priority ${prios} ${t.target === 'update' ? 'every' : 'within'} ${within}${onCalendar(calendar, lang)}.`;
    return `${nl} prioriteit ${prios} ${t.target === 'update' ? 'elke' : 'binnen'} ${within}${onCalendar(calendar, lang)}.`;
}
export function measureSentence(m, lang) {
    const period = periodPhrase(m.period, lang);
    switch (m.kind) {
        case 'Availability': {
            const base = lang === 'en'
                ? `Availability of service ${m.service.name} ${direction(m.direction, lang)} ${valueWords(m.target, lang)} ${period}`
                : `Beschikbaarheid van dienst ${m.service.name} ${direction(m.direction, lang)} ${valueWords(m.target, lang)} ${period}`;
            return `${base}${onCalendar(m.calendar?.name, lang)}.`;
        }
        case 'Share': {
            const within = m.within ? ` ${lang === 'en' ? 'within' : 'binnen'} ${valueWords(m.within, lang)}` : '';
            if (lang === 'en')
                return `${m.direction === 'at least' ? 'At least' : 'At most'} ${valueWords(m.target, lang)} of ${m.noun.name} ${m.verb.name}${within} ${period}${onCalendar(m.calendar?.name, lang)}.`;
            const noun = nounsNl[m.noun.name] ?? m.noun.name;
            const verb = verbsNl[m.verb.name] ?? m.verb.name;
            return `${m.direction === 'at least' ? 'Ten minste' : 'Ten hoogste'} ${valueWords(m.target, lang)} van de ${noun} ${verb}${within} ${period}${onCalendar(m.calendar?.name, lang)}.`;
        }
        case 'TimeStat': {
            const stat = m.statistic === 'average'
                ? lang === 'en'
                    ? 'Average'
                    : 'Gemiddelde'
                : lang === 'en'
                    ? `${m.percentile}th percentile of`
                    : `${m.percentile}e percentiel van de`;
            const of = m.noun ? ` ${lang === 'en' ? 'of' : 'van'} ${m.noun.name}` : '';
            return `${stat} ${m.clock.name} ${lang === 'en' ? 'time' : 'tijd'}${of} ${direction(m.direction, lang)} ${valueWords(m.target, lang)} ${period}${onCalendar(m.calendar?.name, lang)}.`;
        }
        case 'Quality': {
            const metric = m.metric === 'kpi' ? `KPI ${m.kpi?.name ?? ''}`.trim() : metricWords[m.metric][lang];
            return `${metric} ${direction(m.direction, lang)} ${valueWords(m.target, lang)} ${period}.`;
        }
    }
}
export function exclusionSentence(e, lang) {
    const kinds = {
        maintenance: { en: 'Planned maintenance', nl: 'Gepland onderhoud' },
        'force-majeure': { en: 'Force majeure', nl: 'Overmacht' },
        'customer-caused': { en: 'Downtime caused by the customer', nl: 'Onbeschikbaarheid veroorzaakt door de afnemer' },
        'third-party': { en: 'Downtime caused by third parties', nl: 'Onbeschikbaarheid veroorzaakt door derden' },
        calamity: { en: 'Calamities', nl: 'Calamiteiten' },
        volume: { en: 'Volume above the forecast', nl: 'Volume boven de prognose' },
    };
    let s = `${kinds[e.exclusion][lang]} ${lang === 'en' ? 'does not count as downtime' : 'telt niet als onbeschikbaarheid'}`;
    if (e.notice)
        s += lang === 'en' ? `, if announced ${valueWords(e.notice, lang)} ahead` : `, mits ${valueWords(e.notice, lang)} vooraf aangekondigd`;
    if (e.cap)
        s +=
            lang === 'en'
                ? `, at most ${valueWords(e.cap, lang)} ${periodPhrase(e.capPeriod, lang)}`
                : `, ten hoogste ${valueWords(e.cap, lang)} ${periodPhrase(e.capPeriod, lang)}`;
    return `${s}.`;
}
