import { type DataOptions } from '../evaluation.js';
import { type CliIo } from '../io.js';
export interface EvaluateOptions extends DataOptions {
    format: 'json' | 'text';
    /** Every ticket's result, one JSON object per line. */
    ticketsOut?: string;
    /** Also evaluate against the agreements of the underpinning block (cli/levels.ts). */
    withUnderpinning?: boolean;
}
export declare function evaluate(io: CliIo, file: string, opts: EvaluateOptions): Promise<number>;
