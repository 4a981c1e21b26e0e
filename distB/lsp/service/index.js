import { complete, resolveCompletion } from './completion.js';
import { renderContract } from './contract-html.js';
import { codeActions, validate } from './diagnostics.js';
import { DocumentStore, pathOf } from './document.js';
import { foldingRanges } from './folding.js';
import { format } from './formatting.js';
import { hover } from './hover.js';
import { inlayHints } from './inlay-hints.js';
import { documentLinks } from './links.js';
import { definition, documentHighlights, prepareRename, references, rename } from './navigation.js';
import { semanticTokens, semanticTokensLegend } from './semantic-tokens.js';
import { codeLenses, knownScenarioDiagnostics, scenarioDiagnostics, scenarioResults } from './scenarios.js';
import { documentSymbols } from './symbols.js';
import { warm } from './warm.js';
import { warmUp } from './warm-up.js';
import { WorkspaceIndex } from './workspace-symbols.js';
export { UserError } from './navigation.js';
export { RENDER_CONTRACT_COMMAND } from './contract-html.js';
export { RUN_SCENARIOS_COMMAND } from './scenarios.js';
export { Abandoned, inSteps } from './steps.js';
export { semanticTokensLegend } from './semantic-tokens.js';
export function createLanguageService(options = {}) {
    const workspace = new WorkspaceIndex();
    const store = new DocumentStore(options, (uri) => workspace.text(uri));
    const get = (d) => store.get(d);
    const files = {
        document: (path) => store.file(path),
        importing: () => {
            const uris = new Set(store.uris());
            for (const [uri, text] of workspace.entries())
                if (text.includes('import'))
                    uris.add(uri);
            return [...uris].flatMap((uri) => {
                const path = pathOf(uri);
                const doc = path === null ? store.peek(uri) : store.file(path);
                return doc?.program ? [doc] : [];
            });
        },
    };
    return {
        analyse: get,
        validate: (d) => validate(get(d)),
        scenarioDiagnostics: (d) => scenarioDiagnostics(get(d)),
        knownScenarioDiagnostics: (d) => knownScenarioDiagnostics(get(d)),
        runScenarios: (d) => scenarioResults(get(d)),
        complete: (d, p) => complete(get(d), p),
        resolveCompletion: (item) => resolveCompletion(item, (uri) => store.peek(uri)),
        hover: (d, p) => hover(get(d), p),
        definition: (d, p) => definition(get(d), p),
        references: (d, p, o) => references(get(d), p, o?.includeDeclaration ?? true, files),
        documentHighlights: (d, p) => documentHighlights(get(d), p),
        prepareRename: (d, p) => prepareRename(get(d), p),
        rename: (d, p, n) => rename(get(d), p, n, files),
        documentSymbols: (d) => documentSymbols(get(d)),
        format: (d, r) => format(get(d), r),
        semanticTokens: (d, r) => semanticTokens(get(d), r),
        codeActions: (d, r, c) => codeActions(get(d), r, c),
        foldingRanges: (d) => foldingRanges(get(d)),
        inlayHints: (d, r) => inlayHints(get(d), r),
        warm: (d) => warm(get(d)),
        warmUp,
        codeLenses: (d) => codeLenses(get(d)),
        documentLinks: (d) => documentLinks(get(d)),
        renderContract: (d, l) => renderContract(get(d), l),
        workspace,
        workspaceSymbols: (q) => workspace.symbols(q),
        close: (uri) => store.delete(uri),
        dependents: (uri) => store.dependents(uri),
    };
}
export const legend = semanticTokensLegend;
