// Bundles the extension client and the language server (with the compiler and every dependency)
// into dist/, so the .vsix needs no node_modules: `node lsp/vscode/build.mjs` (npm run package:vscode).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [join(here, 'src', 'extension.ts')], outfile: join(out, 'extension.js'), external: ['vscode'] });

await build({
  ...common,
  entryPoints: [join(root, 'lsp', 'server', 'main.ts')],
  outfile: join(out, 'server.js'),
  // The compiler is ES modules; in the CommonJS bundle import.meta.url is this file's URL.
  define: { 'import.meta.url': '__slacModuleUrl', 'import.meta.dirname': '__dirname' },
  banner: { js: "const __slacModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The contract-document templates (hover shows clauses as the contract words them) sit next to
// the bundle, where compiler/document looks for them.
const templates = join(root, 'compiler', 'document', 'templates');
if (existsSync(templates)) cpSync(templates, join(out, 'templates'), { recursive: true });

console.log(`built ${join(out, 'extension.js')} and ${join(out, 'server.js')}`);
