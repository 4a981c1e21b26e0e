/** `slac check`: parse and check .sla files, as text or JSON diagnostics. */
import { analyze } from '../../compiler/analyze.js';
import { summaryLine, toJsonDiagnostic, type JsonDiagnostic } from '../../compiler/render-diagnostics.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, ioError, printDiagnostics, readSource, type CliIo } from '../io.js';

export function check(io: CliIo, files: string[], outputFormat: 'text' | 'json'): number {
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  const json: JsonDiagnostic[] = [];
  for (const file of files) {
    const source = readSource(io, file);
    if (!source.ok) {
      unreadable++;
      errors++;
      ioError(io, source.message);
      const at = { line: 1, column: 1, offset: 0 };
      json.push({
        file,
        code: 'io-error',
        severity: 'error',
        message: source.message,
        range: { start: at, end: at },
        related: [],
        fix: null,
      });
      continue;
    }
    // The counts include the problems beyond the ones shown (see MAX_DIAGNOSTICS).
    // The contract model adds nothing to the diagnostics.
    const { diagnostics, counts } = analyze(source.text, { model: false });
    errors += counts.errors;
    warnings += counts.warnings;
    if (outputFormat === 'json') json.push(...diagnostics.map((d) => toJsonDiagnostic(d, file)));
    else printDiagnostics(io, 'stdout', diagnostics, file, source.text);
  }
  if (outputFormat === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  // When no file could be read, the io-error lines say it all.
  else if (unreadable < files.length) io.stdout(`${summaryLine(errors, warnings, files.length)}\n`);
  if (unreadable > 0) return EXIT_USAGE;
  return errors > 0 ? EXIT_ERRORS : EXIT_OK;
}
