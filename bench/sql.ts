/**
 * The SQL engine against the JavaScript engine, each `slac evaluate` in a process of its own (peak
 * RSS from getrusage, DuckDB's native memory included): the same generated tickets for the
 * contract the SQL engine covers (test/sql/fixtures/clocks.sla: response and resolution clocks on
 * business hours and wall time, pauses, reopenings, priority changes), as NDJSON and as Parquet.
 * 1,000,000 tickets each way by default; 10,000,000 for --engine duckdb with SLAC_BENCH_SQL_10M=1
 * (minutes, and several GB of temporary files).
 */
import { once as onceEvent } from 'node:events';
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDb } from '../cli/engines/duckdb.js';
import { text } from '../compiler/emit/sql/dialect.js';
import { evaluateProcess } from './evaluate-process.js';
import { mulberry32 } from './random.js';

const MB = 1024 * 1024;
const contract = 'test/sql/fixtures/clocks.sla';
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

/** NDJSON of `n` tickets over 2026: a pause in 20%, a reopening in 5%, a priority change in 10%. */
export async function writeTickets(file: string, n: number): Promise<void> {
  const rnd = mulberry32(7);
  const from = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2026, 11, 1) - from;
  const out = createWriteStream(file);
  let lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = from + Math.floor((rnd() * span) / 60_000) * 60_000;
    const responded = created + Math.floor(rnd() * 6 * 3_600_000);
    const resolved = responded + Math.floor(rnd() * 3 * 86_400_000);
    const events: Array<Record<string, string>> = [];
    if (rnd() < 0.1) events.push({ at: iso(created + 60_000), priority: 'P2' });
    if (rnd() < 0.2) {
      const p = responded + Math.floor(rnd() * (resolved - responded));
      events.push(
        { at: iso(p), status: 'Waiting for customer' },
        { at: iso(p + Math.floor(rnd() * (resolved - p))), status: 'In progress' },
      );
    }
    events.push({ at: iso(resolved), status: 'Resolved' });
    if (rnd() < 0.05)
      events.push({ at: iso(resolved + 3_600_000), status: 'Reopened' }, { at: iso(resolved + 7_200_000), status: 'Resolved' });
    const t = {
      id: `T${i}`,
      priority: ['P1', 'P2', 'P3'][Math.floor(rnd() * 3)],
      created: iso(created),
      responded: iso(responded),
      events,
    };
    lines.push(JSON.stringify(t));
    if (lines.length === 1000) {
      if (!out.write(`${lines.join('\n')}\n`)) await onceEvent(out, 'drain');
      lines = [];
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
  out.end();
  await onceEvent(out, 'finish');
}

/** The same tickets as Parquet, written by DuckDB. */
async function toParquet(ndjson: string, parquet: string): Promise<void> {
  const db = await DuckDb.open();
  try {
    await db.exec(
      `COPY (SELECT * FROM read_json(${text(ndjson)}, format = 'newline_delimited', columns = {id: 'VARCHAR', priority: 'VARCHAR', created: 'VARCHAR', responded: 'VARCHAR', events: 'STRUCT("at" VARCHAR, status VARCHAR, priority VARCHAR)[]'})) TO ${text(parquet)} (FORMAT parquet)`,
    );
  } finally {
    db.close();
  }
}

function run(file: string, n: number, engine: 'js' | 'duckdb'): { seconds: number; peakRss: number } {
  return evaluateProcess(contract, file, n, ['--engine', engine, '--report-tickets', 'exceptions']);
}

export async function benchSql(log: (line: string) => void): Promise<void> {
  // SLAC_BENCH_SQL_SIZES=100000 for a quick look; the first size also runs the JS engine.
  const sizes =
    process.env['SLAC_BENCH_SQL_SIZES']?.split(',').map(Number) ??
    (process.env['SLAC_BENCH_SQL_10M'] === '1' ? [1_000_000, 10_000_000] : [1_000_000]);
  log(`slac evaluate ${contract} --report-tickets exceptions, a process each; --engine duckdb at 10,000,000 with SLAC_BENCH_SQL_10M=1`);
  let jsRate = 0;
  for (const n of sizes) {
    const ndjson = join(tmpdir(), `slac-bench-sql-${process.pid}-${n}.ndjson`);
    const parquet = ndjson.replace(/\.ndjson$/, '.parquet');
    try {
      await writeTickets(ndjson, n);
      await toParquet(ndjson, parquet);
      const size = (f: string) => `${(statSync(f).size / MB).toFixed(0)} MB`;
      const line = (what: string, r: { seconds: number; peakRss: number }) => {
        const rate = n / r.seconds;
        log(
          `${n.toLocaleString('en-US')} tickets, ${what}: ${r.seconds.toFixed(1)} s, ${Math.round(rate).toLocaleString('en-US')} tickets/s` +
            `${jsRate > 0 && !what.includes('js') ? ` (${(rate / jsRate).toFixed(2)}× js)` : ''}; peak RSS ${(r.peakRss / MB).toFixed(0)} MB`,
        );
      };
      if (n === sizes[0]) {
        const js = run(ndjson, n, 'js');
        jsRate = n / js.seconds;
        line(`--engine js, NDJSON (${size(ndjson)})`, js);
      }
      line(`--engine duckdb, NDJSON (${size(ndjson)})`, run(ndjson, n, 'duckdb'));
      line(`--engine duckdb, Parquet (${size(parquet)})`, run(parquet, n, 'duckdb'));
    } finally {
      rmSync(ndjson, { force: true });
      rmSync(parquet, { force: true });
    }
  }
}
