/** `slac evaluate`: evaluate data files against a contract, as a JSON report or a text summary. */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import { reasonOf } from '../../compiler/source-files.js';
import { closest } from '../../diagnostics/suggest.js';
import { checkColumns, type ColumnMapping } from '../../runtime/data/columns.js';
import type { Delimiter } from '../../runtime/data/csv.js';
import { formatOfPath, kindOfPath, type DataFormat } from '../../runtime/data/read.js';
import { recordKinds, type RecordKind } from '../../runtime/data/types.js';
import { DataError, Evaluation, OptionsError } from '../../runtime/evaluate/engine.js';
import type { TicketResult, TicketSelection } from '../../runtime/evaluate/report.js';
import { inputLines, renderText } from '../../runtime/evaluate/text.js';
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
  /** Every ticket's result, one JSON object per line. */
  ticketsOut?: string;
  reportTickets?: TicketSelection['include'];
  maxTickets?: string;
  csvDelimiter?: string;
  dataTimezone?: string;
  columns?: string;
}

/** The report lists at most this many tickets unless told otherwise (every ticket goes to --tickets-out). */
export const DEFAULT_MAX_TICKETS = 1000;

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

function delimiterOf(text: string | undefined): Delimiter | null {
  if (text === undefined) return null;
  const d = ({ ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '\\t': '\t' } as Record<string, Delimiter>)[text.toLowerCase()];
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
  throw new UsageError(`error: --data-timezone: unknown time zone '${zone}'${suggestion ? `; did you mean '${suggestion}'?` : ' (use an IANA name such as Europe/Amsterdam)'}`);
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

/** Writes ticket results as NDJSON in 64 KB batches (synchronously: memory stays bounded however fast tickets come). */
class TicketsOut {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  write(t: TicketResult): void {
    const line = `${JSON.stringify(t)}\n`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export async function evaluate(io: CliIo, file: string, opts: EvaluateOptions): Promise<number> {
  const files = opts.data.map(dataFile);
  const readOptions = { delimiter: delimiterOf(opts.csvDelimiter), columns: columnsOf(opts.columns) };
  const maxTickets = maxTicketsOf(opts.maxTickets);
  const dataZone = zoneOf(opts.dataTimezone);
  const { model, exit } = loadContract(io, file);
  if (!model) return exit;
  let out: TicketsOut | null = null;
  if (opts.ticketsOut) {
    try {
      out = new TicketsOut(opts.ticketsOut);
    } catch (error) {
      ioError(io, `cannot write '${opts.ticketsOut}': ${reasonOf(error)}`);
      return EXIT_USAGE;
    }
  }
  try {
    let ev: Evaluation;
    try {
      ev = new Evaluation(toRuntimeContract(model, file), {
        period: opts.period ?? null,
        now: opts.now ?? null,
        strict: opts.strict ?? false,
        dataZone,
        reportTickets: opts.reportTickets ?? 'exceptions',
        maxTickets,
        ...(out ? { onTicket: (t: TicketResult) => out!.write(t) } : {}),
      });
    } catch (error) {
      if (error instanceof OptionsError) throw new UsageError(`error: ${error.message}`);
      throw error;
    }
    try {
      await evaluateFiles(ev, files, readOptions);
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
    out?.close();
    out = null;
    io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
    if (opts.format === 'json') {
      io.stderr(`${inputLines(report).join('\n')}\n`);
      const rejected = recordKinds.reduce((n, k) => n + report.data.rejected[k], 0);
      if (rejected > 0) io.stderr(`warning: ${rejected} record${rejected === 1 ? '' : 's'} rejected; see data.problems in the report\n`);
    }
    return EXIT_OK;
  } finally {
    out?.close();
  }
}
