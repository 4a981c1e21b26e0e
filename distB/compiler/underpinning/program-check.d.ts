import { type Analysis } from '../analyze.js';
import { type Diagnostic } from '../../diagnostics/index.js';
import { type UnderpinnedAgreement } from '../passes/check-underpinning.js';
import { type Program } from '../program.js';
/** The agreements a file's underpinning block names, by name, analysed by the program. */
export declare function underpinnedAgreements(program: Program, path: string, document: Analysis['document']): Map<string, UnderpinnedAgreement & {
    problem: Diagnostic | null;
}>;
/** `analysis` with the underpinning findings added; `full` is the file's analysis with a model. */
export declare function withUnderpinning(program: Program, path: string, analysis: Analysis, full: () => Analysis): Analysis;
