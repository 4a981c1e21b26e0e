/**
 * Imports in the real server over stdio, with two files open: a contract and the shared
 * definitions it imports. Diagnostics (the same as `slac check` gives for the two files),
 * definition, references, rename and hover across the files, and a new check of the contract when
 * the shared file changes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, Location, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver';
import { root } from './helpers.js';
import { spawnServer, type StdioServer } from './stdio.js';

const shared = `// Shared definitions of Acme IT
calendar office "Office hours" {
  timezone Europe/Amsterdam
  monday to friday 08:00 to 18:00
}

priority P1 nl "Kritiek" en "Critical"

priority P2 nl "Hoog"
`;

const contract = `import calendar office, priority P1, P2, P11 from "shared/definitions.sla"

agreement "Workplace" {
  provider "Acme IT B.V."
  customer "Gemeente Voorbeeld"
  term 2026-01-01 to 2026-12-31
  languages nl, en
}

targets {
  calendar office
  response P1 within 30 minutes
  resolution P1 within 4 business hours
  response P2 within 2 business hours
  resolution P2 within 3 working days
}
`;

let dir: string;
let server: StdioServer;
let sharedUri: string;
let contractUri: string;

/** The line (0-based) and character of the n-th occurrence of `word` in `text`. */
function find(text: string, word: string, n = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(word, at + 1);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** What both tools say of a diagnostic, in 1-based lines and columns. */
type Said = { code: string; message: string; at: string; related: string[] };

function cliCheck(): Promise<Record<string, Said[]>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'check', '--format', 'json', 'contract.sla'], { cwd: dir });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const byFile: Record<string, Said[]> = {};
      for (const d of JSON.parse(out) as Array<{
        file: string;
        code: string;
        message: string;
        range: { start: { line: number; column: number } };
        related: Array<{ file?: string; range: { start: { line: number; column: number } } }>;
      }>) {
        (byFile[d.file] ??= []).push({
          code: d.code,
          message: d.message,
          at: `${d.range.start.line}:${d.range.start.column}`,
          related: d.related.map((r) => `${r.file ?? d.file}:${r.range.start.line}:${r.range.start.column}`),
        });
      }
      resolve(byFile);
    });
  });
}

function lspSaid(p: PublishDiagnosticsParams): Said[] {
  const name = (uri: string) => (uri === sharedUri ? join('shared', 'definitions.sla') : 'contract.sla');
  return p.diagnostics.map((d) => ({
    code: String(d.code),
    message: d.message,
    at: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
    related: (d.relatedInformation ?? []).map(
      (r) => `${name(r.location.uri)}:${r.location.range.start.line + 1}:${r.location.range.start.character + 1}`,
    ),
  }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slac-imports-'));
  writeFileSync(join(dir, 'contract.sla'), contract);
  mkdirSync(join(dir, 'shared'));
  writeFileSync(join(dir, 'shared', 'definitions.sla'), shared);
  sharedUri = pathToFileURL(join(dir, 'shared', 'definitions.sla')).href;
  contractUri = pathToFileURL(join(dir, 'contract.sla')).href;
  server = spawnServer();
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { debounceMs: 20 },
  });
  await server.connection.sendNotification('initialized', {});
  for (const [uri, text] of [
    [sharedUri, shared],
    [contractUri, contract],
  ] as const) {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'slac', version: 1, text } });
  }
});

afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('imports in slac lsp --stdio, two files open', () => {
  it('gives each file the same diagnostics as slac check', async () => {
    const [cli, forContract, forShared] = await Promise.all([
      cliCheck(),
      server.diagnosticsFor(contractUri, 1),
      server.diagnosticsFor(sharedUri, 1),
    ]);
    expect(lspSaid(forContract)).toEqual(cli['contract.sla']);
    expect(lspSaid(forShared)).toEqual(cli[join('shared', 'definitions.sla')] ?? []);
    // The unknown name with its suggestion, and the Dutch-only title reported at the import,
    // pointing at the shared file.
    expect(lspSaid(forContract).map((d) => d.code)).toEqual(['missing-translation', 'unknown-import']);
    expect(forContract.diagnostics[1]!.message).toMatch(/has no priority 'P11'; did you mean 'P1'\?/);
    expect(forContract.diagnostics[0]!.relatedInformation![0]!.location.uri).toBe(sharedUri);
  });

  it('goes to the definition in the imported file', async () => {
    const defs = await server.connection.sendRequest<Location[]>('textDocument/definition', {
      textDocument: { uri: contractUri },
      position: find(contract, 'office', 1),
    });
    expect(defs).toEqual([{ uri: sharedUri, range: { start: find(shared, 'office'), end: { ...find(shared, 'office'), character: 15 } } }]);
  });

  it('finds the references in both files', async () => {
    const refs = await server.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: sharedUri },
      position: find(shared, 'P1'),
      context: { includeDeclaration: true },
    });
    const where = refs.map((r) => `${r.uri === sharedUri ? 'shared' : 'contract'}:${r.range.start.line}`).sort();
    // The declaration; the import and the two targets in the contract.
    expect(where).toEqual(['contract:0', 'contract:11', 'contract:12', 'shared:6'].sort());
  });

  it('renames across the files in one WorkspaceEdit', async () => {
    const edit = await server.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: contractUri },
      position: find(contract, 'office', 1),
      newName: 'office_hours',
    });
    expect(Object.keys(edit.changes!).sort()).toEqual([contractUri, sharedUri].sort());
    expect(edit.changes![sharedUri]!.map((e) => e.range.start)).toEqual([find(shared, 'office')]);
    expect(edit.changes![contractUri]!.map((e) => e.range.start)).toEqual([find(contract, 'office'), find(contract, 'office', 1)]);
    expect(
      Object.values(edit.changes!)
        .flat()
        .every((e) => e.newText === 'office_hours'),
    ).toBe(true);
  });

  it('hovers an imported name with its definition', async () => {
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: contractUri },
      position: find(contract, 'P1 within'),
    });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('**priority** `P1`');
    expect(value).toContain('Critical');
  });

  it('checks the contract again when the imported file changes', async () => {
    const renamed = shared.replace('calendar office', 'calendar offices');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: sharedUri, version: 2 },
      contentChanges: [{ text: renamed }],
    });
    const again = await server.diagnosticsFor(contractUri, 1, (p) =>
      p.diagnostics.some((d) => /no calendar 'office'; did you mean 'offices'/.test(d.message)),
    );
    expect(again.diagnostics.map((d) => d.code)).toContain('unknown-import');
  });
});
