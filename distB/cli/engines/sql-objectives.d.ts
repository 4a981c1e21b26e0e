import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { RecordRef } from '../../runtime/evaluate/report.js';
import type { Row, SqlDatabase } from './sql-tickets.js';
/** Each kind of objective the contract has; the views of a kind it has none of still read every ticket (seconds for 10,000,000). */
export declare function feedObjectives(db: SqlDatabase, ev: Evaluation, source: (r: Row) => RecordRef): Promise<void>;
