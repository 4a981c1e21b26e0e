/** `slac build`: check a contract, then write every output it produces. */
import { join } from 'node:path';
import { buildFiles } from '../../compiler/build.js';
import { loadContract } from '../contract.js';
import { EXIT_OK, EXIT_USAGE, writeOutput, type CliIo } from '../io.js';

export async function build(io: CliIo, file: string, outDir: string): Promise<number> {
  const { analysis, exit } = loadContract(io, file);
  if (!analysis) return exit;
  for (const out of await buildFiles(analysis, file)) {
    if (!writeOutput(io, join(outDir, ...out.path.split('/')), out.content)) return EXIT_USAGE;
  }
  return EXIT_OK;
}
