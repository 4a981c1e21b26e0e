/**
 * What a compiled evaluator module is made of: its contract constants, bound to the engine.
 * The generated `file.mjs` calls `bindContract` once with the contract baked in as a literal.
 */
import { type ContractMetadata, type RuntimeContract } from './contract.js';
import type { Dataset } from './data/types.js';
import { type EvaluateOptions, Evaluation } from './evaluate/engine.js';
import type { Report } from './evaluate/report.js';
export interface BoundEvaluator {
    readonly contract: RuntimeContract;
    readonly metadata: ContractMetadata;
    /** Evaluates records held in memory. */
    evaluate(data: Dataset, options?: EvaluateOptions): Report;
    /** An incremental evaluation: feed records one by one (e.g. from a stream), then `finish()`. */
    createEvaluation(options?: EvaluateOptions): Evaluation;
}
export declare function bindContract(contract: RuntimeContract): BoundEvaluator;
