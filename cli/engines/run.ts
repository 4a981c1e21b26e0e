/**
 * `slac evaluate --engine duckdb`: DuckDB reads the ticket files and checks the clean records
 * itself (native-read.ts; the others, and files it cannot read exactly, are read and checked as
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
import { NativeFallback, NativeTickets } from './native-read.js';
import { readParquet } from './parquet.js';
import { SqlRecords } from './sql-records.js';
import { type SqlDatabase, SqlTickets } from './sql-tickets.js';

/**
 * Evaluates with a SQL database: `read` feeds the records to the evaluation it is given; `loaded`
 * runs once the appended records are in the input tables, before the views.
 */
export async function evaluateInSql(
  db: SqlDatabase,
  engine: NonNullable<Report['engine']>,
  contract: RuntimeContract,
  options: EvaluateOptions,
  read: (ev: Evaluation, tickets: SqlTickets) => Promise<void>,
  loaded?: () => Promise<void>,
): Promise<Report> {
  const tickets = await SqlTickets.open(db, contract);
  const records = new SqlRecords(db, contract);
  const ev = new Evaluation(contract, { ...options, ticketSink: tickets.sink, recordSink: records.sink });
  await read(ev, tickets);
  // Outages and contacts once the input tables are loaded, before the ticket views.
  return tickets.finish(ev, engine, async () => {
    await loaded?.();
    await records.finish(ev);
  });
}

/**
 * DuckDB's memory limit and threads from SLAC_DUCKDB_MEMORY_LIMIT (`2GB`; default 1 GB) and
 * SLAC_DUCKDB_THREADS (default one per core), for the command line.
 */
export function duckDbSettings(env: NodeJS.ProcessEnv): { memoryLimit?: string; threads?: number } {
  const memory = env['SLAC_DUCKDB_MEMORY_LIMIT'];
  const threads = env['SLAC_DUCKDB_THREADS'];
  // A value slac cannot use is an error, never ignored.
  if (memory !== undefined && memory !== '' && !/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(memory))
    throw new UsageError(`error: SLAC_DUCKDB_MEMORY_LIMIT=${JSON.stringify(memory)} is not a size: write it as 1GB, 512MB or 4GiB`);
  if (threads !== undefined && threads !== '' && !/^[1-9][0-9]*$/.test(threads))
    throw new UsageError(
      `error: SLAC_DUCKDB_THREADS=${JSON.stringify(threads)} is not a number of threads: write a whole number from 1 up`,
    );
  return {
    ...(memory ? { memoryLimit: memory } : {}),
    ...(threads ? { threads: Number(threads) } : {}),
  };
}

/** The same in embedded DuckDB, reading the files in order. */
export async function evaluateInDuckDb(
  contract: RuntimeContract,
  options: EvaluateOptions,
  files: readonly InputFile[],
  readOptions: ReadOptions,
  db: { memoryLimit?: string; threads?: number } = duckDbSettings(process.env),
): Promise<Report> {
  const once = async (native: boolean) => {
    const duck = await DuckDb.open(db);
    try {
      const staged = native ? await NativeTickets.stage(duck, contract, files, readOptions, options) : null;
      if (staged)
        return await evaluateInSql(
          duck,
          'duckdb',
          contract,
          options,
          (ev, t) => staged.feed(ev, t),
          () => staged.load(),
        );
      return await evaluateInSql(duck, 'duckdb', contract, options, async (ev) => {
        for (const f of files) {
          if (f.format === 'parquet') await readParquet(duck, ev, f.path, f.kind);
          else await evaluateFiles(ev, [f], readOptions);
        }
      });
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
