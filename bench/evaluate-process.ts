/**
 * `slac evaluate` in a process of its own, as a user runs it: wall time, peak RSS (bench/rss-probe.ts)
 * and the JSON report's size, after checking that every one of the `accepted` records of each kind
 * was accepted. `data`: the `--data` values (`tickets=<file>`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function evaluateProcess(
  contract: string,
  data: readonly string[],
  accepted: Readonly<Record<string, number>>,
  options: readonly string[],
  env: Readonly<Record<string, string>> = {},
): { seconds: number; peakRss: number; reportBytes: number } {
  const rssFile = `${data[0]!.replace(/^[a-z]+=/, '')}.${process.hrtime.bigint()}.rss`;
  try {
    const start = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        fileURLToPath(new URL('./rss-probe.js', import.meta.url)),
        'dist/cli/main.js',
        'evaluate',
        contract,
        ...data.flatMap((d) => ['--data', d]),
        ...options,
      ],
      { cwd: root, env: { ...process.env, ...env, SLAC_RSS_OUT: rssFile }, maxBuffer: 1 << 30, encoding: 'utf8' },
    );
    const seconds = (performance.now() - start) / 1000;
    if (r.status !== 0) throw new Error(`slac evaluate ${options.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
    const report = JSON.parse(r.stdout) as { data: { accepted: Record<string, number> } };
    for (const [kind, n] of Object.entries(accepted))
      if (report.data.accepted[kind] !== n) throw new Error(`expected ${n} ${kind}s accepted, got ${report.data.accepted[kind]}`);
    return { seconds, peakRss: Number(readFileSync(rssFile, 'utf8')), reportBytes: Buffer.byteLength(r.stdout) };
  } finally {
    rmSync(rssFile, { force: true });
  }
}
