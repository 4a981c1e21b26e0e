import type { Context } from '../../../runtime/evaluate/context.js';
import { type Dialect } from './dialect.js';
import { type PeriodDef } from './objective-periods.js';
/** The constant tables above, for the periods `defs` of the objectives. */
export declare function ladderTablesSql(d: Dialect, ctx: Context, defs: readonly PeriodDef[]): string;
/** The views above (`create`: CREATE VIEW, or CREATE TABLE in the DuckDB engine). */
export declare function ladderViewsSql(create: string, ctx: Context): string;
