import { type CliIo } from './io.js';
export { EXIT_ERRORS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';
/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. Never throws. */
export declare function run(argv: readonly string[], io?: CliIo): Promise<number>;
/** The process's command line: exit code on the process, output errors handled. */
export declare function main(argv: readonly string[]): Promise<void>;
