// The published bundles, built with esbuild: `node scripts/bundle.mjs` (part of `npm run build`).
//
// dist/bin/slac.mjs  the command line (package.json `bin`). Every command's module, and what only
//   it needs, is a chunk beside it that loads when that command runs, so `slac check` reads the
//   grammar and the checker and nothing else. One bundle instead of ~900 files (chevrotain alone
//   is 700 lodash-es modules) halves the start-up. dist/bin/meta.json records what went where
//   (test/cli/startup.test.ts reads it); dist/bin/THIRD-PARTY-NOTICES.txt the bundled licences.
// dist/standalone/runtime.js  the evaluation runtime as one script that defines `__slacRuntime`,
//   which `slac compile --standalone` copies into the evaluator module (compiler/emit/standalone.ts),
//   licences included, so the module runs where slac is not installed.
import { build } from 'esbuild';
import { buildSnapshot } from './snapshot.mjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  // The licences travel as whole texts (notices below), not as scattered comments.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/** The packages a build bundled, sorted, each with its version, licence and licence text. */
function bundledPackages(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  return [...dirs]
    .map((dir) => {
      const abs = join(root, dir);
      const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'));
      const file = readdirSync(abs)
        .filter((f) => /^(licen[cs]e|copying)/i.test(f))
        .sort()[0];
      const text = file ? readFileSync(join(abs, file), 'utf8').trim() : `(no licence file; package.json says ${pkg.license})`;
      return { name: pkg.name, version: pkg.version, license: typeof pkg.license === 'string' ? pkg.license : 'see text', text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function noticesText(packages) {
  return packages.map((p) => `${p.name} ${p.version} (${p.license})\n\n${p.text}\n`).join(`\n${'-'.repeat(72)}\n\n`);
}

// ---------------------------------------------------------------------------------------------
// The command line

const bin = join(root, 'dist', 'bin');
rmSync(bin, { recursive: true, force: true });
const cli = await build({
  ...common,
  entryPoints: { slac: 'cli/bin.ts' },
  outdir: bin,
  splitting: true,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // Loaded from node_modules when they run, never bundled: puppeteer-core drives the system's
  // Chromium for `slac report --format pdf`; DuckDB is a native module (a .node binding per
  // platform) for `--engine duckdb`.
  external: ['puppeteer-core', '@duckdb/node-api'],
  // Bundled CommonJS packages (commander, moment-timezone …) call require() for Node's modules.
  banner: { js: "import { createRequire as __slacRequire } from 'node:module'; const require = __slacRequire(import.meta.url);" },
});
writeFileSync(join(bin, 'meta.json'), JSON.stringify(cli.metafile));
writeFileSync(
  join(bin, 'THIRD-PARTY-NOTICES.txt'),
  `The slac command line (dist/bin) bundles these packages:\n\n${noticesText(bundledPackages(cli.metafile))}`,
);

// The start-up snapshot of `slac check` (cli/snapshot.ts): one CommonJS script, restored by cli/bin.ts.
await build({
  ...common,
  entryPoints: { snapshot: 'cli/snapshot.ts' },
  outdir: bin,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { SLAC_SNAPSHOT_WARM_UP: JSON.stringify(readFileSync(join(root, 'examples/saas-platform.sla'), 'utf8')) },
});
buildSnapshot(bin);

// ---------------------------------------------------------------------------------------------
// The standalone runtime

const standalone = join(root, 'dist', 'standalone');
rmSync(standalone, { recursive: true, force: true });
mkdirSync(standalone, { recursive: true });
const runtime = await build({
  ...common,
  entryPoints: ['runtime/bind.ts'],
  write: false,
  format: 'iife',
  globalName: '__slacRuntime',
  minify: true,
});
const packages = bundledPackages(runtime.metafile);
const asComment = (text) =>
  text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((l) => (l ? `// ${l}` : '//'))
    .join('\n');
const header = asComment(
  `The slac ${version} evaluation runtime, bundled with: ${packages.map((p) => `${p.name} ${p.version} (${p.license})`).join(', ')}.\nTheir licences follow the code.`,
);
writeFileSync(
  join(standalone, 'runtime.js'),
  `${header}\n${runtime.outputFiles[0].text.trim()}\n${asComment(`Licences of the bundled packages\n\n${noticesText(packages)}`)}\n`,
);

if (!existsSync(join(bin, 'slac.mjs'))) throw new Error('bundle: dist/bin/slac.mjs was not written');
console.log(
  `bundled dist/bin/slac.mjs (${Object.keys(cli.metafile.outputs).length} files) and dist/standalone/runtime.js (${packages.length} packages)`,
);
