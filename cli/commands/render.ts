/** `slac render`: the contract document in one language and format, to stdout or to a file. */
import { renderDocument, renderWordDocument } from '../../compiler/document/index.js';
import { withMetadata, type DocumentMetadata } from '../../compiler/document/metadata.js';
import { loadContract } from '../contract.js';
import { EXIT_OK, EXIT_USAGE, ioError, writeOutput, type CliIo } from '../io.js';

export interface RenderOptions {
  lang: 'nl' | 'en';
  format: 'md' | 'html' | 'docx';
  output?: string;
  /** Status, version and date instead of the source's. */
  metadata?: DocumentMetadata;
}

export async function render(io: CliIo, file: string, opts: RenderOptions): Promise<number> {
  if (opts.format === 'docx' && !opts.output) {
    // Checked before the contract is read: a binary file on a terminal is never what was meant.
    ioError(io, 'a Word document is a binary file: name it with -o, e.g. `slac render --format docx -o contract.docx`');
    return EXIT_USAGE;
  }
  const loaded = loadContract(io, file);
  if (!loaded.model) return loaded.exit;
  const model = withMetadata(loaded.model, opts.metadata ?? {});
  if (opts.format === 'docx') return writeOutput(io, opts.output!, await renderWordDocument(model, opts.lang)) ? EXIT_OK : EXIT_USAGE;
  const text = renderDocument(model, { lang: opts.lang, format: opts.format });
  if (!opts.output) {
    io.stdout(text);
    return EXIT_OK;
  }
  return writeOutput(io, opts.output, text) ? EXIT_OK : EXIT_USAGE;
}
