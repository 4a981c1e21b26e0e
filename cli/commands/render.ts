/** `slac render`: the contract document in one language and format, to stdout or to a file. */
import { renderDocument } from '../../compiler/document/index.js';
import { loadContract } from '../contract.js';
import { EXIT_OK, EXIT_USAGE, writeOutput, type CliIo } from '../io.js';

export interface RenderOptions {
  lang: 'nl' | 'en';
  format: 'md' | 'html';
  output?: string;
}

export function render(io: CliIo, file: string, opts: RenderOptions): number {
  const { model, exit } = loadContract(io, file);
  if (!model) return exit;
  const text = renderDocument(model, { lang: opts.lang, format: opts.format });
  if (!opts.output) {
    io.stdout(text);
    return EXIT_OK;
  }
  return writeOutput(io, opts.output, text) ? EXIT_OK : EXIT_USAGE;
}
