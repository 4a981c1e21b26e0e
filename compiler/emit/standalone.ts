/**
 * `slac compile --standalone`: the evaluator module with the runtime inside it, importable where
 * slac is not installed. The runtime is the script scripts/bundle.mjs builds once per slac
 * release (dist/standalone/runtime.js: esbuild, minified, with the licences of what it bundles),
 * copied in verbatim, so the output depends only on the contract and the installed slac, and
 * no bundler runs at compile time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContractModel } from '../model.js';
import { emitEvaluator, type EmittedEvaluator } from './evaluator.js';

let script: string | undefined;

/** dist/standalone/runtime.js, seen from this module in dist/compiler/emit, in the bundle (dist/bin) or in the source tree. */
function runtimeScript(): string {
  if (script !== undefined) return script;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', '..', 'standalone'), join(here, '..', 'standalone'), join(here, '..', '..', 'dist', 'standalone')].map((dir) =>
    join(dir, 'runtime.js'),
  );
  const found = candidates.find((f) => existsSync(f));
  if (!found) throw new Error(`the standalone runtime is missing (looked for ${candidates.join(', ')}); build slac with \`npm run build\``);
  script = readFileSync(found, 'utf8');
  return script;
}

export function emitStandaloneEvaluator(model: ContractModel, file: string): EmittedEvaluator {
  return emitEvaluator(model, file, { kind: 'bundled', script: runtimeScript() });
}
