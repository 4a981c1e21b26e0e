/**
 * The input tables the SQL views read (docs/sql.md): default names and columns, the fields of
 * runtime/schemas/*.json with instants as epoch milliseconds. `record` numbers the records in input
 * order (ties in time are taken in record order, as the engine does): the 0-based position in one
 * input; the engine, reading several files, writes file × 2³² + position.
 */
import type { Column } from './dialect.js';

export const OUTAGES_TABLE = 'slac_outages';
export const CONTACTS_TABLE = 'slac_contacts';
export const CONTACT_FIELDS_TABLE = 'slac_contact_fields';
export const FORECASTS_TABLE = 'slac_forecasts';
export const PERIODS_TABLE = 'slac_periods';

/** Where a record was read (for the report's record references; NULL when loaded otherwise). */
export const SOURCE_COLUMNS: readonly Column[] = [
  { name: 'source_file', type: 'BIGINT' },
  { name: 'source_line', type: 'BIGINT' },
  { name: 'source_index', type: 'BIGINT' },
];

export const OUTAGE_COLUMNS: readonly Column[] = [
  { name: 'record', type: 'BIGINT' },
  { name: 'id', type: 'TEXT' },
  { name: 'service', type: 'TEXT' },
  { name: 'start_ms', type: 'BIGINT' },
  { name: 'end_ms', type: 'BIGINT' },
  { name: 'kind', type: 'TEXT' },
  { name: 'announced_ms', type: 'BIGINT' },
  ...SOURCE_COLUMNS,
];

export const CONTACT_COLUMNS: readonly Column[] = [
  { name: 'record', type: 'BIGINT' },
  { name: 'id', type: 'TEXT' },
  { name: 'channel', type: 'TEXT' },
  { name: 'arrived_ms', type: 'BIGINT' },
  { name: 'answered_ms', type: 'BIGINT' },
  { name: 'abandoned_ms', type: 'BIGINT' },
  { name: 'ended_ms', type: 'BIGINT' },
  { name: 'language', type: 'TEXT' },
  { name: 'cause', type: 'TEXT' },
  ...SOURCE_COLUMNS,
];

/** One row per custom field of a contact. */
export const CONTACT_FIELD_COLUMNS: readonly Column[] = [
  { name: 'record', type: 'BIGINT' },
  { name: 'name', type: 'TEXT' },
  { name: 'value', type: 'TEXT' },
];

/** The forecast volume of a percentage objective for one unit period key (`2026-03`). */
export const FORECAST_COLUMNS: readonly Column[] = [
  { name: 'objective', type: 'TEXT' },
  { name: 'period', type: 'TEXT' },
  { name: 'forecast', type: 'DOUBLE' },
];

/** The objective periods (runtime/evaluate/periods.ts): [from_ms, to_ms) per objective and period key. */
export const PERIOD_COLUMNS: readonly Column[] = [
  { name: 'objective', type: 'TEXT' },
  { name: 'period', type: 'TEXT' },
  { name: 'from_ms', type: 'BIGINT' },
  { name: 'to_ms', type: 'BIGINT' },
];
