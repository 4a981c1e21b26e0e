/**
 * What the server must know before the language service has loaded: the command names, the
 * semantic-token legend and the error a user's mistake raises. Nothing here imports the grammar or
 * the compiler, so the server answers `initialize` while the service is still loading.
 */
import type { SemanticTokensLegend } from 'vscode-languageserver';
export declare const RENDER_CONTRACT_COMMAND = "slac.server.renderContract";
export declare const RUN_SCENARIOS_COMMAND = "slac.server.runScenarios";
export declare const tokenTypes: readonly ["keyword", "string", "number", "comment", "class", "enumMember", "enum", "namespace", "function", "event", "variable", "macro", "type"];
export declare const tokenModifiers: readonly ["declaration", "readonly"];
export declare const semanticTokensLegend: SemanticTokensLegend;
/** A mistake of the user's (an invalid new name, a file that cannot be formatted): shown, not logged. */
export declare class UserError extends Error {
}
