import type { ContractModel } from '../compiler/model.js';
import { type AcrossLevels } from '../runtime/evaluate/levels.js';
import type { Report, TicketResult } from '../runtime/evaluate/report.js';
import { type DataOptions } from './evaluation.js';
import type { CliIo } from './io.js';
export interface LevelRun {
    name: string;
    file: string;
    report: Report;
}
/** Each level's evaluation of the same data, and the SLA's breaches with every level's clocks; null when a level could not run. */
export declare function evaluateLevels(io: CliIo, file: string, model: ContractModel, opts: DataOptions, breached: ReadonlyMap<string, TicketResult>): Promise<{
    levels: LevelRun[];
    across: AcrossLevels;
} | {
    exit: number;
}>;
