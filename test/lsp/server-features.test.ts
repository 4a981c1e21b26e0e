/**
 * The real server over stdio, for what runs beside the diagnostics of an edit: scenario results
 * (a diagnostic on the failing `expect` line, code lenses), the rendered contract, pull
 * diagnostics, settings changed while running, workspace symbols from the folder, document links,
 * formatting that says why it cannot format.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, DocumentDiagnosticReport, DocumentLink, PublishDiagnosticsParams, WorkspaceSymbol } from 'vscode-languageserver';
import { contract } from './helpers.js';
import { spawnServer, type StdioServer } from './stdio.js';

const folder = mkdtempSync(join(tmpdir(), 'slac-lsp-'));
const uri = pathToFileURL(join(folder, 'contract.sla')).href;
const failing = contract.replace('expect T1 resolution met', 'expect T1 resolution breached');
const expectLine = failing.split('\n').findIndex((l) => l.includes('expect T1 resolution breached'));
const hasFailure = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'scenario-failed');

let server: StdioServer;

beforeAll(async () => {
  writeFileSync(join(folder, 'contract.sla'), failing);
  writeFileSync(join(folder, 'other.sla'), 'calendar helpdesk "Helpdesk" {\n  timezone Europe/Amsterdam\n  every day\n}\n');
  server = spawnServer();
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'contracts' }],
    capabilities: {},
    initializationOptions: { debounceMs: 0, scenarios: { run: 'idle', delay: 20 } },
  });
  await server.connection.sendNotification('initialized', {});
});

afterAll(async () => {
  await server.connection.sendRequest('shutdown').catch(() => undefined);
  await server.connection.sendNotification('exit').catch(() => undefined);
  if (server.child.exitCode === null) server.child.kill();
  rmSync(folder, { recursive: true, force: true });
});

describe('scenarios in the editor', () => {
  it('publishes the diagnostics of the text first, then the failing expectation on its line', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'slac', version: 1, text: failing },
    });
    const first = await server.diagnosticsFor(uri, 1);
    expect(first.diagnostics).toEqual([]); // the syntax and semantic diagnostics do not wait for the scenarios
    const withScenarios = await server.diagnosticsFor(uri, 1, hasFailure);
    expect(withScenarios.diagnostics).toHaveLength(1);
    const d = withScenarios.diagnostics[0]!;
    expect(d.code).toBe('scenario-failed');
    expect(d.severity).toBe(1);
    expect(d.range.start).toEqual({ line: expectLine, character: 2 });
    expect(d.message).toMatch(/^expect T1 resolution breached: expected breached, actual met/);
  });

  it('shows a code lens with the result on the scenario', async () => {
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l) => l.command?.title)).toEqual(['✗ 1 of 1 expectations fail']);
    expect(lenses[0]!.command!.command).toBe('slac.server.runScenarios');
    const results = await server.connection.sendRequest<Array<{ passed: boolean }>>('workspace/executeCommand', {
      command: 'slac.server.runScenarios',
      arguments: [uri],
    });
    expect(results.map((r) => r.passed)).toEqual([false]);
  });

  it('answers pull diagnostics with the same diagnostics', async () => {
    const report = await server.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    expect((report as { items: Array<{ code: string }> }).items.map((d) => d.code)).toEqual(['scenario-failed']);
  });

  it('renders the contract as HTML for a preview', async () => {
    const rendered = await server.connection.sendRequest<{ lang: string; html: string }>('workspace/executeCommand', {
      command: 'slac.server.renderContract',
      arguments: [uri, 'en'],
    });
    expect(rendered.lang).toBe('en');
    expect(rendered.html).toMatch(/^<!DOCTYPE html>/i);
    expect(rendered.html).toContain('Managed Workplace');
  });

  it('stops running scenarios when the setting says so, without a reload', async () => {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { slac: { scenarios: { run: 'off' } } } });
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: `${failing}\n` }],
    });
    await server.diagnosticsFor(uri, 2);
    await new Promise((r) => setTimeout(r, 400));
    expect(server.published.filter((p) => p.version === 2).map((p) => p.diagnostics.length)).toEqual([0]);
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { slac: { scenarios: { run: 'idle', delay: 20 } } },
    });
    // Honoured at once: the open document is checked again, and its scenarios run.
    await server.diagnosticsFor(uri, 2, hasFailure);
  });
});

describe('workspace and links', () => {
  it('finds symbols in every .sla file of the folder', async () => {
    const symbols = await server.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query: 'help' });
    expect(symbols.map((s) => [s.name, (s.location as { uri: string }).uri])).toEqual([
      ['helpdesk', pathToFileURL(join(folder, 'other.sla')).href],
    ]);
    const offices = await server.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query: 'office' });
    expect(offices.map((s) => s.name)).toEqual(['office']);
  });

  it('follows files created in the folder', async () => {
    writeFileSync(join(folder, 'third.sla'), 'priority Urgent "Urgent"\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(folder, 'third.sla')).href, type: 1 }],
    });
    await new Promise((r) => setTimeout(r, 100));
    const symbols = await server.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query: 'urgent' });
    expect(symbols.map((s) => s.name)).toEqual(['Urgent']);
  });

  it('links e-mail addresses and https addresses in strings, nothing else', async () => {
    const text = `${contract}\nescalation major {\n  for P1\n  step 1 "Service desk" after 1 hours contact "desk@acme.example, https://status.acme.example/p1."\n  step 2 "Manager" after 2 hours contact "command:workbench.action.terminal.new file:///etc/passwd"\n}\n`;
    const linked = uri.replace('contract.sla', 'links.sla');
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: linked, languageId: 'slac', version: 1, text },
    });
    const links = await server.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: linked } });
    expect(links.map((l) => l.target).sort()).toEqual(['https://status.acme.example/p1', 'mailto:desk@acme.example']);
  });
});

describe('formatting', () => {
  it('answers a file with syntax errors with an error that says why', async () => {
    const broken = uri.replace('contract.sla', 'broken.sla');
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: broken, languageId: 'slac', version: 1, text: 'calendar office {\n' },
    });
    await expect(
      server.connection.sendRequest('textDocument/formatting', {
        textDocument: { uri: broken },
        options: { tabSize: 2, insertSpaces: true },
      }),
    ).rejects.toThrow(/cannot format this file until its syntax errors are fixed \(line 1:/);
  });
});
