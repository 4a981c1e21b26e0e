import type { Dialect } from '../../compiler/emit/sql/dialect.js';
import { type CliIo } from '../io.js';
export declare function compile(io: CliIo, file: string, outDir: string, standalone?: boolean): number;
/**
 * `slac compile --target sql`: `<name>.<dialect>.sql` (the contract's tables) and
 * `<name>.<dialect>.evaluate.sql` (the evaluation; `views`: as views), or `sql-unsupported` errors
 * for clauses the SQL engine does not cover.
 */
export declare function compileSql(io: CliIo, file: string, outDir: string, dialect: Dialect, views?: boolean): Promise<number>;
