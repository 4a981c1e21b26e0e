/**
 * The real server over stdio: `node dist/cli/main.js lsp --stdio` spoken to in LSP JSON-RPC,
 * from initialize to exit. Needs the build (`npx tsc -p tsconfig.json`, which `npm test` runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node.js';
import type {
  CodeAction,
  CompletionList,
  Hover,
  InitializeResult,
  Location,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from '../../compiler/format.js';
import { contract, marked } from './helpers.js';
import { spawnServer, type StdioServer } from './stdio.js';

const uri = 'file:///work/contract.sla';

let server: StdioServer;
let child: StdioServer['child'];
let connection: MessageConnection;
let published: PublishDiagnosticsParams[];
let exitCode: Promise<number | null>;

const diagnosticsFor = (version: number) => server.diagnosticsFor(uri, version);

const at = (source: string) => {
  const m = marked(source);
  return { textDocument: { uri }, position: m.position };
};

beforeAll(() => {
  server = spawnServer();
  ({ child, connection, published, exitCode } = server);
});

afterAll(() => {
  if (child.exitCode === null) child.kill();
});

describe('slac lsp --stdio', () => {
  it('initializes and declares its capabilities', async () => {
    const result = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { debounceMs: 30 },
    });
    const caps = result.capabilities;
    expect(caps.completionProvider).toBeTruthy();
    expect(caps.hoverProvider).toBe(true);
    expect(caps.definitionProvider).toBe(true);
    expect(caps.referencesProvider).toBe(true);
    expect(caps.renameProvider).toEqual({ prepareProvider: true });
    expect(caps.documentFormattingProvider).toBe(true);
    expect(caps.documentRangeFormattingProvider).toBe(true);
    expect(caps.diagnosticProvider).toBeTruthy();
    expect(caps.workspaceSymbolProvider).toBe(true);
    expect(caps.completionProvider?.resolveProvider).toBe(true);
    expect(caps.semanticTokensProvider).toBeTruthy();
    expect(caps.inlayHintProvider).toBeTruthy();
    await connection.sendNotification('initialized', {});
  });

  it('publishes diagnostics on open, and again after a change', async () => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'slac', version: 1, text: contract } });
    expect((await diagnosticsFor(1)).diagnostics).toEqual([]);

    // `on always` → `on alwayz`: an unknown calendar with a "did you mean".
    const line = contract.split('\n').findIndex((l) => l.includes('response P1 within 15 minutes on always'));
    const character = contract.split('\n')[line]!.indexOf('always') + 5;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: 'z' }],
    });
    const d = await diagnosticsFor(2);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['unknown-reference']);
    expect(d.diagnostics[0]!.range.start).toEqual({ line, character: character - 5 });
  });

  it('offers the quick fix of a diagnostic as a code action', async () => {
    const d = (await diagnosticsFor(2)).diagnostics[0]!;
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    expect(actions.map((a) => a.title)).toEqual(["Change to 'always'"]);
    expect(actions[0]!.edit!.changes![uri]).toEqual([{ range: d.range, newText: 'always' }]);
  });

  it('publishes only the newest version after a burst of edits', async () => {
    const before = published.length;
    // Three quick edits back to a clean text: versions 3 and 4 are superseded before the debounce ends.
    for (const [version, text] of [
      [3, contract.replace('on always', 'on alwaysX')],
      [4, contract.replace('on always', 'on alwaysXY')],
      [5, contract],
    ] as const) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    expect((await diagnosticsFor(5)).diagnostics).toEqual([]);
    await new Promise((r) => setTimeout(r, 100));
    expect(published.slice(before).map((p) => p.version)).toEqual([5]);
  });

  it('completes declared names after `on`', async () => {
    const source = contract.replace('response P2 within 2 business hours', 'response P2 within 2 business hours on <|>');
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 6 },
      contentChanges: [{ text: marked(source).text }],
    });
    const list = await connection.sendRequest<CompletionList>('textDocument/completion', at(source));
    expect(list.items.map((i) => i.label)).toEqual(expect.arrayContaining(['office', 'always']));
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 7 },
      contentChanges: [{ text: contract }],
    });
  });

  it('hovers an objective with its allowed downtime', async () => {
    const hover = await connection.sendRequest<Hover>(
      'textDocument/hover',
      at(contract.replace('credits for uptime', 'credits for up<|>time')),
    );
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('objective');
    expect(value).toContain('43m 50s');
  });

  it('goes to the definition and finds the references', async () => {
    const source = contract.replace('response P1 within 15 minutes on always', 'response P1 within 15 minutes on alw<|>ays');
    const defs = await connection.sendRequest<Location[]>('textDocument/definition', at(source));
    const declLine = contract.split('\n').findIndex((l) => l.startsWith('calendar always'));
    expect(defs).toEqual([{ uri, range: { start: { line: declLine, character: 9 }, end: { line: declLine, character: 15 } } }]);
    const refs = await connection.sendRequest<Location[]>('textDocument/references', {
      ...at(source),
      context: { includeDeclaration: true },
    });
    expect(refs).toHaveLength(4);
  });

  it('renames, and refuses a keyword as the new name', async () => {
    const source = contract.replace('priority P1 nl', 'priority P<|>1 nl');
    const edit = await connection.sendRequest<WorkspaceEdit>('textDocument/rename', { ...at(source), newName: 'Critical' });
    const edits = edit.changes![uri]!;
    expect(edits.every((e) => e.newText === 'Critical')).toBe(true);
    expect(edits).toHaveLength(6); // credits per ticket, declaration, two default targets, the tier, the scenario ticket
    await expect(connection.sendRequest('textDocument/rename', { ...at(source), newName: 'within' })).rejects.toThrow(/keyword/);
  });

  it('formats exactly like slac fmt', async () => {
    const messy = contract
      .replace('  provider "Acme IT B.V."', '      provider    "Acme IT B.V."')
      .replace('priority P2 "High"', 'priority P2 "High"   // second');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ text: messy }] });
    const edits = await connection.sendRequest<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'slac', 8, messy), edits);
    expect(formatted).toBe(format(messy).text);
    expect(formatted).not.toBe(messy);
  });

  it('answers a request cancelled before it ran with RequestCancelled, and keeps serving', async () => {
    let raw = '';
    const onData = (d: Buffer) => (raw += d.toString());
    child.stdout.on('data', onData);
    const request = JSON.stringify({
      jsonrpc: '2.0',
      id: 'cancel-me',
      method: 'textDocument/hover',
      params: at(contract.replace('credits for uptime', 'credits for <|>uptime')),
    });
    const cancel = JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 'cancel-me' } });
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    child.stdin.write(frame(request) + frame(cancel));
    const started = Date.now();
    while (!raw.includes('"id":"cancel-me"') && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 5));
    child.stdout.off('data', onData);
    const body = raw.slice(raw.indexOf('{', raw.indexOf('"id":"cancel-me"') - 200));
    expect(raw).toContain('"id":"cancel-me"');
    expect(raw).toContain('-32800');
    expect(body).toBeTruthy();
    const list = await connection.sendRequest<CompletionList>('textDocument/completion', at(`<|>${contract}`));
    expect(list.items.length).toBeGreaterThan(0);
  });

  it('shuts down and exits with code 0', async () => {
    await expect(connection.sendRequest('shutdown')).resolves.toBeNull();
    await connection.sendNotification('exit');
    expect(await exitCode).toBe(0);
    expect(server.stderr()).toBe('');
  });
});
