/** `slac evaluate`: evaluate data files against a contract, as a JSON report or a text summary. */
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import { reasonOf } from '../../compiler/source-files.js';
import { formatOfPath, kindOfPath, type DataFormat } from '../../runtime/data/read.js';
import { recordKinds, type RecordKind } from '../../runtime/data/types.js';
import { DataError, Evaluation, OptionsError } from '../../runtime/evaluate/engine.js';
import { renderText } from '../../runtime/evaluate/text.js';
import { evaluateFiles, type DataFile } from '../../runtime/files.js';
import { visible } from '../../runtime/escape.js';
import { loadContract } from '../contract.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, ioError, UsageError, type CliIo } from '../io.js';

export interface EvaluateOptions {
  data: string[];
  period?: string;
  now?: string;
  format: 'json' | 'text';
  strict?: boolean;
}

/**
 * `--data` entries: `tickets.ndjson`, `outages-2026.csv` (the kind from the name: tickets*,
 * contacts*, outages*, measurements*; the format from the extension), or `ticket=export.json`.
 */
function dataFile(spec: string): DataFile {
  const m = /^(tickets?|contacts?|outages?|measurements?)=(.+)$/.exec(spec);
  const path = m ? m[2]! : spec;
  const kind = (m ? m[1]!.replace(/s$/, '') : kindOfPath(path)) as RecordKind | null;
  if (!kind) throw new UsageError(`error: cannot tell what '${spec}' holds: name the file tickets…, contacts…, outages… or measurements…, or write e.g. tickets=${spec}`);
  const format: DataFormat | null = formatOfPath(path);
  if (!format) throw new UsageError(`error: '${path}' is not .json, .ndjson (.jsonl) or .csv`);
  return { path, kind, format };
}

export async function evaluate(io: CliIo, file: string, opts: EvaluateOptions): Promise<number> {
  const files = opts.data.map(dataFile);
  const { model, exit } = loadContract(io, file);
  if (!model) return exit;
  let ev: Evaluation;
  try {
    ev = new Evaluation(toRuntimeContract(model, file), { period: opts.period ?? null, now: opts.now ?? null, strict: opts.strict ?? false });
  } catch (error) {
    if (error instanceof OptionsError) throw new UsageError(`error: ${error.message}`);
    throw error;
  }
  try {
    await evaluateFiles(ev, files);
  } catch (error) {
    if (error instanceof DataError) {
      io.stderr(`error: ${visible(error.message)}\n(--strict stops at the first bad record)\n`);
      return EXIT_ERRORS;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('E') || code === 'ERR_INVALID_ARG_VALUE')) {
      const path = (error as { path?: string }).path ?? '';
      ioError(io, `cannot read '${path}': ${reasonOf(error)}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const report = ev.finish();
  io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
  const rejected = recordKinds.reduce((n, k) => n + report.data.rejected[k], 0);
  if (rejected > 0 && opts.format === 'json') io.stderr(`warning: ${rejected} record${rejected === 1 ? '' : 's'} rejected; see data.problems in the report\n`);
  return EXIT_OK;
}
