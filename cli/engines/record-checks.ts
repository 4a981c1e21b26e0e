/**
 * The record checks of the JavaScript engine (runtime/data/validate.ts, Evaluation.addTicket) as a
 * conservative SQL predicate over staged ticket records: a record is *clean* only when those checks
 * would accept it unchanged, with the same instants. Everything else is *flagged*, and the
 * JavaScript checks decide it (so its problem is worded, placed and counted exactly as with
 * `--engine js`). Conservative means: only the common shape passes here —
 *  - an NDJSON line of one flat JSON object without escapes (`\`), with string or null values of
 *    the fields the SQL engine reads, and `events` of two-string objects (Parquet: typed columns);
 *    no other field (no `language`, `cause`, `fields`: their checks stay in JavaScript);
 *  - timestamps `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)` (the JavaScript parser's fast path), real
 *    dates and times, or Parquet instants (`slac_instant_ms`), within the contract's margin, not
 *    before the ticket's creation;
 *  - the creation within the term and not after `--now`; priorities and tiers the contract declares under their own
 *    names (not through an alias); statuses of printable ASCII that the ticket's tier knows;
 *  - ids that occur once in all the ticket inputs (duplicates go to JavaScript, which warns).
 * DuckDB only: the files are read by DuckDB (native-read.ts).
 */
import { int, text } from '../../compiler/emit/sql/dialect.js';
import type { RtTier, RuntimeContract } from '../../runtime/contract.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import { Context } from '../../runtime/evaluate/context.js';
import { daysFromCivil } from '../../runtime/time.js';

/** Digits, separators and ranges of the fast timestamp form; NULL for any other text. */
const TS_FORM = String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{3})?(Z|[+-](0[0-9]|1[0-8]):[0-5][0-9])`;

/** Microseconds of 0000-01-01T00:00:00Z and of 9999-12-31T23:59:59.999999Z: the instants whose ISO text has a four-digit year. */
const US_PER_DAY = 86_400_000_000n;
const ISO_YEARS_US = [BigInt(daysFromCivil(0, 1, 1)) * US_PER_DAY, BigInt(daysFromCivil(10_000, 1, 1)) * US_PER_DAY - 1n];

/**
 * `slac_ts(text)`: epoch ms of a timestamp in the fast form (runtime/time.ts fastTimestamp), else
 * NULL. `slac_instant_ms(t)`: epoch ms of a TIMESTAMP WITH TIME ZONE, its microseconds floored as
 * the reader floors a fraction (parquet.ts gives JavaScript its ISO text), NULL beyond four-digit
 * years and for infinities.
 */
export const TIMESTAMP_MACRO = `CREATE OR REPLACE MACRO slac_ts(s) AS
  CASE WHEN regexp_full_match(s, ${text(TS_FORM)}) THEN epoch_ms(TRY_CAST(s AS TIMESTAMPTZ)) END;
CREATE OR REPLACE MACRO slac_instant_ms(t) AS
  CASE WHEN epoch_us(t) BETWEEN ${ISO_YEARS_US[0]} AND ${ISO_YEARS_US[1]} THEN (epoch_us(t) - (epoch_us(t) % 1000 + 1000) % 1000) // 1000 END;
`;

/** The status key of runtime/data/status-name.ts, for printable ASCII (where SQL's lower and trim are JavaScript's). */
const statusKey = (e: string) => `regexp_replace(lower(trim(${e})), '[[:space:]_-]+', ' ', 'g')`;

/** Printable ASCII: the only statuses `statusKey` computes as JavaScript does. */
const PRINTABLE = /^[ -~]+$/;

/** A name's length as the schemas allow it (1 to 200). */
export const nameSql = (e: string): string => `strlen(${e}) BETWEEN 1 AND 200`;

const list = (xs: readonly string[]) => `[${xs.map(text).join(', ')}]::VARCHAR[]`;

/**
 * The `ord` of a clean ticket's event in `slac_events`: (at − created) × 2²⁰ + its place in the
 * record's list (from 0; the resolution after them all), which orders the ticket's events in time
 * and those at one instant as listed, as the JavaScript engine's sort does, without sorting. A
 * clean ticket has fewer events than that and none further than 2⁴³ ms from its creation, so the
 * key fits a BIGINT.
 */
export const eventOrdSql = (atMs: string, createdMs: string, place: string) => `(${atMs} - ${createdMs}) * ${ORD_PLACES} + ${place}`;
const ORD_PLACES = 1_048_576;
const ORD_SPAN = 2n ** 43n;

/** The ENUM of the contract's own status spellings (`typesSql`). */
const SPELLING = 'slac_status_spelling';

/** Names the contract knows as they are: `alias(value)` leaves them alone. */
function ownNames(ctx: Context, field: 'priority' | 'tier', names: Iterable<string>): string[] {
  return [...names].filter((n) => ctx.vocabulary.alias(field, n) === n);
}

/**
 * The checks for one contract. Columns of the staged records (native-stage.ts): the record's
 * fields as text (`id`, `priority`, `tier`, `customer`, `channel`, `created`, `responded`,
 * `resolved`, `assigned`), `events` a list of structs (`status`, `priority`, `message`, `at_ms`,
 * `i`), `shaped` (its form passed), and the instants `created_ms`, `responded_ms`, `resolved_ms`,
 * `assigned_ms`.
 */
export class RecordChecks {
  readonly ctx: Context;

  /** `now`: the evaluation's `--now` (epoch ms), or null. */
  constructor(
    contract: RuntimeContract,
    private readonly now: number | null,
  ) {
    this.ctx = new Context(contract, 'en');
  }

  /** The tier a clean record's clocks follow (a contract without tiers has one). */
  tierSql(): string {
    const implicit = this.ctx.implicitTier;
    return implicit ? text(implicit.name) : 'tier';
  }

  /** The status names of the contract as written: declared, aliased, or named by a pause clause of `tier` (else of any tier). */
  private statusNames(tier?: RtTier): string[] {
    const c = this.ctx.contract;
    const names = [
      ...this.ctx.vocabulary.statuses.map((s) => s.name),
      ...(c.aliases ?? []).filter((a) => a.field === 'status').map((a) => a.value),
    ];
    const pauses = (tier ? [tier] : c.tiers).flatMap((t) => t.pauses.flatMap((p) => (p.status === null ? [] : [p.status])));
    return [...new Set([...names, ...pauses])].sort();
  }

  /** Status keys a tier knows (`Vocabulary.known`, which depends on the key alone). */
  private knownKeys(): Map<string, string[]> {
    const v = this.ctx.vocabulary;
    const out = new Map<string, string[]>();
    for (const tier of this.ctx.contract.tiers)
      out.set(
        tier.name,
        [
          ...new Set(
            this.statusNames(tier)
              .filter((n) => v.known(n, tier))
              .map(normaliseStatus),
          ),
        ].sort(),
      );
    return out;
  }

  /** The contract's own status spellings that `statusKey` reads as JavaScript does (printable ASCII of 1 to 200 bytes), in order. */
  private ownSpellings(): string[] {
    return this.statusNames().filter((n) => PRINTABLE.test(n) && n.length <= 200);
  }

  /**
   * `slac_status_spelling`, an ENUM of the contract's own spellings: a status cast to it is one
   * hash lookup, where comparing it with each spelling (a CASE, an IN list) cost a tenth of the
   * reading. Run before `cleanSql` and `statusKeySql`.
   */
  typesSql(): string {
    const own = this.ownSpellings();
    return `DROP TYPE IF EXISTS ${SPELLING};\n${own.length === 0 ? '' : `CREATE TYPE ${SPELLING} AS ENUM (${own.map(text).join(', ')});\n`}`;
  }

  /** Per own spelling of `e`, the element of `values` at its place (NULL for any other text). */
  private bySpelling(e: string, values: string): string {
    return `list_extract(${values}, enum_code(TRY_CAST(${e} AS ${SPELLING})) + 1)`;
  }

  /** The status key of `e` (printable ASCII): of the contract's own spellings looked up, of any other through `statusKey`. */
  statusKeySql(e: string): string {
    const own = this.ownSpellings();
    if (own.length === 0) return statusKey(e);
    return `COALESCE(${this.bySpelling(e, list(own.map(normaliseStatus)))}, ${statusKey(e)})`;
  }

  /** Whether `e` is a status name `tier` knows (see the header): of an own spelling looked up, of any other worked out. */
  private knownStatusSql(e: string, keys: string, knownOwn: string): string {
    const general = `(${nameSql(e)} AND regexp_full_match(${e}, '[ -~]+') AND list_contains(${keys}, ${statusKey(e)}))`;
    return this.ownSpellings().length === 0 ? general : `COALESCE(${this.bySpelling(e, knownOwn)}, ${general})`;
  }

  /** TRUE for a clean record of `stage` (see the header); never NULL. */
  cleanSql(): string {
    const c = this.ctx;
    const priorities = list(ownNames(c, 'priority', c.priorities).sort());
    const tierOk = c.implicitTier
      ? 'tier IS NULL'
      : `tier IS NOT NULL AND list_contains(${list(ownNames(c, 'tier', c.tiers.keys()).sort())}, tier)`;
    const known = this.knownKeys();
    const byTier = (value: (keys: readonly string[]) => string) =>
      c.implicitTier
        ? value(known.get(c.implicitTier.name) ?? [])
        : `CASE tier ${[...known].map(([t, k]) => `WHEN ${text(t)} THEN ${value(k)}`).join(' ')} END`;
    const keys = byTier(list);
    const own = this.ownSpellings();
    const knownOwn = byTier((k) => `[${own.map((n) => String(k.includes(normaliseStatus(n))).toUpperCase()).join(', ')}]::BOOLEAN[]`);
    const validTo = int(c.validTo);
    // An event's `at` is given and in the fast form where its `at_ms` is not NULL.
    const event = `(CAST(e.status IS NOT NULL AS INTEGER) + CAST(e.priority IS NOT NULL AS INTEGER) + CAST(e.message IS NOT NULL AS INTEGER)) = 1
      AND e.at_ms BETWEEN created_ms AND ${validTo}
      AND (e.status IS NULL OR ${this.knownStatusSql('e.status', keys, knownOwn)})
      AND (e.priority IS NULL OR list_contains(${priorities}, e.priority))
      AND (e.message IS NULL OR e.message IN ('customer', 'provider'))`;
    return `COALESCE(shaped
      AND id IS NOT NULL AND ${nameSql('id')}
      AND priority IS NOT NULL AND list_contains(${priorities}, priority)
      AND ${tierOk}
      AND (channel IS NULL OR ${nameSql('channel')})
      AND created_ms >= ${int(c.termFrom)} AND created_ms < ${int(c.termTo)}${this.now === null ? '' : ` AND created_ms <= ${int(this.now)}`}
      AND created_ms > ${BigInt(c.validTo) - ORD_SPAN} AND (events IS NULL OR len(events) < ${ORD_PLACES - 1})
      AND (responded IS NULL OR responded_ms BETWEEN created_ms AND ${validTo})
      AND (resolved IS NULL OR resolved_ms BETWEEN created_ms AND ${validTo})
      AND (assigned IS NULL OR assigned_ms >= created_ms)
      AND (events IS NULL OR len(list_filter(events, lambda e: NOT COALESCE(${event}, FALSE))) = 0), FALSE)`;
  }
}
