/**
 * The numbers of input files in the tables' `source_file` (in the order first seen), and a
 * record's `record` from its file and its index there: unique and in input order across the
 * files, whichever reader read it (JavaScript through the sinks, SQL through native-records.ts,
 * which computes `recordOrderSql` the same way).
 */
import { int } from '../../compiler/emit/sql/dialect.js';

/** Records per file in the numbering of `recordOf`. */
const FILE_STRIDE = 2 ** 32;

export const recordOf = (file: number, index: number): number => file * FILE_STRIDE + index;

/** `recordOf` in SQL, over the SQL expressions of the file's number and the record's index. */
export const recordOrderSql = (file: string, index: string): string => `${file} * ${int(FILE_STRIDE)} + ${index}`;

export class FileNumbers {
  private readonly paths: string[] = [];
  private readonly numbers = new Map<string | null, number>();

  /** The number of `path` (null: standard input), given once it is first seen. */
  number(path: string | null): number {
    let n = this.numbers.get(path);
    if (n === undefined) {
      n = this.paths.length;
      this.paths.push(path ?? '');
      this.numbers.set(path, n);
    }
    return n;
  }

  /** The path of a file's number (null: standard input). */
  path(n: number): string | null {
    return this.paths[n] || null;
  }
}
