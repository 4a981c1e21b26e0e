/**
 * `slac evaluate --engine duckdb`: the records are read and checked as with the JavaScript engine
 * (the same problems, with file, line and field), the accepted tickets are evaluated by the SQL
 * views in embedded DuckDB, and the report is the JavaScript engine's apart from `engine`.
 */
import type { RuntimeContract } from '../../runtime/contract.js';
import { Evaluation, type EvaluateOptions } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import type { ReadOptions } from '../../runtime/data/read.js';
import { evaluateFiles } from '../../runtime/files.js';
import type { InputFile } from './gate.js';
import { DuckDb } from './duckdb.js';
import { readParquet } from './parquet.js';
import { SqlRecords } from './sql-records.js';
import { type SqlDatabase, SqlTickets } from './sql-tickets.js';

/** Evaluates with a SQL database: `read` feeds the records to the evaluation it is given. */
export async function evaluateInSql(
  db: SqlDatabase,
  engine: NonNullable<Report['engine']>,
  contract: RuntimeContract,
  options: EvaluateOptions,
  read: (ev: Evaluation) => Promise<void>,
): Promise<Report> {
  const tickets = await SqlTickets.open(db, contract);
  const records = new SqlRecords(db, contract);
  const ev = new Evaluation(contract, { ...options, ticketSink: tickets.sink, recordSink: records.sink });
  await read(ev);
  await db.endAppend();
  await records.finish(ev);
  return tickets.finish(ev, engine);
}

/** The same in embedded DuckDB, reading the files in order. */
export async function evaluateInDuckDb(
  contract: RuntimeContract,
  options: EvaluateOptions,
  files: readonly InputFile[],
  readOptions: ReadOptions,
): Promise<Report> {
  const db = await DuckDb.open();
  const read = async (ev: Evaluation) => {
    for (const f of files) {
      if (f.format === 'parquet') await readParquet(db, ev, f.path, f.kind);
      else await evaluateFiles(ev, [f], readOptions);
    }
  };
  try {
    return await evaluateInSql(db, 'duckdb', contract, options, read);
  } finally {
    db.close();
  }
}
