/**
 * `slac compile --standalone`: the evaluator module with the runtime inside it, importable where
 * slac is not installed. The runtime is the script scripts/bundle.mjs builds once per slac
 * release (dist/standalone/runtime.js: esbuild, minified, with the licences of what it bundles),
 * copied in verbatim, so the output depends only on the contract and the installed slac, and
 * no bundler runs at compile time. The module's types come from the runtime's declaration files
 * (dist/runtime/**\/*.d.ts, which import nothing outside themselves), written beside the module.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitEvaluator, STANDALONE_TYPES_DIR } from './evaluator.js';
/** dist/<sub>, seen from this module in dist/compiler/emit, in the bundle (dist/bin) or in the source tree (compiler/emit). */
function distFolder(sub, probe) {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [join(here, '..', '..', sub), join(here, '..', sub), join(here, '..', '..', 'dist', sub)];
    const found = candidates.find((dir) => existsSync(join(dir, probe)));
    if (!found)
        throw new Error(`slac is not built: ${probe} is missing (looked in ${candidates.join(', ')}); run \`npm run build\``);
    return found;
}
let runtime;
function standaloneRuntime() {
    if (runtime)
        return runtime;
    const script = readFileSync(join(distFolder('standalone', 'runtime.js'), 'runtime.js'), 'utf8');
    const typesDir = distFolder('runtime', 'index.d.ts');
    const types = readdirSync(typesDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.d.ts'))
        .map((f) => f.split('\\').join('/'))
        .sort()
        .map((f) => ({ path: `${STANDALONE_TYPES_DIR}/${f}`, content: readFileSync(join(typesDir, f), 'utf8') }));
    runtime = { script, types };
    return runtime;
}
export function emitStandaloneEvaluator(model, file) {
    const { script, types } = standaloneRuntime();
    return { ...emitEvaluator(model, file, { kind: 'bundled', script }), types };
}
