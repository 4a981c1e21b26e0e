/**
 * The slac extension: starts the language server bundled next to this file (dist/server.js, built
 * by build.mjs from lsp/server) and connects VS Code to it. Everything else — diagnostics,
 * completion, hover, rename, formatting … — is the server's.
 */
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const config = workspace.getConfiguration('slac');
  const custom = config.get<string>('server.path')?.trim();
  const module = custom ? custom : context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'slac' },
      { scheme: 'untitled', language: 'slac' },
    ],
    initializationOptions: { debounceMs: config.get<number>('diagnostics.delay', 150) },
  };
  client = new LanguageClient('slac', 'slac', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
