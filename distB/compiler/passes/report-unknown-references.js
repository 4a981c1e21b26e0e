/** Every reference must name a declaration of its namespace; offers the closest name as a fix. */
import { didYouMean } from '../../diagnostics/suggest.js';
import { collectReferences } from '../symbols.js';
export function reportUnknownReferences(ctx) {
    for (const { namespace, ident } of collectReferences(ctx.document)) {
        if (ctx.symbols.get(namespace, ident.name))
            continue;
        const known = ctx.symbols.names(namespace);
        const { hint, fix } = didYouMean(ident.name, known, ident.range);
        const listed = known.length > 0 ? ` (declared: ${known.slice(0, 8).join(', ')})` : ` (no ${namespace} is declared)`;
        ctx.report('unknown-reference', ident.range, `unknown ${namespace} '${ident.name}'${hint || listed}`, fix ? { fix } : {});
    }
}
