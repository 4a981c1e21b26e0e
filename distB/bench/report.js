/**
 * Service report benchmark: `slac report` against `slac evaluate` on the same file of 1,000,000
 * generated tickets (bench/evaluate.ts), each in a process of its own, as a ratio (the issue asks
 * for under 2×): the report streams every ticket result into its breakdowns and renders the charts.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTickets } from './evaluate.js';
const root = fileURLToPath(new URL('../../', import.meta.url));
function timed(args) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 26,
    });
    if (r.status !== 0)
        throw new Error(`slac ${args[0]} exited ${r.status}: ${r.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e9;
}
export async function benchReport(log) {
    const n = 1_000_000;
    const file = join(tmpdir(), `slac-bench-report-${process.pid}.ndjson`);
    const out = join(tmpdir(), `slac-bench-report-${process.pid}.html`);
    try {
        await writeTickets(file, n);
        const common = ['examples/managed-it.sla', '--data', `tickets=${file}`, '--period', '2026-03'];
        const evaluate = timed(['evaluate', ...common]);
        const report = timed(['report', ...common, '--lang', 'nl', '--format', 'html', '-o', out]);
        log(`${n.toLocaleString('en-US')} tickets, --period 2026-03: slac evaluate ${evaluate.toFixed(1)} s, slac report (HTML with charts) ${report.toFixed(1)} s: ${(report / evaluate).toFixed(2)}× (goal: under 2×)`);
    }
    finally {
        rmSync(file, { force: true });
        rmSync(out, { force: true });
    }
}
