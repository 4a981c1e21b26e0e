import type { RuntimeContract } from '../../runtime/contract.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { RecordRef } from '../../runtime/evaluate/report.js';
import type { Row, SqlDatabase } from './sql-tickets.js';
export declare function feedContactTimes(db: SqlDatabase, contract: RuntimeContract, ev: Evaluation, ref: (r: Row) => RecordRef): Promise<void>;
