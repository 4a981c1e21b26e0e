/**
 * What a compiled evaluator module is made of: its contract constants, bound to the engine.
 * The generated `file.mjs` calls `bindContract` once with the contract baked in as a literal.
 */
import { type ContractMetadata, type RuntimeContract, CONTRACT_FORMAT, contractMetadata } from './contract.js';
import type { Dataset } from './data/types.js';
import { type EvaluateOptions, Evaluation, evaluate } from './evaluate/engine.js';
import type { Report } from './evaluate/report.js';

export interface BoundEvaluator {
  readonly contract: RuntimeContract;
  readonly metadata: ContractMetadata;
  /** Evaluates records held in memory. */
  evaluate(data: Dataset, options?: EvaluateOptions): Report;
  /** An incremental evaluation: feed records one by one (e.g. from a stream), then `finish()`. */
  createEvaluation(options?: EvaluateOptions): Evaluation;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

export function bindContract(contract: RuntimeContract): BoundEvaluator {
  if (contract.format !== CONTRACT_FORMAT)
    throw new Error(`this runtime reads ${CONTRACT_FORMAT} contracts, not ${String(contract.format)}: recompile the .sla file`);
  const frozen = deepFreeze(contract);
  const metadata = deepFreeze(contractMetadata(frozen));
  return {
    contract: frozen,
    metadata,
    evaluate: (data, options) => evaluate(frozen, data, options),
    createEvaluation: (options) => new Evaluation(frozen, options),
  };
}
