/**
 * What `slac evaluate` and `slac report` share: the data options, the contract read and checked,
 * and one evaluation of the data files against it.
 */
import { readFileSync } from 'node:fs';
import type { ContractModel } from '../compiler/model.js';
import { toRuntimeContract } from '../compiler/emit/runtime-contract.js';
import { reasonOf } from '../compiler/source-files.js';
import { closest } from '../diagnostics/suggest.js';
import { checkColumns, type ColumnMapping } from '../runtime/data/columns.js';
import type { Delimiter } from '../runtime/data/csv.js';
import { formatOfPath, kindOfPath, type DataFormat } from '../runtime/data/read.js';
import type { RecordKind } from '../runtime/data/types.js';
import { DataError, Evaluation, OptionsError, type EvaluateOptions as EngineOptions } from '../runtime/evaluate/engine.js';
import type { Report, TicketSelection } from '../runtime/evaluate/report.js';
import type { ReadOptions } from '../runtime/data/read.js';
import { evaluateFiles, type DataFile } from '../runtime/files.js';
import { visible } from '../runtime/escape.js';
import { loadContract } from './contract.js';
import { type EngineName, type InputFile, SqlFileError, SqlRangeError, SqlResourceError, sqlGate } from './engines/gate.js';
import { summaryLine } from '../compiler/render-diagnostics.js';
import { EXIT_ERRORS, EXIT_USAGE, ioError, printDiagnostics, UsageError, type CliIo } from './io.js';

/** The options of the data and the evaluation, as the command line gives them. */
export interface DataOptions {
  data: string[];
  period?: string;
  now?: string;
  strict?: boolean;
  reportTickets?: TicketSelection['include'];
  maxTickets?: string;
  csvDelimiter?: string;
  dataTimezone?: string;
  columns?: string;
  /** `duckdb`: the SQL engine (cli/engines); default `js`. */
  engine?: EngineName;
}

/** The report lists at most this many tickets unless told otherwise (every ticket goes to --tickets-out). */
export const DEFAULT_MAX_TICKETS = 1000;

/**
 * `--data` entries: `tickets.ndjson`, `outages-2026.csv` (the kind from the name: tickets*,
 * contacts*, outages*, measurements*; the format from the extension), or `ticket=export.json`.
 */
function dataFile(spec: string, engine: EngineName | undefined): InputFile {
  const m = /^(tickets?|contacts?|outages?|measurements?)=(.+)$/.exec(spec);
  const path = m ? m[2]! : spec;
  const kind = (m ? m[1]!.replace(/s$/, '') : kindOfPath(path)) as RecordKind | null;
  if (!kind)
    throw new UsageError(
      `error: cannot tell what '${spec}' holds: name the file tickets…, contacts…, outages… or measurements…, or write e.g. tickets=${spec}`,
    );
  if (/\.parquet$/i.test(path)) {
    if (engine !== 'duckdb') throw new UsageError(`error: '${path}': Parquet files are read by --engine duckdb`);
    return { path, kind, format: 'parquet' };
  }
  const format: DataFormat | null = formatOfPath(path);
  if (!format) throw new UsageError(`error: '${path}' is not .json, .ndjson (.jsonl), .csv or (with --engine duckdb) .parquet`);
  return { path, kind, format };
}

function delimiterOf(text: string | undefined): Delimiter | null {
  if (text === undefined) return null;
  const d = ({ ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '\\t': '\t' } as Record<string, Delimiter>)[
    text.toLowerCase()
  ];
  if (!d) throw new UsageError(`error: --csv-delimiter must be ',', ';' or tab, not '${text}'`);
  return d;
}

function maxTicketsOf(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_MAX_TICKETS;
  if (text === 'all') return null;
  if (!/^\d+$/.test(text)) throw new UsageError(`error: --max-tickets must be a whole number or 'all', not '${text}'`);
  return Number(text);
}

function zoneOf(zone: string | undefined): string | null {
  if (zone === undefined) return null;
  const known = Intl.supportedValuesOf('timeZone');
  if (known.includes(zone) || zone === 'UTC') return zone;
  const suggestion = closest(zone, known);
  throw new UsageError(
    `error: --data-timezone: unknown time zone '${zone}'${suggestion ? `; did you mean '${suggestion}'?` : ' (use an IANA name such as Europe/Amsterdam)'}`,
  );
}

function columnsOf(file: string | undefined): ColumnMapping | null {
  if (file === undefined) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(`error: ${file}: not valid JSON: ${error.message}`);
    throw new UsageError(`error: cannot read '${file}': ${reasonOf(error)}`);
  }
  const checked = checkColumns(data, file);
  if (!checked.ok) throw new UsageError(`error: ${checked.message}`);
  return checked.mapping;
}

/** What the engine gets beyond the command line's options (a ticket stream, the report's language, a period and `now` that depend on the contract …). */
export type EngineExtras = Pick<EngineOptions, 'onTicket' | 'onObjective' | 'language' | 'period' | 'now'>;

export type Evaluated = { report: Report; model: ContractModel; exit: null } | { report: null; model: null; exit: number };

/**
 * Reads the contract and evaluates the data files against it. Usage errors are thrown as
 * UsageError (checked before any file is read); the contract's diagnostics, bad records under
 * --strict and unreadable files are reported on stderr and give the exit code instead. `begin`
 * runs once the contract is usable and supplies the engine's extras (null: stop with a usage
 * error it has reported).
 */
export async function runEvaluation(
  io: CliIo,
  file: string,
  opts: DataOptions,
  begin: (model: ContractModel) => EngineExtras | null = () => ({}),
): Promise<Evaluated> {
  const data = dataOptions(opts);
  const { model, exit } = loadContract(io, file);
  if (!model) return { report: null, model: null, exit };
  const extras = begin(model);
  if (!extras) return { report: null, model: null, exit: EXIT_USAGE };
  return evaluateModel(io, model, file, data, extras);
}

/** The data options checked (usage errors thrown as UsageError), before any file is read. */
export function dataOptions(opts: DataOptions): {
  opts: DataOptions;
  files: InputFile[];
  readOptions: ReadOptions;
  maxTickets: number | null;
  dataZone: string | null;
} {
  const files = opts.data.map((spec) => dataFile(spec, opts.engine));
  return {
    opts,
    files,
    readOptions: { delimiter: delimiterOf(opts.csvDelimiter), columns: columnsOf(opts.columns) },
    maxTickets: maxTicketsOf(opts.maxTickets),
    dataZone: zoneOf(opts.dataTimezone),
  };
}

/** Evaluates the data files against a contract already read and checked (`slac diff --data` evaluates two). */
export async function evaluateModel(
  io: CliIo,
  model: ContractModel,
  file: string,
  data: ReturnType<typeof dataOptions>,
  extras: EngineExtras,
): Promise<Evaluated> {
  const { opts, files, readOptions, maxTickets, dataZone } = data;
  const contract = toRuntimeContract(model, file);
  if (opts.engine === 'duckdb') {
    const text = readFileSync(file, 'utf8');
    const refused = sqlGate(contract, text);
    if (refused.length > 0) {
      printDiagnostics(io, 'stderr', refused, file, text);
      io.stderr(`${summaryLine(refused.length, 0, 1)}\n`);
      return { report: null, model: null, exit: EXIT_ERRORS };
    }
  }
  const options: EngineOptions = {
    period: opts.period ?? null,
    now: opts.now ?? null,
    strict: opts.strict ?? false,
    dataZone,
    reportTickets: opts.reportTickets ?? 'exceptions',
    maxTickets,
    ...extras,
  };
  let report: Report;
  try {
    // DuckDB (a native module) is loaded only for --engine duckdb.
    if (opts.engine === 'duckdb') report = await (await import('./engines/run.js')).evaluateInDuckDb(contract, options, files, readOptions);
    else {
      const ev = new Evaluation(contract, options);
      // dataFile refuses Parquet without --engine duckdb.
      await evaluateFiles(ev, files as DataFile[], readOptions);
      report = ev.finish();
    }
  } catch (error) {
    if (error instanceof OptionsError) throw new UsageError(`error: ${error.message}`);
    if (error instanceof SqlRangeError) {
      io.stderr(`error: ${error.message}: evaluate with --engine js\n`);
      return { report: null, model: null, exit: EXIT_ERRORS };
    }
    if (error instanceof SqlResourceError) {
      io.stderr(`error: ${error.message}\n`);
      return { report: null, model: null, exit: EXIT_ERRORS };
    }
    if (error instanceof SqlFileError) {
      ioError(io, `cannot read '${error.path}': ${error.message}`);
      return { report: null, model: null, exit: EXIT_USAGE };
    }
    if (error instanceof DataError) {
      io.stderr(`error: ${visible(error.message)}\n(--strict stops at the first bad record)\n`);
      return { report: null, model: null, exit: EXIT_ERRORS };
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('E') || code === 'ERR_INVALID_ARG_VALUE')) {
      const path = (error as { path?: string }).path ?? '';
      ioError(io, `cannot read '${path}': ${reasonOf(error)}`);
      return { report: null, model: null, exit: EXIT_USAGE };
    }
    throw error;
  }
  return { report, model, exit: null };
}
