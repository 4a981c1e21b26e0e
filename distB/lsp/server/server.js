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
import { CodeActionKind, createConnection, ErrorCodes, LSPErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RENDER_CONTRACT_COMMAND, RUN_SCENARIOS_COMMAND, semanticTokensLegend as legend, UserError } from '../service/protocol.js';
import { Abandoned, inSteps } from '../service/steps.js';
import { readText, scanFolders } from './workspace-files.js';
export const DEFAULT_DEBOUNCE_MS = 150;
/** Quiet time after the diagnostics of a version before its scenarios run (ms). */
export const DEFAULT_SCENARIO_DELAY_MS = 300;
/** Quiet time after the diagnostics of a version before the facts of a first hover are computed (ms). */
const WARM_DELAY_MS = 100;
/** Answers a request that was cancelled while it waited in the queue, without running it. */
function cancelUndispatched(message) {
    const id = message.id;
    if (id === undefined)
        return undefined;
    return { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: 'request cancelled' } };
}
/**
 * Settings from what a client sends: `{ debounceMs }` (initializationOptions, kept for old
 * clients) or the `slac` section `{ diagnostics: { delay }, scenarios: { run, delay } }`.
 * Anything else is ignored, so a typo cannot stop the server.
 */
export function readSettings(raw, current) {
    const next = { ...current };
    if (!raw || typeof raw !== 'object')
        return next;
    const r = raw;
    const ms = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(v, 60_000) : undefined);
    const diagnostics = r['diagnostics'];
    const scenarios = r['scenarios'];
    next.debounceMs = ms(r['debounceMs']) ?? ms(diagnostics?.['delay']) ?? next.debounceMs;
    const run = scenarios?.['run'];
    if (run === 'idle' || run === 'save' || run === 'off')
        next.scenarios = run;
    next.scenarioDelayMs = ms(scenarios?.['delay']) ?? next.scenarioDelayMs;
    return next;
}
export function startServer(options = {}) {
    // vscode-languageserver picks the transport from the command line (--stdio, --node-ipc, --socket=…).
    const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
    if (options.stdio && !process.argv.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`))))
        process.argv.push('--stdio');
    const connection = createConnection(ProposedFeatures.all, { connectionStrategy: { cancelUndispatched } });
    const documents = new TextDocuments(TextDocument);
    let service;
    const ready = import('../service/index.js').then((m) => {
        service = m.createLanguageService();
    });
    /** Settles when the warm-up, started once the client is initialized, is over (see warmUp). */
    let warmedUp = Promise.resolve();
    /** A document or workspace event, handled once the service has loaded and warmed up (in arrival order). */
    const whenReady = (run) => (e) => void ready.then(() => warmedUp).then(() => run(e));
    let settings = {
        debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
        scenarios: 'idle',
        scenarioDelayMs: DEFAULT_SCENARIO_DELAY_MS,
    };
    let client = {};
    let folders = [];
    /** The client pulls diagnostics (textDocument/diagnostic): then nothing is pushed. */
    let pulls = false;
    const log = (message) => {
        try {
            connection.console.error(message);
        }
        catch {
            // the connection may already be gone
        }
    };
    const describe = (error) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.on('uncaughtException', (error) => log(`slac language server: uncaught exception: ${describe(error)}`));
    process.on('unhandledRejection', (error) => log(`slac language server: unhandled rejection: ${describe(error)}`));
    connection.onInitialize((params) => {
        client = params.capabilities;
        settings = readSettings(params.initializationOptions, settings);
        pulls = client.textDocument?.diagnostic !== undefined;
        folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
                completionProvider: { triggerCharacters: [' ', '/'], resolveProvider: true },
                hoverProvider: true,
                definitionProvider: true,
                referencesProvider: true,
                documentHighlightProvider: true,
                renameProvider: { prepareProvider: true },
                documentSymbolProvider: { label: 'slac' },
                workspaceSymbolProvider: true,
                documentFormattingProvider: true,
                documentRangeFormattingProvider: true,
                semanticTokensProvider: { legend, full: true, range: true },
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
                codeLensProvider: { resolveProvider: false },
                documentLinkProvider: { resolveProvider: false },
                executeCommandProvider: { commands: [RUN_SCENARIOS_COMMAND, RENDER_CONTRACT_COMMAND] },
                foldingRangeProvider: true,
                inlayHintProvider: { resolveProvider: false },
                diagnosticProvider: { identifier: 'slac', interFileDependencies: false, workspaceDiagnostics: false },
                workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
            },
            serverInfo: { name: 'slac', version: '0.1.0' },
        };
    });
    connection.onInitialized(() => {
        if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
            void connection.client.register(DidChangeConfigurationNotification.type, { section: 'slac' }).catch(() => undefined);
        }
        if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
            void connection.client
                .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.sla' }] })
                .catch(() => undefined);
        }
        if (client.workspace?.workspaceFolders) {
            connection.workspace.onDidChangeWorkspaceFolders((e) => {
                for (const f of e.added)
                    void index([f.uri]);
                folders = [...folders.filter((u) => !e.removed.some((r) => r.uri === u)), ...e.added.map((f) => f.uri)];
            });
        }
        void pullSettings();
        void index(folders);
        warmedUp = warmUp();
    });
    /**
     * Once per process: service.warmUp, so that a hover or inlay hints right after the diagnostics
     * of the first document find the code and the libraries warm. The documents opened meanwhile
     * wait for it: a warm-up after their diagnostics would hold up such a first request instead.
     * In steps, so that other messages are answered between them.
     */
    async function warmUp() {
        await ready;
        try {
            await inSteps(() => service.warmUp());
        }
        catch (error) {
            log(`slac: warm-up failed: ${describe(error)}`);
        }
    }
    // ----- settings ------------------------------------------------------------------------------
    /** Asks the client for the `slac` section, where it can answer (workspace/configuration). */
    async function pullSettings() {
        if (!client.workspace?.configuration)
            return;
        try {
            const [section] = await connection.workspace.getConfiguration([{ section: 'slac' }]);
            apply(readSettings(section, settings));
        }
        catch (error) {
            log(`slac: could not read the settings: ${describe(error)}`);
        }
    }
    function apply(next) {
        const changed = JSON.stringify(next) !== JSON.stringify(settings);
        settings = next;
        if (!changed)
            return;
        // Honoured at once: every open document is checked again under the new settings.
        for (const doc of documents.all())
            schedule(doc.uri, 0);
    }
    connection.onDidChangeConfiguration((params) => {
        if (client.workspace?.configuration)
            void pullSettings();
        else
            apply(readSettings(params.settings?.slac ?? params.settings, settings));
    });
    // ----- workspace symbols -----------------------------------------------------------------------
    async function index(uris) {
        await ready;
        try {
            await scanFolders(uris, (uri, text) => {
                if (!documents.get(uri))
                    service.workspace.set(uri, text);
            });
        }
        catch (error) {
            log(`slac: could not index the workspace: ${describe(error)}`);
        }
    }
    connection.onDidChangeWatchedFiles(async (params) => {
        await ready;
        for (const change of params.changes) {
            if (!change.uri.endsWith('.sla') || documents.get(change.uri))
                continue;
            if (change.type === FileChangeType.Deleted)
                service.workspace.delete(change.uri);
            else {
                const text = await readText(change.uri);
                if (text === null)
                    service.workspace.delete(change.uri);
                else
                    service.workspace.set(change.uri, text);
            }
            revalidateDependents(change.uri);
        }
    });
    // ----- diagnostics ---------------------------------------------------------------------------
    const timers = new Map();
    const scenarioTimers = new Map();
    const clearTimer = (map, uri) => {
        const pending = map.get(uri);
        if (pending)
            clearTimeout(pending);
        map.delete(uri);
    };
    /** The diagnostics of a version: the analysis, plus the scenario failures once they ran. */
    const diagnosticsOf = (doc) => [...service.validate(doc), ...service.knownScenarioDiagnostics(doc)];
    const send = (doc, diagnostics) => {
        if (pulls) {
            if (client.workspace?.diagnostics?.refreshSupport)
                void connection.sendRequest('workspace/diagnostic/refresh').catch(() => undefined);
            return;
        }
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics }).catch(() => undefined);
    };
    const publish = (uri) => {
        timers.delete(uri);
        const doc = documents.get(uri);
        if (!doc)
            return;
        const version = doc.version;
        let diagnostics;
        try {
            diagnostics = diagnosticsOf(doc);
        }
        catch (error) {
            log(`slac: validation failed for ${uri}: ${describe(error)}`);
            return;
        }
        // An edit that arrived meanwhile has its own validation scheduled: drop this stale result.
        if (documents.get(uri)?.version !== version)
            return;
        if (!pulls)
            void connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
        scheduleIdle(uri, settings.scenarioDelayMs);
    };
    const schedule = (uri, delay) => {
        clearTimer(timers, uri);
        clearTimer(scenarioTimers, uri);
        timers.set(uri, setTimeout(() => publish(uri), delay));
    };
    /** Runs the scenarios of the current version in steps; publishes again if they add anything. */
    async function runScenarios(uri) {
        scenarioTimers.delete(uri);
        const doc = documents.get(uri);
        if (!doc)
            return;
        const version = doc.version;
        try {
            const failures = await inSteps(() => service.scenarioDiagnostics(doc), { cancelled: () => documents.get(uri)?.version !== version });
            if (documents.get(uri)?.version !== version)
                return;
            if (failures.length > 0 || pulls)
                send(doc, diagnosticsOf(doc));
            if (client.workspace?.codeLens?.refreshSupport)
                void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
        }
        catch (error) {
            if (!(error instanceof Abandoned))
                log(`slac: scenarios failed for ${uri}: ${describe(error)}`);
        }
    }
    const scheduleScenarios = (uri, delay) => {
        clearTimer(scenarioTimers, uri);
        scenarioTimers.set(uri, setTimeout(() => void runScenarios(uri), delay));
    };
    /**
     * When the editor is idle after the diagnostics of a version: compute what a first hover or
     * inlay hint would need (service.warm), then run the scenarios (not before their delay). In
     * steps, and given up as soon as the text changes.
     */
    const scheduleIdle = (uri, scenarioDelay) => {
        clearTimer(scenarioTimers, uri);
        const published = Date.now();
        scenarioTimers.set(uri, setTimeout(async () => {
            scenarioTimers.delete(uri);
            const doc = documents.get(uri);
            if (!doc)
                return;
            const version = doc.version;
            try {
                await inSteps(() => service.warm(doc), { cancelled: () => documents.get(uri)?.version !== version });
            }
            catch (error) {
                if (!(error instanceof Abandoned))
                    log(`slac: facts failed for ${uri}: ${describe(error)}`);
                return;
            }
            if (settings.scenarios === 'idle' && documents.get(uri)?.version === version)
                scheduleScenarios(uri, Math.max(0, scenarioDelay - (Date.now() - published)));
        }, WARM_DELAY_MS));
    };
    // Opening a document fires an open and then a content change: validate the opened text at once.
    const justOpened = new Set();
    documents.onDidOpen(whenReady((e) => {
        justOpened.add(e.document.uri);
        schedule(e.document.uri, 0);
    }));
    documents.onDidChangeContent(whenReady((e) => {
        if (justOpened.delete(e.document.uri))
            return;
        schedule(e.document.uri, settings.debounceMs);
    }));
    documents.onDidSave(whenReady((e) => {
        if (settings.scenarios !== 'off')
            scheduleScenarios(e.document.uri, 0);
    }));
    documents.onDidClose(whenReady((e) => {
        const uri = e.document.uri;
        clearTimer(timers, uri);
        clearTimer(scenarioTimers, uri);
        justOpened.delete(uri);
        service.close(uri);
        // The file on disk is what workspace symbols show again.
        void readText(uri).then((text) => {
            if (documents.get(uri))
                return;
            if (text === null)
                service.workspace.delete(uri); // an untitled or deleted file is gone
            else
                service.workspace.set(uri, text);
        });
        if (!pulls)
            void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    }));
    documents.onDidChangeContent(whenReady((e) => {
        service.workspace.set(e.document.uri, e.document.getText());
        revalidateDependents(e.document.uri);
    }));
    /** The open documents that import a changed file are validated again (their analysis read it). */
    function revalidateDependents(uri) {
        for (const dependent of service.dependents(uri))
            if (documents.get(dependent))
                schedule(dependent, settings.debounceMs);
    }
    // ----- requests ------------------------------------------------------------------------------
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    /** The answer to a failed request: a user's mistake is shown, anything else logged. */
    function failure(name, uri, error, empty) {
        if (error instanceof UserError)
            return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
        log(`slac: ${name} failed on ${uri}: ${describe(error)}`);
        return empty;
    }
    /**
     * A request handler that never throws: a cancelled request returns RequestCancelled, an unknown
     * document the empty answer, a user mistake (an invalid new name, a file that cannot be
     * formatted) an error the editor shows, and anything else the empty answer plus a log line.
     */
    function handle(name, empty, run) {
        return async (params, token) => {
            await ready;
            if (token.isCancellationRequested)
                return cancelled();
            const doc = documents.get(params.textDocument.uri);
            if (!doc)
                return empty;
            try {
                const result = run(doc, params);
                return token.isCancellationRequested ? cancelled() : result;
            }
            catch (error) {
                return failure(name, params.textDocument.uri, error, empty);
            }
        };
    }
    /**
     * As `handle`, for requests that may need costly facts: run in steps, so that an edit arriving
     * meanwhile is validated and published between them; abandoned (ContentModified) when the
     * document changes, RequestCancelled when the client cancels.
     */
    function stepped(name, empty, run) {
        return async (params, token) => {
            await ready;
            const uri = params.textDocument.uri;
            const doc = documents.get(uri);
            if (!doc)
                return empty;
            const version = doc.version;
            try {
                return await inSteps(() => run(doc, params), {
                    cancelled: () => token.isCancellationRequested || documents.get(uri)?.version !== version,
                });
            }
            catch (error) {
                if (error instanceof Abandoned)
                    return token.isCancellationRequested ? cancelled() : new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
                return failure(name, uri, error, empty);
            }
        };
    }
    connection.onCompletion(handle('completion', { isIncomplete: false, items: [] }, (d, p) => service.complete(d, p.position)));
    connection.onCompletionResolve(async (item) => {
        await ready;
        try {
            return service.resolveCompletion(item);
        }
        catch (error) {
            log(`slac: completionItem/resolve failed: ${describe(error)}`);
            return item;
        }
    });
    connection.onHover(stepped('hover', null, (d, p) => service.hover(d, p.position)));
    connection.onDefinition(handle('definition', [], (d, p) => service.definition(d, p.position)));
    connection.onReferences(handle('references', [], (d, p) => service.references(d, p.position, { includeDeclaration: p.context.includeDeclaration })));
    connection.onDocumentHighlight(handle('documentHighlight', [], (d, p) => service.documentHighlights(d, p.position)));
    connection.onPrepareRename(handle('prepareRename', null, (d, p) => service.prepareRename(d, p.position)));
    connection.onRenameRequest(handle('rename', null, (d, p) => service.rename(d, p.position, p.newName)));
    connection.onDocumentSymbol(handle('documentSymbol', [], (d) => service.documentSymbols(d)));
    connection.onWorkspaceSymbol(async (params) => {
        await ready;
        try {
            // Open documents count with their current text (set on every change).
            return service.workspaceSymbols(params.query);
        }
        catch (error) {
            log(`slac: workspace/symbol failed: ${describe(error)}`);
            return [];
        }
    });
    connection.onDocumentFormatting(handle('formatting', [], (d) => service.format(d)));
    connection.onDocumentRangeFormatting(handle('rangeFormatting', [], (d, p) => service.format(d, p.range)));
    connection.onCodeAction(handle('codeAction', [], (d, p) => service.codeActions(d, p.range, p.context)));
    connection.onCodeLens(handle('codeLens', [], (d) => service.codeLenses(d)));
    connection.onDocumentLinks(handle('documentLink', [], (d) => service.documentLinks(d)));
    connection.onFoldingRanges(handle('foldingRange', [], (d) => service.foldingRanges(d)));
    connection.languages.semanticTokens.on(handle('semanticTokens', { data: [] }, (d) => service.semanticTokens(d)));
    connection.languages.semanticTokens.onRange(handle('semanticTokens/range', { data: [] }, (d, p) => service.semanticTokens(d, p.range)));
    connection.languages.inlayHint.on(stepped('inlayHint', [], (d, p) => service.inlayHints(d, p.range)));
    // Pull diagnostics: what a push would carry for the current version.
    connection.languages.diagnostics.on(async (params) => {
        await ready;
        const doc = documents.get(params.textDocument.uri);
        try {
            return { kind: 'full', items: doc ? diagnosticsOf(doc) : [] };
        }
        catch (error) {
            log(`slac: textDocument/diagnostic failed on ${params.textDocument.uri}: ${describe(error)}`);
            return { kind: 'full', items: [] };
        }
    });
    connection.onExecuteCommand(async (params, token) => {
        await ready;
        const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
        const doc = uri ? documents.get(uri) : undefined;
        if (!uri || !doc)
            return new ResponseError(ErrorCodes.InvalidParams, `${params.command} needs the URI of an open .sla document`);
        const version = doc.version;
        const options = { cancelled: () => token.isCancellationRequested || documents.get(uri)?.version !== version };
        try {
            switch (params.command) {
                case RUN_SCENARIOS_COMMAND: {
                    await runScenarios(uri);
                    return await inSteps(() => service.runScenarios(doc), options);
                }
                case RENDER_CONTRACT_COMMAND: {
                    const lang = typeof params.arguments?.[1] === 'string' ? params.arguments[1] : undefined;
                    return await inSteps(() => service.renderContract(doc, lang), options);
                }
                default:
                    return new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
            }
        }
        catch (error) {
            if (error instanceof Abandoned)
                return new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
            return failure(params.command, uri, error, null);
        }
    });
    documents.listen(connection);
    connection.listen();
    return { connection, service: ready.then(() => service) };
}
