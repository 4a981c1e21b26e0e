/**
 * STUB, replaced by the redline helper's module at merge: `slac diff --render` (the redline
 * document). Here only so cli/commands/diff.ts compiles.
 */
import { EXIT_USAGE, ioError, type CliIo } from '../io.js';

export async function renderRedline(
  io: CliIo,
  _oldFile: string,
  _newFile: string,
  _opts: { lang: 'nl' | 'en'; format: 'html' | 'docx'; output?: string },
): Promise<number> {
  ioError(io, 'slac diff --render is not built yet');
  return EXIT_USAGE;
}
