/** The rendered contract (compiler/document) for a preview beside the source. */
import { isDocLang, renderDocument } from '../../compiler/document/index.js';
import { contractLanguages } from './facts.js';
import { UserError } from './navigation.js';
import { spend } from './steps.js';
export { RENDER_CONTRACT_COMMAND } from './protocol.js';
/** The contract as standalone HTML in `lang` (default: its first contract language). */
export function renderContract(doc, lang) {
    const model = doc.analysis.model;
    if (!model) {
        const errors = doc.analysis.diagnostics.filter((d) => d.severity === 'error').length;
        throw new UserError(`slac cannot render this contract until its ${errors} error${errors === 1 ? ' is' : 's are'} fixed (see Problems)`);
    }
    const wanted = lang ?? contractLanguages(doc.document).find(isDocLang) ?? 'en';
    if (!isDocLang(wanted))
        throw new UserError(`slac renders contracts in nl and en, not '${wanted}'`);
    return doc.fact(`html:${wanted}`, () => {
        spend();
        return { lang: wanted, html: renderDocument(model, { lang: wanted, format: 'html' }) };
    });
}
