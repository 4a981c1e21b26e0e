/**
 * `slac evaluate --engine duckdb`: DuckDB reads the ticket, contact and outage files and checks the
 * clean records itself (native-read.ts; the others, and files it cannot read exactly, are read and checked as
 * with the JavaScript engine: the same problems, with file, line and field), the accepted tickets
 * are evaluated by the SQL views in embedded DuckDB, and the report is the JavaScript engine's
 * apart from `engine`.
 */
import type { RuntimeContract } from '../../runtime/contract.js';
import { Evaluation, type EvaluateOptions } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import type { ReadOptions } from '../../runtime/data/read.js';
import { evaluateFiles } from '../../runtime/files.js';
import { UsageError } from '../io.js';
import type { InputFile } from './gate.js';
import { DuckDb } from './duckdb.js';
import { NativeFallback, NativeInputs } from './native-read.js';
import { readParquet } from './parquet.js';
import { SqlRecords } from './sql-records.js';
import { type SqlDatabase, SqlTickets } from './sql-tickets.js';

/**
 * Evaluates with a SQL database: `read` feeds the records to the evaluation it is given; `loaded`
 * runs once the appended records are in the input tables, before the views; the ticket steps run
 * in batches of `batch` tickets (batches.ts).
 */
export async function evaluateInSql(
  db: SqlDatabase,
  engine: NonNullable<Report['engine']>,
  contract: RuntimeContract,
  options: EvaluateOptions,
  read: (ev: Evaluation, tickets: SqlTickets, records: SqlRecords) => Promise<void>,
  loaded?: () => Promise<void>,
  batch?: number,
): Promise<Report> {
  const tickets = await SqlTickets.open(db, contract, batch);
  const records = new SqlRecords(db, contract);
  const ev = new Evaluation(contract, { ...options, ticketSink: tickets.sink, recordSink: records.sink });
  await read(ev, tickets, records);
  // Outages and contacts once the input tables are loaded, before the ticket views.
  return tickets.finish(ev, engine, async () => {
    await loaded?.();
    await records.finish(ev);
  });
}

/** How slac runs DuckDB: its memory limit and threads, and the tickets per batch of the ticket steps. */
export interface DuckDbSettings {
  memoryLimit?: string;
  threads?: number;
  batchTickets?: number;
}

/**
 * DuckDB's memory limit, threads and batches from SLAC_DUCKDB_MEMORY_LIMIT (`2GB`; default 1 GB),
 * SLAC_DUCKDB_THREADS (default one per core) and SLAC_DUCKDB_BATCH_TICKETS (default 1,000,000),
 * for the command line.
 */
export function duckDbSettings(env: NodeJS.ProcessEnv): DuckDbSettings {
  const memory = env['SLAC_DUCKDB_MEMORY_LIMIT'];
  const whole = (name: string, what: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    if (!/^[1-9][0-9]*$/.test(v))
      throw new UsageError(`error: ${name}=${JSON.stringify(v)} is not a number of ${what}: write a whole number from 1 up`);
    return Number(v);
  };
  // A value slac cannot use is an error, never ignored.
  if (memory !== undefined && memory !== '' && !/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(memory))
    throw new UsageError(`error: SLAC_DUCKDB_MEMORY_LIMIT=${JSON.stringify(memory)} is not a size: write it as 1GB, 512MB or 4GiB`);
  const threads = whole('SLAC_DUCKDB_THREADS', 'threads');
  const batchTickets = whole('SLAC_DUCKDB_BATCH_TICKETS', 'tickets');
  return {
    ...(memory ? { memoryLimit: memory } : {}),
    ...(threads ? { threads } : {}),
    ...(batchTickets ? { batchTickets } : {}),
  };
}

/** The same in embedded DuckDB, reading the files in order. */
export async function evaluateInDuckDb(
  contract: RuntimeContract,
  options: EvaluateOptions,
  files: readonly InputFile[],
  readOptions: ReadOptions,
  db: DuckDbSettings = duckDbSettings(process.env),
): Promise<Report> {
  const once = async (native: boolean) => {
    const duck = await DuckDb.open(db);
    // A file as the JavaScript engine reads it (Parquet: DuckDB reads the rows, JavaScript checks them).
    const read = (ev: Evaluation, f: InputFile) =>
      f.format === 'parquet' ? readParquet(duck, ev, f.path, f.kind) : evaluateFiles(ev, [f], readOptions);
    try {
      const staged = native ? await NativeInputs.stage(duck, contract, files, readOptions, options) : null;
      if (staged)
        return await evaluateInSql(
          duck,
          'duckdb',
          contract,
          options,
          (ev, t, r) => staged.feed(ev, t, r, (f) => read(ev, f)),
          () => staged.load(),
          db.batchTickets,
        );
      return await evaluateInSql(
        duck,
        'duckdb',
        contract,
        options,
        async (ev) => {
          for (const f of files) await read(ev, f);
        },
        undefined,
        db.batchTickets,
      );
    } finally {
      duck.close();
    }
  };
  try {
    return await once(true);
  } catch (error) {
    if (error instanceof NativeFallback) return once(false);
    throw error;
  }
}
