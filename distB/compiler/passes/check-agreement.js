import { countryCodes, isKnownCountry } from '../../runtime/holiday-sets.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { importableKinds } from '../symbols.js';
import { reportRepeated } from './context.js';
export const supportedLanguages = ['nl', 'en'];
const required = [
    ['Provider', '`provider "…"`'],
    ['Customer', '`customer "…"`'],
    ['Term', '`term 2026-01-01 to 2027-12-31`'],
    ['Languages', '`languages nl, en`'],
];
const clauseNames = {
    Provider: 'the provider',
    Customer: 'the customer',
    AgreementKind: 'the kind',
    Version: 'the version',
    Term: 'the term',
    Fee: 'the fee',
    Languages: 'the languages',
    Review: 'the review cadence',
    GoverningLaw: 'the governing law',
    ChangeProcedure: 'the change procedure',
    AcceptancePeriod: 'the acceptance period',
    TimeZone: 'the time zone',
};
export function checkAgreement(ctx) {
    const agreement = ctx.agreement;
    // A file of shared definitions, for other files to import, needs no agreement.
    if (!agreement &&
        ctx.document.declarations.length > 0 &&
        ctx.document.declarations.every((d) => d.kind === 'Import' || importableKinds.has(d.kind)))
        return;
    if (!agreement) {
        const first = ctx.document.declarations[0]?.range ?? ctx.document.range;
        ctx.report('missing-clause', { start: first.start, end: first.start }, 'the file has no `agreement "…" { … }` block: parties, term and languages are required');
        return;
    }
    for (const [kind, example] of required) {
        if (!agreement.body.some((s) => s.kind === kind)) {
            ctx.report('missing-clause', agreement.title.range, `the agreement has no ${clauseNames[kind].replace(/^the /, '')}: add ${example}`);
        }
    }
    reportRepeated(ctx, agreement.body, Object.keys(clauseNames), (s) => clauseNames[s.kind] ?? s.kind);
    for (const term of ctx.clauses('Term')) {
        if (term.from.value && term.to.value && term.to.value < term.from.value) {
            ctx.report('invalid-range', term.range, `the term ends (${term.to.value}) before it starts (${term.from.value})`);
        }
    }
    for (const clause of ctx.clauses('Languages')) {
        const seen = new Set();
        for (const lang of clause.languages) {
            if (seen.has(lang.name))
                ctx.report('duplicate-clause', lang.range, `language '${lang.name}' is listed twice`);
            seen.add(lang.name);
            if (!supportedLanguages.includes(lang.name)) {
                const lower = lang.name.toLowerCase();
                const fix = supportedLanguages.includes(lower)
                    ? { fix: { title: `Change to '${lower}'`, edits: [{ range: lang.range, newText: lower }] } }
                    : {};
                ctx.report('unknown-language', lang.range, `slac renders contracts in ${supportedLanguages.join(' and ')}, not '${lang.name}'`, fix);
            }
        }
    }
    for (const law of ctx.clauses('GoverningLaw')) {
        if (!isKnownCountry(law.country.name)) {
            const { hint, fix } = didYouMean(law.country.name.toUpperCase(), countryCodes(), law.country.range, { codes: true });
            ctx.report('unknown-country', law.country.range, `'${law.country.name}' is not a country code (ISO 3166-1 alpha-2, such as NL)${hint}`, fix ? { fix } : {});
        }
    }
}
