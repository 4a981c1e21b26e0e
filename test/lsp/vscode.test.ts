/**
 * The VS Code extension as shipped: its manifest and language configuration, the esbuild bundle
 * (client + server with every dependency), the bundled server answering over stdio, and the .vsix
 * that `npm run package:vscode` makes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { root } from './helpers.js';

const ext = join(root, 'lsp/vscode');
const manifest = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8')) as {
  main: string;
  publisher: string;
  private?: boolean;
  description: string;
  repository?: unknown;
  engines: { vscode: string };
  contributes: {
    languages: Array<{ id: string; extensions: string[]; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
  };
};

describe('extension manifest', () => {
  it('contributes the slac language for .sla files with its configuration and grammar', () => {
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: 'slac', extensions: ['.sla'] });
    const [grammar] = manifest.contributes.grammars;
    expect(grammar).toMatchObject({ language: 'slac', scopeName: 'source.slac' });
    expect(existsSync(join(ext, grammar!.path))).toBe(true);
    expect(JSON.parse(readFileSync(join(ext, grammar!.path), 'utf8')).scopeName).toBe('source.slac');
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.engines.vscode).toBe('^1.82.0');
  });

  it('says plainly that it is not published, with no placeholder fields', () => {
    const raw = readFileSync(join(ext, 'package.json'), 'utf8');
    expect(raw).not.toContain('example.invalid');
    expect(manifest.repository).toBeUndefined();
    expect(manifest.private).toBe(true);
    expect(manifest.description).toContain('Not published on any marketplace');
    expect(readFileSync(join(ext, 'LICENSE'), 'utf8')).toContain('THIRD-PARTY-NOTICES.txt');
  });

  it('configures comments, brackets, auto-closing, folding and words', () => {
    const config = JSON.parse(readFileSync(join(ext, manifest.contributes.languages[0]!.configuration), 'utf8'));
    expect(config.comments).toEqual({ lineComment: '//' });
    expect(config.brackets).toEqual([['{', '}']]);
    expect(config.autoClosingPairs).toEqual(
      expect.arrayContaining([{ open: '{', close: '}' }, expect.objectContaining({ open: '"', close: '"' })]),
    );
    expect(new RegExp(config.folding.markers.start).test('  // region Targets')).toBe(true);
    const words = new RegExp(config.wordPattern, 'g');
    expect('timezone Europe/Amsterdam on contact_hours of back-office 99.9%'.match(words)).toEqual([
      'timezone',
      'Europe/Amsterdam',
      'on',
      'contact_hours',
      'of',
      'back-office',
      '99.9%',
    ]);
    expect(new RegExp(config.indentationRules.increaseIndentPattern).test('calendar office "Office" {')).toBe(true);
  });
});

describe('bundle', () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, [join(ext, 'build.mjs')], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build.mjs failed: ${built.stderr}`);
  }, 120_000);

  it('bundles the client (vscode left external) and the server with the document templates', () => {
    const client = readFileSync(join(ext, 'dist/extension.js'), 'utf8');
    expect(client).toContain('require("vscode")');
    expect(client).not.toContain('require("vscode-languageclient');
    const server = readFileSync(join(ext, 'dist/server.js'), 'utf8');
    expect(server).not.toMatch(/require\("(chevrotain|luxon|date-holidays|vscode-languageserver|handlebars)/);
    expect(existsSync(join(ext, 'dist/templates/en'))).toBe(true);
    // Minified: a few long lines, not the 3.8 MB of readable code it was.
    expect(server.length / server.split('\n').length).toBeGreaterThan(2000); // characters per line
    expect(server.length).toBeLessThan(3_000_000);
  });

  it('lists every bundled package with its licence in THIRD-PARTY-NOTICES.txt', () => {
    const notices = readFileSync(join(ext, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    const metafiles = JSON.parse(readFileSync(join(ext, 'out/metafiles.json'), 'utf8')) as Array<{
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    }>;
    const names = new Set<string>();
    for (const meta of metafiles) {
      for (const output of Object.values(meta.outputs)) {
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
          const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(input);
          if (m && bytesInOutput > 0) names.add(m[1]!);
        }
      }
    }
    expect([...names]).toEqual(
      expect.arrayContaining([
        'chevrotain',
        'luxon',
        'date-holidays',
        'handlebars',
        'vscode-languageclient',
        'vscode-languageserver',
        'diff',
      ]),
    );
    for (const name of names) {
      const heading = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\S+ — (.+)$`, 'm').exec(notices);
      expect(heading, `${name} has no notice`).not.toBeNull();
      // The licence text itself follows the heading (or a plain statement that the package ships none).
      const body = notices.slice(heading!.index).split('\n').slice(3, 6).join('\n');
      expect(body, name).toMatch(/copyright|permission|licen[cs]e|ships no licence/i);
    }
    expect(notices).toMatch(/^luxon 3\.7\.2 — MIT\n=+\n\n(MIT License\n\n)?Copyright/m);
  });

  it('runs: the bundled server checks a contract and hovers with the contract wording', async () => {
    const child = spawn(process.execPath, [join(ext, 'dist/server.js'), '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
    connection.listen();
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      const text = readFileSync(join(root, 'examples/managed-it.sla'), 'utf8');
      const uri = 'file:///managed-it.sla';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'slac', version: 1, text } });
      const started = Date.now();
      while (!published.some((p) => p.version === 1) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 10));
      expect(published.find((p) => p.version === 1)?.diagnostics).toEqual([]);
      const doc = TextDocument.create(uri, 'slac', 1, text);
      const hover = await connection.sendRequest<Hover>('textDocument/hover', {
        textDocument: { uri },
        position: doc.positionAt(text.indexOf('objective uptime') + 12),
      });
      const value = (hover.contents as { value: string }).value;
      // Contract wording in a hover is backslash-escaped Markdown: compare what the reader sees.
      expect(value.replace(/\\([!-/:-@[-`{-~])/g, '$1')).toContain('🇳🇱 Beschikbaarheid infrastructuur.');
      expect(value).toContain('Allowed downtime 57m – 1h 9m per month');
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  }, 60_000);

  it('packages a .vsix with vsce', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'slac-vsix-')), 'slac.vsix');
    const vsce = join(root, 'node_modules/.bin/vsce');
    const packaged = spawnSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: ext, encoding: 'utf8' });
    expect(packaged.status, packaged.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(200_000);
    const listed = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ext, encoding: 'utf8' });
    expect(listed.stdout.split('\n')).toEqual(expect.arrayContaining(['dist/THIRD-PARTY-NOTICES.txt', 'LICENSE', 'dist/server.js']));
  }, 120_000);
});
