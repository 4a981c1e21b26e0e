/**
 * The DuckDB engine's codes: the contract's tier, priority and calendar names and the clock kinds
 * as ENUM columns in the tables the ticket steps read, so the steps' tables carry one byte per
 * name instead of its text and join on it as an integer (the clock tables have four or five such
 * columns; a text column costs three to four times an integer's to write: docs/sql-engine.md,
 * "Performance"). Only the engine's tables: the script of `slac compile --target sql` keeps text
 * columns, which any loader can fill.
 *
 * An ENUM compares with text as text (`kind = 'response'`, a join on a text column of another
 * table, a name the type does not have: no row, never an error), and its values are listed in the
 * byte order of their UTF-8, so it sorts as the text does. A value outside its type fails the
 * insert loudly; the record checks admit only the contract's own names.
 */
import type { RuntimeContract } from '../../../runtime/contract.js';
import { CALENDAR_DAY_TABLE, CALENDAR_OPEN_TABLE, CALENDAR_TIME_TABLE } from './calendars.js';
import { ident, type TableRows, text } from './dialect.js';

/** The ENUMs of the ticket clocks' kinds and statuses (tickets.ts, reply-clocks.ts). */
export const CLOCK_KIND_TYPE = 'slac_clock_kind';
export const CLOCK_STATUS_TYPE = 'slac_clock_status';

/** `sql` (a text) as a value of the ENUM `type` where the engine has the codes. */
export const codeSql = (codes: boolean, type: string, sql: string): string => (codes ? `CAST(${sql} AS ${type})` : sql);

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** The calendar keys in the rows of the calendar tables (calendars.ts, given to an appender). */
export function calendarKeys(tables: readonly TableRows[]): string[] {
  return tables.flatMap((t) => {
    const i = t.columns.findIndex((c) => c.name === 'calendar');
    return i < 0 ? [] : t.rows.map((r) => String(r[i]));
  });
}

/**
 * CREATE TYPE and ALTER TABLE statements for the contract tables and the input tables (run once
 * they exist, before the appenders start); `calendars`: the keys of the calendar tables.
 */
export function codesSql(contract: RuntimeContract, calendars: readonly string[]): string {
  const targets = contract.tiers.flatMap((t) => t.targets);
  const domains: Array<{ type: string; values: Iterable<string>; columns: Array<[string, string]> }> = [
    {
      type: 'slac_tier_code',
      values: contract.tiers.map((t) => t.name),
      columns: [
        ['slac_tiers', 'tier'],
        ['slac_targets', 'tier'],
        ['slac_status_effect', 'tier'],
        ['slac_tickets', 'tier'],
      ],
    },
    {
      type: 'slac_priority_code',
      values: [...contract.priorities.map((p) => p.name), ...targets.map((t) => t.priority)],
      columns: [
        ['slac_targets', 'priority'],
        ['slac_tickets', 'priority'],
        ['slac_events', 'priority'],
      ],
    },
    { type: CLOCK_KIND_TYPE, values: ['response', 'resolution', 'next-reply', 'update'], columns: [['slac_targets', 'kind']] },
    { type: CLOCK_STATUS_TYPE, values: ['not-started', 'breached', 'met', 'pending', 'paused'], columns: [] },
    {
      type: 'slac_calendar_code',
      values: calendars,
      columns: [
        ['slac_targets', 'calendar'],
        ['slac_targets', 'day_calendar'],
        [CALENDAR_TIME_TABLE, 'calendar'],
        [CALENDAR_OPEN_TABLE, 'calendar'],
        [CALENDAR_DAY_TABLE, 'calendar'],
      ],
    },
  ];
  return domains
    .map(({ type, values, columns }) => {
      const sorted = [...new Set(values)].sort(byBytes);
      // Without a name of the kind (a contract on wall time only has no calendar) the columns stay text.
      if (sorted.length === 0) return '';
      return (
        `CREATE TYPE ${type} AS ENUM (${sorted.map(text).join(', ')});\n` +
        columns.map(([table, column]) => `ALTER TABLE ${ident(table)} ALTER ${ident(column)} TYPE ${type};\n`).join('')
      );
    })
    .join('');
}
