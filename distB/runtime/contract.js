export const CONTRACT_FORMAT = 'slac-contract/1';
export function contractMetadata(c) {
    return {
        format: c.format,
        source: c.source,
        title: c.agreement.title,
        provider: c.agreement.provider,
        customer: c.agreement.customer,
        version: c.agreement.version,
        term: c.agreement.term,
        zone: c.zone,
        priorities: c.priorities.map((p) => p.name),
        tiers: c.tiers.filter((t) => !t.implicit).map((t) => t.name),
        services: c.services.map((s) => s.name),
        objectives: c.objectives.map((o) => o.name),
        calendars: c.calendars.map((x) => x.name),
    };
}
/** A text in the preferred language: `lang`, else English, else the neutral string, else any. */
export function pickText(text, lang = 'en') {
    if (!text)
        return null;
    return text[lang] ?? text['en'] ?? text['*'] ?? Object.values(text)[0] ?? null;
}
