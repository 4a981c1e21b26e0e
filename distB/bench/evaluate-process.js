/**
 * `slac evaluate` in a process of its own, as a user runs it: wall time, peak RSS (bench/rss-probe.ts)
 * and the JSON report's size, after checking that every one of the `n` tickets was accepted.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('../../', import.meta.url));
export function evaluateProcess(contract, ticketsFile, n, options, env = {}) {
    const rssFile = `${ticketsFile}.${process.hrtime.bigint()}.rss`;
    try {
        const start = performance.now();
        const r = spawnSync(process.execPath, [
            '--import',
            fileURLToPath(new URL('./rss-probe.js', import.meta.url)),
            'dist/cli/main.js',
            'evaluate',
            contract,
            '--data',
            `tickets=${ticketsFile}`,
            ...options,
        ], { cwd: root, env: { ...process.env, ...env, SLAC_RSS_OUT: rssFile }, maxBuffer: 1 << 30, encoding: 'utf8' });
        const seconds = (performance.now() - start) / 1000;
        if (r.status !== 0)
            throw new Error(`slac evaluate ${options.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
        const report = JSON.parse(r.stdout);
        if (report.data.accepted.ticket !== n)
            throw new Error(`expected ${n} tickets, accepted ${report.data.accepted.ticket}`);
        return { seconds, peakRss: Number(readFileSync(rssFile, 'utf8')), reportBytes: Buffer.byteLength(r.stdout) };
    }
    finally {
        rmSync(rssFile, { force: true });
    }
}
