/**
 * Scenarios in the editor: their results as diagnostics on the failing `expect` lines, and a code
 * lens on each scenario. Running them compiles the contract and evaluates every scenario, so it is
 * never part of the diagnostics of an edit: the server asks for them when the editor is idle (or on
 * save), and the lenses show results only once some request has computed them for this version.
 */
import type { CodeLens, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { type ScenarioResult } from '../../compiler/scenarios.js';
import type { SlacDocument } from './document.js';
/** The command a lens runs: `workspace/executeCommand` with the document's URI. */
import { RUN_SCENARIOS_COMMAND } from './protocol.js';
export { RUN_SCENARIOS_COMMAND };
/** Results of every scenario of this version; null while the contract has errors (no model). */
export declare function scenarioResults(doc: SlacDocument): ScenarioResult[] | null;
export declare function scenarioDiagnostics(doc: SlacDocument): LspDiagnostic[];
/** The scenario diagnostics if this version's scenarios have run, else none (never runs them). */
export declare function knownScenarioDiagnostics(doc: SlacDocument): LspDiagnostic[];
/** Per scenario: "▶ run scenario", or once run, how many expectations pass. */
export declare function codeLenses(doc: SlacDocument): CodeLens[];
