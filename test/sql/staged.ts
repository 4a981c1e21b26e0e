/** What `--engine duckdb` makes of input files before it evaluates (cli/engines/native-read.ts). */
import { DuckDb } from '../../cli/engines/duckdb.js';
import type { InputFile } from '../../cli/engines/gate.js';
import { NativeInputs, type NativeKind } from '../../cli/engines/native-read.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import type { ReadOptions } from '../../runtime/data/read.js';
import type { EvaluateOptions } from '../../runtime/evaluate/engine.js';

/** How many records of `kind` SQL found clean and how many it flagged (null: the JavaScript reader reads them). */
export async function stagedCounts(
  contract: RuntimeContract,
  files: InputFile[],
  options: EvaluateOptions = {},
  kind: NativeKind = 'ticket',
  readOptions: ReadOptions = {},
): Promise<{ clean: number; flagged: number } | null> {
  const db = await DuckDb.open({ threads: 1 });
  try {
    const staged = await NativeInputs.stage(db, contract, files, readOptions, options);
    return staged ? await staged.counts(kind) : null;
  } finally {
    db.close();
  }
}
