/**
 * The SQL engine against the JavaScript engine, each `slac evaluate` in a process of its own (peak
 * RSS from getrusage, DuckDB's native memory included): generated tickets for the contract the SQL
 * engine covers (test/sql/fixtures/clocks.sla: response and resolution clocks on business hours
 * and wall time, pauses, reopenings, priority changes), as NDJSON and as Parquet (timestamps as
 * text, and typed): 10,000,000 for --engine duckdb, the first 1,000,000 of them for --engine js
 * (see `benchSql`). The files are generated once (about 2 GB, 0.5 GB and 0.3 GB for 10,000,000) and
 * kept in the temporary folder.
 */
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDb } from '../cli/engines/duckdb.js';
import { text } from '../compiler/emit/sql/dialect.js';
import { evaluateProcess } from './evaluate-process.js';
import { MB, cachedFile, iso, writeNdjson } from './generated.js';
import { mulberry32 } from './random.js';

const contract = 'test/sql/fixtures/clocks.sla';

/** NDJSON of `n` tickets over 2026: a pause in 20%, a reopening in 5%, a priority change in 10%. */
export async function writeTickets(file: string, n: number): Promise<void> {
  const rnd = mulberry32(7);
  const from = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2026, 11, 1) - from;
  await writeNdjson(file, n, (i) => {
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
    return {
      id: `T${i}`,
      priority: ['P1', 'P2', 'P3'][Math.floor(rnd() * 3)],
      created: iso(created),
      responded: iso(responded),
      events,
    };
  });
}

/** A COPY of one file to Parquet, written by DuckDB. */
async function copyToParquet(select: string, parquet: string): Promise<void> {
  const db = await DuckDb.open();
  try {
    await db.exec(`COPY (${select}) TO ${text(parquet)} (FORMAT parquet)`);
  } finally {
    db.close();
  }
}

/** The same tickets as Parquet: timestamps as ISO text, as the NDJSON has them. */
const textParquet = (ndjson: string) =>
  `SELECT * FROM read_json(${text(ndjson)}, format = 'newline_delimited', columns = {id: 'VARCHAR', priority: 'VARCHAR', created: 'VARCHAR', responded: 'VARCHAR', events: 'STRUCT("at" VARCHAR, status VARCHAR, priority VARCHAR)[]'})`;

/** And with the timestamps typed as instants (TIMESTAMP WITH TIME ZONE), as a warehouse exports them. */
const typedParquet = (parquet: string) =>
  `SELECT id, priority, CAST(created AS TIMESTAMPTZ) AS created, CAST(responded AS TIMESTAMPTZ) AS responded,
     list_transform(events, lambda e: {'at': CAST(e.at AS TIMESTAMPTZ), 'status': e.status, 'priority': e.priority}) AS events
   FROM read_parquet(${text(parquet)})`;

/** The generated files for `n` tickets, kept in the temporary folder under a name with the size and the seed. */
async function cached(n: number): Promise<{ ndjson: string; parquet: string; typed: string }> {
  const name = join(tmpdir(), `slac-bench-sql-${n}-seed7`);
  const ndjson = await cachedFile(`${name}.ndjson`, (f) => writeTickets(f, n));
  const parquet = await cachedFile(`${name}.parquet`, (f) => copyToParquet(textParquet(ndjson), f));
  return { ndjson, parquet, typed: await cachedFile(`${name}-typed.parquet`, (f) => copyToParquet(typedParquet(parquet), f)) };
}

/** DuckDB's memory limit for the runs: 10,000,000 tickets run in the default 1 GB, but spilling the finished batches to disk takes twice as long (docs/sql-engine.md). */
const MEMORY_LIMIT = process.env['SLAC_DUCKDB_MEMORY_LIMIT'] ?? '3GB';

function run(file: string, n: number, engine: 'js' | 'duckdb'): { seconds: number; peakRss: number } {
  return evaluateProcess(contract, [`tickets=${file}`], { ticket: n }, ['--engine', engine, '--report-tickets', 'exceptions'], {
    SLAC_DUCKDB_MEMORY_LIMIT: MEMORY_LIMIT,
  });
}

/**
 * `--engine duckdb` on SLAC_BENCH_SQL_TICKETS tickets (default 10,000,000), NDJSON and Parquet,
 * the Parquet with timestamps as text and typed as instants (what a warehouse exports), and the
 * JavaScript engine on the first SLAC_BENCH_SQL_JS_TICKETS of the same tickets (default
 * 1,000,000; the generator is sequential, so they are the same records): tickets per second and
 * peak RSS of each, and the ratio of the rates.
 */
export async function benchSql(log: (line: string) => void): Promise<void> {
  const n = Number(process.env['SLAC_BENCH_SQL_TICKETS'] ?? 10_000_000);
  const nJs = Math.min(n, Number(process.env['SLAC_BENCH_SQL_JS_TICKETS'] ?? 1_000_000));
  log(
    `slac evaluate ${contract} --report-tickets exceptions, a process each (files cached in ${tmpdir()}); DuckDB memory limit ${MEMORY_LIMIT}`,
  );
  const line = (count: number, what: string, file: string, r: { seconds: number; peakRss: number }, jsRate: number | null) => {
    const rate = count / r.seconds;
    log(
      `${count.toLocaleString('en-US')} tickets, ${what} (${(statSync(file).size / MB).toFixed(0)} MB): ${r.seconds.toFixed(1)} s, ` +
        `${Math.round(rate).toLocaleString('en-US')} tickets/s${jsRate === null ? '' : ` (${(rate / jsRate).toFixed(2)}× js)`}; peak RSS ${(r.peakRss / MB).toFixed(0)} MB`,
    );
  };
  const small = await cached(nJs);
  const js = run(small.ndjson, nJs, 'js');
  const jsRate = nJs / js.seconds;
  line(nJs, '--engine js, NDJSON', small.ndjson, js, null);
  const big = await cached(n);
  line(n, '--engine duckdb, Parquet', big.parquet, run(big.parquet, n, 'duckdb'), jsRate);
  line(n, '--engine duckdb, Parquet with typed timestamps', big.typed, run(big.typed, n, 'duckdb'), jsRate);
  line(n, '--engine duckdb, NDJSON', big.ndjson, run(big.ndjson, n, 'duckdb'), jsRate);
}
