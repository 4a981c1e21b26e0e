import { forEachNode } from '../walk.js';
const legalForms = /\s*\b(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?|Ltd\.?|LLC|GmbH|S\.?A\.?|Inc\.?|plc)$/i;
const defaults = {
    provider: { nl: 'Dienstverlener', en: 'Provider' },
    customer: { nl: 'Afnemer', en: 'Customer' },
};
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export function checkPartyNames(ctx) {
    const parties = ['provider', 'customer'].flatMap((role) => {
        const name = (role === 'provider' ? ctx.clauses('Provider') : ctx.clauses('Customer'))[0]?.name.value.trim();
        if (!name)
            return [];
        const decl = ctx.declarations('Party').find((p) => p.role === role);
        const term = decl?.body.find((s) => s.kind === 'DefinedTerm');
        const terms = new Set(Object.values(defaults[role]).map((t) => t.toLowerCase()));
        for (const p of term?.text.parts ?? [])
            terms.add(p.value.toLowerCase());
        const short = name.replace(legalForms, '').trim();
        const first = short.split(/\s+/)[0] ?? '';
        const names = [...new Set([name, short, ...(first.length >= 4 ? [first] : [])])].filter((n) => n !== '' && !terms.has(n.toLowerCase()));
        if (names.length === 0)
            return [];
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
        return [{ role, pattern, term: term?.text.parts[0]?.value ?? defaults[role]['nl'] }];
    });
    if (parties.length === 0)
        return;
    forEachNode(ctx.document, (node, parent) => {
        if (node.kind !== 'TextStmt' || parent?.kind === 'Scenario' || parent?.kind === 'Party')
            return;
        for (const part of node.text.parts) {
            for (const p of parties) {
                const m = p.pattern.exec(part.value);
                if (!m)
                    continue;
                const term = part.lang ? (defaults[p.role][part.lang] ?? p.term) : p.term;
                ctx.report('party-name', part.range, `'${m[0]}' names the ${p.role} by another name than its defined term; write '${term}' (defined once in the heading), or define another term with \`called\` in \`party ${p.role}\``);
                break;
            }
        }
    });
}
