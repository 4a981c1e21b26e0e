// Bundles the extension client and the language server (with the compiler and every dependency)
// into dist/, so the .vsix needs no node_modules: `node lsp/vscode/build.mjs` (npm run package:vscode).
// Both bundles are minified; the licences of the bundled packages are in dist/THIRD-PARTY-NOTICES.txt,
// generated from the bundles' metafiles (the metafiles are kept in out/ for the tests).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackages, noticesText } from './notices.mjs';

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
  minify: true,
  // The licences are collected in THIRD-PARTY-NOTICES.txt, whole, instead of scattered comments.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

const client = await build({
  ...common,
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(out, 'extension.js'),
  external: ['vscode'],
});

const server = await build({
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

const meta = join(here, 'out');
mkdirSync(meta, { recursive: true });
writeFileSync(join(meta, 'metafiles.json'), JSON.stringify([client.metafile, server.metafile]));
writeFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), noticesText(bundledPackages([client.metafile, server.metafile], root)));

console.log(`built ${join(out, 'extension.js')} and ${join(out, 'server.js')}`);
