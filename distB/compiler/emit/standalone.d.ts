import type { ContractModel } from '../model.js';
import { type EmittedEvaluator } from './evaluator.js';
export interface StandaloneEvaluator extends EmittedEvaluator {
    /** The runtime's type declarations, paths relative to the module's folder. */
    types: Array<{
        path: string;
        content: string;
    }>;
}
export declare function emitStandaloneEvaluator(model: ContractModel, file: string): StandaloneEvaluator;
