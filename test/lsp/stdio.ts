/** A real `slac lsp --stdio` process and a JSON-RPC connection to it, for the server tests. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { root } from './helpers.js';

export interface StdioServer {
  child: ChildProcessWithoutNullStreams;
  connection: MessageConnection;
  published: PublishDiagnosticsParams[];
  stderr: () => string;
  exitCode: Promise<number | null>;
  /** Resolves with the first publication for `uri` at `version` that satisfies `test`. */
  diagnosticsFor(
    uri: string,
    version: number,
    test?: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
}

export function spawnServer(): StdioServer {
  const cli = join(root, 'dist/cli/main.js');
  if (!existsSync(cli) || !existsSync(join(root, 'dist/lsp/server/server.js'))) {
    throw new Error('build first: npx tsc -p tsconfig.json (the test starts dist/cli/main.js lsp --stdio)');
  }
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const diagnosticsFor = (uri: string, version: number, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        const hit = published.find((p) => p.uri === uri && p.version === version && test(p));
        if (hit) resolve(hit);
        else if (Date.now() - started > timeoutMs)
          reject(
            new Error(
              `no matching diagnostics for version ${version}; got ${JSON.stringify(published.map((p) => [p.version, p.diagnostics.map((d) => d.code)]))}`,
            ),
          );
        else setTimeout(poll, 5);
      };
      poll();
    });
  return { child, connection, published, stderr: () => stderr, exitCode, diagnosticsFor };
}
