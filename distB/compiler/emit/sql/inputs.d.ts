/**
 * The input tables the SQL views read (docs/sql.md): default names and columns, the fields of
 * runtime/schemas/*.json with instants as epoch milliseconds. `record` is the record's 0-based
 * position in its input (ties in time are taken in record order, as the engine does).
 */
import type { Column } from './dialect.js';
export declare const OUTAGES_TABLE = "slac_outages";
export declare const CONTACTS_TABLE = "slac_contacts";
export declare const CONTACT_FIELDS_TABLE = "slac_contact_fields";
export declare const FORECASTS_TABLE = "slac_forecasts";
export declare const PERIODS_TABLE = "slac_periods";
/** Where a record was read (for the report's record references; NULL when loaded otherwise). */
export declare const SOURCE_COLUMNS: readonly Column[];
export declare const OUTAGE_COLUMNS: readonly Column[];
export declare const CONTACT_COLUMNS: readonly Column[];
/** One row per custom field of a contact. */
export declare const CONTACT_FIELD_COLUMNS: readonly Column[];
/** The forecast volume of a percentage objective for one unit period key (`2026-03`). */
export declare const FORECAST_COLUMNS: readonly Column[];
/** The objective periods (runtime/evaluate/periods.ts): [from_ms, to_ms) per objective and period key. */
export declare const PERIOD_COLUMNS: readonly Column[];
