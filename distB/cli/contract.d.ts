/** Reads and checks the contract a command works on, with the files it imports. */
import type { Analysis } from '../compiler/analyze.js';
import type { ContractModel } from '../compiler/model.js';
import { type CliIo } from './io.js';
import { CliProgram } from './program.js';
export type Loaded = {
    analysis: Analysis;
    model: ContractModel;
    exit: null;
} | {
    analysis: null;
    model: null;
    exit: number;
};
/**
 * Prints the contract's diagnostics to stderr, and those of an imported file with errors; null
 * (and the exit code) when it cannot be used. `cli`: the program of a command that loads several.
 */
export declare function loadContract(io: CliIo, file: string, cli?: CliProgram): Loaded;
