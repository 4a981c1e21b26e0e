/** `slac build`: check a contract, then write every output it produces. */
import { join } from 'node:path';
import { buildFiles } from '../../compiler/build.js';
import { withMetadata, type DocumentMetadata } from '../../compiler/document/metadata.js';
import { loadContract } from '../contract.js';
import { EXIT_OK, EXIT_USAGE, writeOutput, type CliIo } from '../io.js';

export async function build(io: CliIo, file: string, outDir: string, metadata: DocumentMetadata = {}): Promise<number> {
  const { analysis, model, exit } = loadContract(io, file);
  if (!analysis) return exit;
  for (const out of await buildFiles({ ...analysis, model: withMetadata(model, metadata) }, file)) {
    if (!writeOutput(io, join(outDir, ...out.path.split('/')), out.content)) return EXIT_USAGE;
  }
  return EXIT_OK;
}
