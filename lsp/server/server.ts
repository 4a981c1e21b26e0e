/**
 * The slac language server: wires the language service (lsp/service) to the Language Server
 * Protocol over stdio (or node IPC, or a socket, as the command line says). It holds no language
 * knowledge of its own. Three rules keep it robust:
 *  - diagnostics are debounced per document and published only for the newest version;
 *  - a request that was cancelled before it ran is answered at once with RequestCancelled, and a
 *    running one checks its token between steps;
 *  - every handler catches everything: a bug gives an empty answer and a log line, never a crash.
 */
import {
  CodeActionKind,
  createConnection,
  ErrorCodes,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
  type Message,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, legend, UserError, type LanguageService } from '../service/index.js';

export interface ServerOptions {
  /** Quiet time after the last edit before diagnostics are computed (ms). Default 150. */
  debounceMs?: number;
  /** Speak over stdin/stdout even when the command line names no transport (`slac lsp`). */
  stdio?: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 150;

export interface SlacServer {
  connection: Connection;
  service: LanguageService;
}

/** Answers a request that was cancelled while it waited in the queue, without running it. */
function cancelUndispatched(message: Message): ResponseMessage | undefined {
  const id = (message as RequestMessage).id;
  if (id === undefined) return undefined;
  return { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: 'request cancelled' } };
}

export function startServer(options: ServerOptions = {}): SlacServer {
  // vscode-languageserver picks the transport from the command line (--stdio, --node-ipc, --socket=…).
  const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (options.stdio && !process.argv.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all, { connectionStrategy: { cancelUndispatched } });
  const documents = new TextDocuments(TextDocument);
  const service = createLanguageService();
  let debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;

  const log = (message: string): void => {
    try {
      connection.console.error(message);
    } catch {
      // the connection may already be gone
    }
  };
  const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

  process.on('uncaughtException', (error) => log(`slac language server: uncaught exception: ${describe(error)}`));
  process.on('unhandledRejection', (error) => log(`slac language server: unhandled rejection: ${describe(error)}`));

  connection.onInitialize((params): InitializeResult => {
    const init = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        completionProvider: { triggerCharacters: [' ', '/'], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'slac' },
        documentFormattingProvider: true,
        semanticTokensProvider: { legend, full: true, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        foldingRangeProvider: true,
        inlayHintProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'slac', version: '0.1.0' },
    };
  });

  // ----- diagnostics ---------------------------------------------------------------------------

  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const publish = (uri: string): void => {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    let diagnostics;
    try {
      diagnostics = service.validate(doc);
    } catch (error) {
      log(`slac: validation failed for ${uri}: ${describe(error)}`);
      return;
    }
    // An edit that arrived meanwhile has its own validation scheduled: drop this stale result.
    if (documents.get(uri)?.version !== version) return;
    void connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  };

  const schedule = (uri: string, delay: number): void => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => publish(uri), delay));
  };

  // Opening a document fires an open and then a content change: validate the opened text at once.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    schedule(e.document.uri, debounceMs);
  });
  documents.onDidClose((e) => {
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(e.document.uri);
    justOpened.delete(e.document.uri);
    service.close(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  // ----- requests ------------------------------------------------------------------------------

  /**
   * A request handler that never throws: a cancelled request returns RequestCancelled, an unknown
   * document the empty answer, a user mistake (an invalid new name) an error the editor shows,
   * and anything else the empty answer plus a log line.
   */
  function handle<P extends { textDocument: { uri: string } }, R>(name: string, empty: R, run: (doc: TextDocument, params: P) => R) {
    return (params: P, token: CancellationToken): R | ResponseError<void> => {
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return empty;
      try {
        const result = run(doc, params);
        return token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled') : result;
      } catch (error) {
        if (error instanceof UserError) return new ResponseError(ErrorCodes.InvalidParams, error.message);
        log(`slac: ${name} failed on ${params.textDocument.uri}: ${describe(error)}`);
        return empty;
      }
    };
  }

  connection.onCompletion(handle('completion', { isIncomplete: false, items: [] }, (d, p) => service.complete(d, p.position)));
  connection.onHover(handle('hover', null, (d, p) => service.hover(d, p.position)));
  connection.onDefinition(handle('definition', [], (d, p) => service.definition(d, p.position)));
  connection.onReferences(handle('references', [], (d, p) => service.references(d, p.position, { includeDeclaration: p.context.includeDeclaration })));
  connection.onDocumentHighlight(handle('documentHighlight', [], (d, p) => service.documentHighlights(d, p.position)));
  connection.onPrepareRename(handle('prepareRename', null, (d, p) => service.prepareRename(d, p.position)));
  connection.onRenameRequest(handle('rename', null, (d, p) => service.rename(d, p.position, p.newName)));
  connection.onDocumentSymbol(handle('documentSymbol', [], (d) => service.documentSymbols(d)));
  connection.onDocumentFormatting(handle('formatting', [], (d) => service.format(d)));
  connection.onCodeAction(handle('codeAction', [], (d, p) => service.codeActions(d, p.range, p.context)));
  connection.onFoldingRanges(handle('foldingRange', [], (d) => service.foldingRanges(d)));
  connection.languages.semanticTokens.on(handle('semanticTokens', { data: [] }, (d) => service.semanticTokens(d)));
  connection.languages.semanticTokens.onRange(handle('semanticTokens/range', { data: [] }, (d, p) => service.semanticTokens(d, p.range)));
  connection.languages.inlayHint.on(handle('inlayHint', [], (d, p) => service.inlayHints(d, p.range)));

  documents.listen(connection);
  connection.listen();
  return { connection, service };
}
