/**
 * Across files: does each SLA target fit the chain of agreements it rests on, and does each
 * availability fit the product of its components? Runs on an SLA without errors whose
 * underpinning agreements compiled (their own diagnostics are their files'). The worst case is
 * exact: compiler/underpinning/fit.ts sweeps every start instant of the term on the whole minute.
 */
import type * as A from '../../grammar/ast.js';
import { type Diagnostic } from '../../diagnostics/index.js';
import type { RuntimeContract } from '../../runtime/contract.js';
/** An agreement the SLA names in its underpinning block, compiled (null: it has errors or could not be read). */
export interface UnderpinnedAgreement {
    path: string;
    contract: RuntimeContract | null;
}
export interface UnderpinningProgram {
    document: A.Document;
    contract: RuntimeContract;
    /** By the name the underpinning block gives them. */
    agreements: ReadonlyMap<string, UnderpinnedAgreement>;
}
export declare function checkUnderpinning(program: UnderpinningProgram): Diagnostic[];
