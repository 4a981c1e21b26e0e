/**
 * What the server computes when the editor is idle after the diagnostics of a version (in steps,
 * given up when the text changes), so that the first hover and inlay hints find it done: the
 * derived facts of every inlay hint (allowed downtime per calendar, which loads the zone offsets
 * and public holidays of the term) and one contract sentence per language (which compiles the
 * document templates). Pure caching: no answer changes.
 */
import { clauseSentence } from './contract-text.js';
import { inlayHints } from './inlay-hints.js';
export function warm(doc) {
    inlayHints(doc);
    const objective = doc.analysis.model?.objectives[0];
    if (!objective)
        return;
    for (const lang of ['en', 'nl'])
        clauseSentence(doc, { kind: 'objective', name: objective.name }, lang);
}
