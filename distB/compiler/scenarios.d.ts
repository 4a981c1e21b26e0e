import type * as A from '../grammar/ast.js';
import type { ContractModel, ScenarioModel } from './model.js';
import type { Money } from '../runtime/evaluate/report.js';
import type { RuntimeContract } from '../runtime/contract.js';
export interface ExpectationResult {
    line: number;
    /** The expectation as the contract states it. */
    text: string;
    passed: boolean;
    expected: string;
    actual: string;
}
export interface ScenarioResult {
    title: string;
    line: number;
    passed: boolean;
    expectations: ExpectationResult[];
    /** Data the engine rejected or skipped, and errors that stopped the scenario. */
    problems: string[];
}
export declare function instant(dt: A.DateTimeLit, zone: string): string;
export declare function valueText(v: A.Value): string;
export declare const unitMs: Record<string, number>;
export declare function runScenarios(model: ContractModel, options?: {
    file?: string | null;
    language?: string;
}): ScenarioResult[];
export declare function runScenario(contract: RuntimeContract, s: ScenarioModel, file: string | null, language?: string): ScenarioResult;
/** `5% of monthly fee`, `EUR 250`, `none`: an expected credit as the scenario writes it. */
export declare function expectedAmountText(a: A.Amount | null): string;
/** The granted credit is the expected one: money to the cent, a share of the fee to 0.0001%, none as zero. */
export declare function grantedMatches(g: Money, a: A.Amount | null): boolean;
/** A granted credit as a scenario failure reports it. */
export declare function grantedText(g: Money): string;
/** Why a credit is less than its band: `, in the acceptance period`, `, capped`, or nothing. */
export declare function reductionText(c: {
    inAcceptancePeriod: boolean;
    caps: readonly unknown[];
}): string;
