import type { ContractModel } from '../compiler/model.js';
import { type EvaluateOptions as EngineOptions } from '../runtime/evaluate/engine.js';
import type { Report, TicketSelection } from '../runtime/evaluate/report.js';
import type { ReadOptions } from '../runtime/data/read.js';
import { type EngineName, type InputFile } from './engines/gate.js';
import { type CliIo } from './io.js';
/** The options of the data and the evaluation, as the command line gives them. */
export interface DataOptions {
    data: string[];
    period?: string;
    now?: string;
    strict?: boolean;
    reportTickets?: TicketSelection['include'];
    maxTickets?: string;
    csvDelimiter?: string;
    dataTimezone?: string;
    columns?: string;
    /** `duckdb`: the SQL engine (cli/engines); default `js`. */
    engine?: EngineName;
}
/** The report lists at most this many tickets unless told otherwise (every ticket goes to --tickets-out). */
export declare const DEFAULT_MAX_TICKETS = 1000;
/** What the engine gets beyond the command line's options (a ticket stream, the report's language, a period and `now` that depend on the contract …). */
export type EngineExtras = Pick<EngineOptions, 'onTicket' | 'onObjective' | 'language' | 'period' | 'now'>;
export type Evaluated = {
    report: Report;
    model: ContractModel;
    exit: null;
} | {
    report: null;
    model: null;
    exit: number;
};
/**
 * Reads the contract and evaluates the data files against it. Usage errors are thrown as
 * UsageError (checked before any file is read); the contract's diagnostics, bad records under
 * --strict and unreadable files are reported on stderr and give the exit code instead. `begin`
 * runs once the contract is usable and supplies the engine's extras (null: stop with a usage
 * error it has reported).
 */
export declare function runEvaluation(io: CliIo, file: string, opts: DataOptions, begin?: (model: ContractModel) => EngineExtras | null): Promise<Evaluated>;
/** The data options checked (usage errors thrown as UsageError), before any file is read. */
export declare function dataOptions(opts: DataOptions): {
    opts: DataOptions;
    files: InputFile[];
    readOptions: ReadOptions;
    maxTickets: number | null;
    dataZone: string | null;
};
/** Evaluates the data files against a contract already read and checked (`slac diff --data` evaluates two). */
export declare function evaluateModel(io: CliIo, model: ContractModel, file: string, data: ReturnType<typeof dataOptions>, extras: EngineExtras): Promise<Evaluated>;
