/**
 * The SQL engine's side of outages and contacts: each outage and contact the JavaScript engine
 * reads and accepts goes into the input tables (the Evaluation's `recordSink`; the ones DuckDB
 * reads and finds clean itself go there from SQL: native-read.ts), and once every record is in, the views of
 * compiler/emit/sql/records.ts classify the outages (slac_outage_pieces) and count the contacts
 * per objective and unit period (slac_contact_units, the forecast volume rule applied). Their rows
 * go back to the Evaluation, which builds the objective results with its own code (windows,
 * records and explanations of availability from the SQL pieces).
 *
 * The per period downtime of slac_availability (a sweep in SQL) must equal what the JavaScript
 * interval arithmetic makes of the same pieces; a difference stops the evaluation, never a report
 * with either number.
 */
import { CalendarSet } from '../../compiler/emit/sql/calendars.js';
import { type SqlValue, int, literalTable } from '../../compiler/emit/sql/dialect.js';
import {
  CONTACT_FIELDS_TABLE,
  CONTACTS_TABLE,
  FORECAST_COLUMNS,
  FORECASTS_TABLE,
  OUTAGES_TABLE,
  PERIOD_COLUMNS,
  PERIODS_TABLE,
} from '../../compiler/emit/sql/inputs.js';
import { recordViewsSql } from '../../compiler/emit/sql/records.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import type { ParsedContact, ParsedOutage } from '../../runtime/data/validate.js';
import {
  type NoteCode,
  type OutageInput,
  type OutagePiece,
  type Reason,
  availabilityOf,
  outagePiece,
} from '../../runtime/evaluate/availability.js';
import type { Evaluation, RecordSink } from '../../runtime/evaluate/engine.js';
import type { RecordRef } from '../../runtime/evaluate/report.js';
import { periodKey } from '../../runtime/time.js';
import { FileNumbers, recordOf } from './file-numbers.js';
import { feedContactTimes } from './sql-contact-times.js';
import type { Row, SqlDatabase } from './sql-tickets.js';

const num = (v: Row[string]): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: Row[string]): string | null => (v === null || v === undefined ? null : String(v));

/** The amounts of slac_availability and where the JavaScript detail has them. */
const AMOUNTS = [
  'window_ms',
  'downtime_ms',
  'over_cap_ms',
  'outside_window_ms',
  'force_majeure_ms',
  'customer_caused_ms',
  'third_party_ms',
  'maintenance_ms',
];

export class SqlRecords {
  /** The numbers of the contact and outage files (together). */
  readonly files = new FileNumbers();

  constructor(
    private readonly db: SqlDatabase,
    private readonly contract: RuntimeContract,
  ) {}

  /** Where a row of an input table was read (its source columns). */
  private ref(kind: 'outage' | 'contact', r: Row): RecordRef {
    const file = num(r.source_file);
    return {
      kind,
      id: str(r.id),
      file: file === null ? null : this.files.path(file),
      line: num(r.source_line),
      index: num(r.source_index)!,
    };
  }

  /** The Evaluation's `recordSink` (the input tables are open for appending: SqlTickets.open). */
  readonly sink: RecordSink = {
    outage: (x: ParsedOutage, ref: RecordRef) => {
      const file = this.files.number(ref.file);
      this.db.append(OUTAGES_TABLE, [
        recordOf(file, ref.index),
        x.id,
        x.service,
        x.start,
        x.end,
        x.kind,
        x.announced,
        file,
        ref.line,
        ref.index,
      ]);
    },
    contact: (x: ParsedContact, ref: RecordRef) => {
      const file = this.files.number(ref.file);
      const where = [file, ref.line, ref.index];
      const record = recordOf(file, ref.index);
      this.db.append(CONTACTS_TABLE, [record, x.id, x.channel, x.arrived, x.answered, x.abandoned, x.ended, x.language, x.cause, ...where]);
      for (const [name, value] of Object.entries(x.fields)) this.db.append(CONTACT_FIELDS_TABLE, [record, name, value]);
    },
  };

  /** After every record is in (and appended): the views' rows into the evaluation, before `finish`. */
  async finish(ev: Evaluation): Promise<void> {
    const d = this.db.dialect;
    const ctx = ev.ctx;
    const asOf = ev.evaluationInstant();
    const objectives = this.contract.objectives;
    const periods = new Map(objectives.map((o) => [o.name, ev.periodsOf(o)]));
    const periodRows: SqlValue[][] = objectives.flatMap((o) => periods.get(o.name)!.map((p) => [o.name, p.key, p.from, p.to]));
    const forecasts: SqlValue[][] = objectives.flatMap((o) =>
      [...ev.forecasts(o.name)].map(([index, f]) => [o.name, periodKey({ unit: o.period.unit, index }), f]),
    );
    await this.db.exec(
      literalTable(d, PERIODS_TABLE, PERIOD_COLUMNS, periodRows) +
        literalTable(d, FORECASTS_TABLE, FORECAST_COLUMNS, forecasts) +
        // Each contact's outcome and time once: the views after them read them several times.
        recordViewsSql(d, this.contract, new CalendarSet(ctx), int(asOf), true),
    );

    for (const r of await this.db.rows('SELECT * FROM slac_contact_units ORDER BY objective, unit_index')) {
      ev.addShareCounts(String(r.objective), num(r.unit_index)!, {
        counted: num(r.counted)!,
        hits: num(r.hits)!,
        pending: num(r.pending)!,
        outsideHours: num(r.outside_hours)!,
        excluded: num(r.excluded)!,
        aboveForecast: num(r.above_forecast)!,
        unmatched: num(r.unmatched)!,
        notOwed: num(r.not_owed)!,
      });
    }

    await feedContactTimes(this.db, this.contract, ev, (r) => this.ref('contact', r));

    const availability = objectives.filter((o) => o.measure.kind === 'availability');
    if (availability.length === 0) return;
    const inputs = new Map<number, OutageInput>();
    for (const r of await this.db.rows(`SELECT * FROM ${OUTAGES_TABLE} ORDER BY record`)) {
      const outage: ParsedOutage = {
        id: str(r.id),
        service: String(r.service),
        start: num(r.start_ms)!,
        end: num(r.end_ms),
        kind: String(r.kind) as ParsedOutage['kind'],
        announced: num(r.announced_ms),
      };
      inputs.set(num(r.record)!, { outage, ref: this.ref('outage', r) });
    }
    const pieces = new Map<string, OutagePiece[]>(availability.map((o) => [o.name, []]));
    const byName = new Map(availability.map((o) => [o.name, o]));
    for (const r of await this.db.rows('SELECT * FROM slac_outage_pieces ORDER BY objective, record, start_ms')) {
      const o = byName.get(String(r.objective))!;
      const cls = String(r.cls);
      const latest = num(r.latest_ms);
      pieces
        .get(o.name)!
        .push(
          outagePiece(
            ctx,
            o,
            inputs.get(num(r.record)!)!,
            num(r.start_ms)!,
            num(r.end_ms)!,
            cls === 'counted' ? null : (cls as Reason),
            str(r.note) as NoteCode | null,
            latest ?? Infinity,
          ),
        );
    }
    const sums = new Map<string, Row>();
    for (const r of await this.db.rows('SELECT * FROM slac_availability')) sums.set(`${r.objective}\n${r.period}`, r);
    for (const o of availability) {
      const mine = pieces.get(o.name)!;
      const ps = periods.get(o.name)!;
      availabilityOf(ctx, o, mine, ps, asOf).forEach(({ detail }, i) => {
        const row = sums.get(`${o.name}\n${ps[i]!.key}`);
        const ex = (reason: string) => detail.excluded.find((e) => e.reason === reason)?.ms ?? 0;
        const js = [
          detail.windowMs,
          detail.downtimeMs,
          detail.counted.overCapMs,
          detail.outsideWindowMs,
          ex('force-majeure'),
          ex('customer-caused'),
          ex('third-party'),
          ex('maintenance'),
        ];
        const sql = AMOUNTS.map((a) => (row ? num(row[a]) : null));
        if (js.some((v, k) => v !== sql[k]))
          throw new Error(
            `internal error: objective '${o.name}' ${ps[i]!.key}: the SQL downtime (${AMOUNTS.map((a, k) => `${a} ${sql[k]}`).join(', ')}) differs from the JavaScript one (${js.join(', ')}); please report it, and use --engine js`,
          );
      });
      ev.setOutagePieces(o.name, mine);
    }
  }
}
