/**
 * What a compiled evaluator module is made of: its contract constants, bound to the engine.
 * The generated `file.mjs` calls `bindContract` once with the contract baked in as a literal.
 */
import { CONTRACT_FORMAT, contractMetadata } from './contract.js';
import { Evaluation, evaluate } from './evaluate/engine.js';
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
export function bindContract(contract) {
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
