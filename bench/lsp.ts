/**
 * Language-server latency: how long after an edit the diagnostics of a generated 2,000-line
 * document are ready. Two measurements:
 *  - in process: the language service's `validate` on the edited document (what the server runs
 *    when the debounce fires), with the incremental analysis and, for comparison, without it;
 *  - end to end: the real server process over stdio (debounce set to 0), from sending didChange
 *    to receiving publishDiagnostics for that version.
 * The edits type a new statement into a block one character at a time (broken states included)
 * and change numbers in place (clean states: the checker runs), at places spread over the file.
 * Target: p95 under 50 ms. Run with `npm run bench:lsp` or as part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../lsp/service/index.js';
import { generateSla } from './generate-sla.js';
import { mulberry32 as random } from './random.js';

const LINES = 2000;

/** A sequence of single edits (in the order a user makes them) on `text`. */
export function editScript(text: string, count: number, seed = 1): TextDocumentContentChangeEvent[][] {
  const next = random(seed);
  const edits: TextDocumentContentChangeEvent[][] = [];
  let doc = TextDocument.create('file:///bench.sla', 'slac', 0, text);
  const apply = (change: TextDocumentContentChangeEvent) => {
    edits.push([change]);
    doc = TextDocument.update(doc, [change], doc.version + 1);
  };
  while (edits.length < count) {
    const lines = doc.getText().split('\n');
    if (next() < 0.5) {
      // Type a text statement at the end of a block line, character by character.
      const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^  (step|below|availability) /.test(l));
      const [line, index] = candidates[Math.floor(next() * candidates.length)]!;
      const typed = `\n  text en "Added while benchmarking"`;
      let at = { line: index, character: line.length };
      for (const ch of typed) {
        if (edits.length >= count) break;
        apply({ range: { start: at, end: at }, text: ch });
        at = ch === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 };
      }
    } else {
      // Change a percentage in place: `99.5%` → `99.6%`.
      const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /at least 99\.\d%/.test(l));
      const [line, index] = candidates[Math.floor(next() * candidates.length)]!;
      const character = line.indexOf('99.') + 3;
      apply({ range: { start: { line: index, character }, end: { line: index, character: character + 1 } }, text: String(Math.floor(next() * 10)) });
    }
  }
  return edits;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms (${times.length} edits)`;
}

function inProcess(text: string, edits: TextDocumentContentChangeEvent[][], incremental: boolean): number[] {
  const service = createLanguageService({ incremental });
  let doc = TextDocument.create('file:///bench.sla', 'slac', 0, text);
  service.validate(doc); // the open
  const times: number[] = [];
  for (const change of edits) {
    doc = TextDocument.update(doc, change, doc.version + 1);
    const start = performance.now();
    service.validate(doc);
    times.push(performance.now() - start);
  }
  return times;
}

async function endToEnd(text: string, edits: TextDocumentContentChangeEvent[][]): Promise<number[] | string> {
  const server = join(import.meta.dirname, '../lsp/server/main.js');
  if (!existsSync(server)) return `skipped: ${server} is not built`;
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (p.version !== undefined) waiting.get(p.version)?.();
  });
  connection.listen();
  const uri = 'file:///bench.sla';
  const published = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    await connection.sendNotification('initialized', {});
    const opened = published(0);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'slac', version: 0, text } });
    await opened;
    const times: number[] = [];
    let version = 0;
    for (const contentChanges of edits) {
      version++;
      const done = published(version);
      const start = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      await done;
      times.push(performance.now() - start);
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return times;
  } finally {
    connection.dispose();
    child.kill();
  }
}

export async function benchLsp(log: (line: string) => void): Promise<void> {
  const text = generateSla(LINES);
  const edits = editScript(text, 300);
  log(`generated document: ${text.split('\n').length} lines, ${edits.length} edits (typing a statement, changing numbers)`);
  inProcess(text, edits.slice(0, 30), true); // warm up the JIT
  log(`diagnostics in process, incremental: ${summary(inProcess(text, edits, true))}`);
  log(`diagnostics in process, full analyze: ${summary(inProcess(text, edits.slice(0, 100), false))}`);
  const e2e = await endToEnd(text, edits);
  log(typeof e2e === 'string' ? `diagnostics end to end: ${e2e}` : `diagnostics end to end over stdio (debounce 0): ${summary(e2e)}`);
  log('target: p95 < 50 ms (the server waits 150 ms after the last keystroke before it starts)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchLsp((line) => console.log(line));
}
