/**
 * The slac language server: wires the language service (lsp/service) to the Language Server
 * Protocol over stdio (or node IPC, or a socket, as the command line says). It holds no language
 * knowledge of its own. The rules that keep it responsive and robust:
 *  - diagnostics are debounced per document and published only for the newest version; they are
 *    the syntax and semantic diagnostics only: scenario results follow when the editor is idle
 *    (or on save), in a second publication of the same version;
 *  - no request delays the diagnostics of an edit: requests that may need costly facts (hover,
 *    inlay hints, code lenses, scenarios, the rendered contract) run in steps (lsp/service/steps),
 *    giving the event loop a turn between costly facts, and give up when the document changes;
 *  - a request that was cancelled before it ran is answered at once with RequestCancelled, and a
 *    running one checks its token between steps;
 *  - every handler catches everything: a bug gives an empty answer and a log line, never a crash;
 *  - `initialize` is answered before the language service (grammar, compiler, documents) has
 *    loaded: it loads in the background, and every handler waits for it.
 */
import { type Connection } from 'vscode-languageserver/node.js';
import type { LanguageService } from '../service/index.js';
export interface ServerOptions {
    /** Quiet time after the last edit before diagnostics are computed (ms). Default 150. */
    debounceMs?: number;
    /** Speak over stdin/stdout even when the command line names no transport (`slac lsp`). */
    stdio?: boolean;
}
export declare const DEFAULT_DEBOUNCE_MS = 150;
/** Quiet time after the diagnostics of a version before its scenarios run (ms). */
export declare const DEFAULT_SCENARIO_DELAY_MS = 300;
/** The `slac` settings (initializationOptions, or the client's `slac` configuration section). */
export interface Settings {
    debounceMs: number;
    /** When scenarios run: when the editor is idle, on save only, or never. */
    scenarios: 'idle' | 'save' | 'off';
    scenarioDelayMs: number;
}
export interface SlacServer {
    connection: Connection;
    /** The language service, once it has loaded. */
    service: Promise<LanguageService>;
}
/**
 * Settings from what a client sends: `{ debounceMs }` (initializationOptions, kept for old
 * clients) or the `slac` section `{ diagnostics: { delay }, scenarios: { run, delay } }`.
 * Anything else is ignored, so a typo cannot stop the server.
 */
export declare function readSettings(raw: unknown, current: Settings): Settings;
export declare function startServer(options?: ServerOptions): SlacServer;
