/**
 * Start-up of the published command line (package.json `bin`, the esbuild bundle), as a user
 * meets it: whole-process wall time, against a bare `node -e 0` measured in the same run.
 *  - `slac check` on one example (target: at most 3× `node -e 0`): the bin restores the checker
 *    from its start-up snapshot in a child process (cli/bin.ts); for comparison the snapshot
 *    restored directly (what the child costs alone), the bundled command line in one process
 *    (what the bin does without a snapshot for this Node) and the unbundled build
 *    (dist/cli/main.js, one file per module);
 *  - `slac lsp --stdio`: from spawning the server to its answer to `initialize` (target < 300 ms).
 * Interleaved runs, so that a busy machine slows every command alike; medians decide the
 * targets, the fastest runs (least disturbed by other processes) are printed beside them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const root = join(import.meta.dirname, '../..');
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.slac);
const unbundled = join(root, 'dist/cli/main.js');
const blob = join(root, `dist/bin/check-${process.version}-${process.arch}.blob`);
const inProcess = join(root, 'dist/bin', readdirSync(join(root, 'dist/bin')).find((f) => /^main-.*\.mjs$/.test(f)) ?? 'main.mjs');
const example = 'examples/managed-it.sla';
const RUNS = 15;
function processMs(args) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0)
        throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
    return ms;
}
/** Spawn → the response to `initialize` (LSP over stdio, Content-Length framing). */
function lspInitializeMs() {
    return new Promise((resolve, reject) => {
        const start = process.hrtime.bigint();
        const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
        let buffer = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            buffer += chunk;
            if (!/"id":1\b/.test(buffer) || !buffer.includes('"capabilities"'))
                return;
            const ms = Number(process.hrtime.bigint() - start) / 1e6;
            child.kill();
            resolve(ms);
        });
        child.on('error', reject);
        const body = JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: { processId: process.pid, rootUri: null, capabilities: {} },
        });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fastest = (xs) => Math.min(...xs);
export async function benchStartup(log) {
    const node = [];
    const check = [];
    const checkUnbundled = [];
    const restored = [];
    const bundled = [];
    const lsp = [];
    processMs([bin, 'check', example]); // warm the file cache
    for (let i = 0; i < RUNS; i++) {
        node.push(processMs(['-e', '0']));
        check.push(processMs([bin, 'check', example]));
        checkUnbundled.push(processMs([unbundled, 'check', example]));
        restored.push(processMs(['--snapshot-blob', blob, 'check', example]));
        bundled.push(processMs([
            '--input-type=module',
            '-e',
            `import(${JSON.stringify(inProcess)}).then((m) => m.main(['check', ${JSON.stringify(example)}]))`,
        ]));
        lsp.push(await lspInitializeMs());
    }
    const line = (xs) => `${median(xs).toFixed(0)} ms = ${(median(xs) / median(node)).toFixed(2)}× node -e 0 (fastest run ${fastest(xs).toFixed(0)} ms = ${(fastest(xs) / fastest(node)).toFixed(2)}×)`;
    const ratio = median(check) / median(node);
    log(`node -e 0: ${median(node).toFixed(0)} ms (median of ${RUNS}; fastest ${fastest(node).toFixed(0)} ms)`);
    log(`slac check ${example}: ${line(check)}; target ≤ 3×: ${ratio <= 3 ? 'met' : 'MISSED'}`);
    log(`  the snapshot restored directly (the child alone): ${line(restored)}`);
    log(`  the bundled command line in one process (no snapshot for this Node): ${line(bundled)}`);
    log(`  the unbundled build (dist/cli/main.js): ${line(checkUnbundled)}`);
    log(`slac lsp --stdio, spawn to initialize answered: ${line(lsp)}; target < 300 ms: ${median(lsp) < 300 ? 'met' : 'MISSED'}`);
}
