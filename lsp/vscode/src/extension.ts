/**
 * The slac extension: starts the language server bundled next to this file (dist/server.js, built
 * by build.mjs from lsp/server) and connects VS Code to it. Everything else — diagnostics,
 * completion, hover, rename, formatting, scenario results … — is the server's; the extension adds
 * one view of its own: the rendered contract beside the source, refreshed on save.
 */
import * as path from 'node:path';
import { commands, ViewColumn, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server's command that renders a contract as standalone HTML (lsp/service/contract-html.ts). */
const RENDER_CONTRACT = 'slac.server.renderContract';

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
    // The server reads the `slac` section again whenever it changes (no reload needed).
    initializationOptions: { diagnostics: { delay: config.get<number>('diagnostics.delay', 150) }, scenarios: config.get('scenarios') },
    synchronize: { configurationSection: 'slac', fileEvents: workspace.createFileSystemWatcher('**/*.sla') },
  };
  client = new LanguageClient('slac', 'slac', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  context.subscriptions.push(commands.registerCommand('slac.showContract', () => showContract(context)));
}

/** The contract document of the active .sla editor in a webview beside it, rendered again on every save. */
async function showContract(context: ExtensionContext): Promise<void> {
  const editor = window.activeTextEditor;
  if (editor?.document.languageId !== 'slac') {
    void window.showInformationMessage('Open a .sla contract to show its document.');
    return;
  }
  const source = editor.document;
  const panel = window.createWebviewPanel(
    'slac.contract',
    `${path.basename(source.fileName)} — contract`,
    { viewColumn: ViewColumn.Beside, preserveFocus: true },
    {
      enableScripts: false,
      localResourceRoots: [],
    },
  );
  const render = async () => {
    try {
      const rendered = await client!.sendRequest(ExecuteCommandRequest.type, {
        command: RENDER_CONTRACT,
        arguments: [source.uri.toString()],
      });
      panel.webview.html = withPolicy((rendered as { html: string }).html);
    } catch (error) {
      panel.webview.html = message(error instanceof Error ? error.message : String(error));
    }
  };
  await render();
  const saved = workspace.onDidSaveTextDocument((d: TextDocument) => {
    if (d.uri.toString() === source.uri.toString()) void render();
  });
  panel.onDidDispose(() => saved.dispose(), undefined, context.subscriptions);
}

/** No scripts, no remote content: the document's own inline styles only. */
function withPolicy(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${policy}`) : `${policy}${html}`;
}

function message(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return withPolicy(`<!DOCTYPE html><html><head></head><body><p>${escaped}</p></body></html>`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
