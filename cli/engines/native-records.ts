/**
 * Contacts and outages read by DuckDB (native-read.ts): the checks of the JavaScript engine
 * (runtime/data/validate.ts parseContact and parseOutage, Evaluation.addContact and addOutage) as a
 * conservative SQL predicate over the staged records, as record-checks.ts does for tickets. Clean
 * only when those checks accept the record unchanged, with the same instants:
 *  - the shape of native-stage.ts (string or null values of the fields below; no `fields`: custom
 *    fields and their checks stay in JavaScript); ids, channels and languages of 1 to 200 bytes,
 *    services the contract names, causes and outage kinds of the schemas' values;
 *  - timestamps in the fast form (record-checks.ts), within the contract's margin, in order (a
 *    contact answered or abandoned, not both, after it arrived; handled after it was answered;
 *    an outage ending after it started);
 *  - a contact arriving within the term, an outage of a service the contract names; neither after
 *    `--now` (an answer after it is no answer yet, an end after it no end: as JavaScript does).
 * Also the data's range of the clean records, and their rows for the input tables.
 */
import { int, text } from '../../compiler/emit/sql/dialect.js';
import { CONTACTS_TABLE, OUTAGES_TABLE } from '../../compiler/emit/sql/inputs.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { schemas } from '../../runtime/data/validate.js';
import { Context } from '../../runtime/evaluate/context.js';
import { recordOrderSql } from './file-numbers.js';
import { nameSql as name } from './record-checks.js';

/** What SQL reads of a record kind other than tickets, and how it checks and loads it. */
export interface RecordKindSql {
  /** The text fields read (the others make a record flagged). */
  fields: readonly string[];
  /** The fields that are instants (`<field>_ms` from slac_ts). */
  times: readonly string[];
  /** TRUE for a clean staged record; never NULL. */
  clean: string;
  /** Aggregates over the clean records: `a` and `b` the first and last instant of the data's range, `e` its end. */
  range: string;
  /** INSERT of the clean records of `checked` into the input table; `record` orders them as the JavaScript engine does (SqlRecords). */
  insert(checked: string): string;
}

type Property = { enum?: string[]; anyOf?: Property[] };
/** A field's values in a record kind's JSON Schema (runtime/schemas), as an SQL list. */
function values(kind: 'contact' | 'outage', field: string): string {
  const p = (schemas[kind] as { properties: Record<string, Property> }).properties[field]!;
  return (p.enum ?? p.anyOf!.find((b) => b.enum)!.enum!).map(text).join(', ');
}

const optName = (e: string) => `(${e} IS NULL OR ${name(e)})`;
/** An instant after `now` as no instant yet (or as it is, without `--now`). */
const untilNow = (e: string, now: number | null) => (now === null ? e : `CASE WHEN ${e} <= ${int(now)} THEN ${e} END`);

export function contactSql(contract: RuntimeContract, now: number | null): RecordKindSql {
  const c = new Context(contract, 'en');
  const validTo = int(c.validTo);
  const after = (t: string, from: string) => `(${t} IS NULL OR ${t}_ms BETWEEN ${from} AND ${validTo})`;
  return {
    fields: ['id', 'channel', 'language', 'cause', 'arrived', 'answered', 'abandoned', 'ended'],
    times: ['arrived', 'answered', 'abandoned', 'ended'],
    clean: `COALESCE(shaped AND ${optName('id')} AND channel IS NOT NULL AND ${name('channel')} AND ${optName('language')}
      AND (cause IS NULL OR cause IN (${values('contact', 'cause')}))
      AND arrived_ms >= ${int(c.termFrom)} AND arrived_ms < ${int(c.termTo)}${now === null ? '' : ` AND arrived_ms <= ${int(now)}`}
      AND (answered IS NULL OR abandoned IS NULL) AND ${after('answered', 'arrived_ms')} AND ${after('abandoned', 'arrived_ms')}
      AND (ended IS NULL OR (answered IS NOT NULL AND ended_ms BETWEEN answered_ms AND ${validTo})), FALSE)`,
    range: `MIN(arrived_ms) AS a, MAX(arrived_ms) AS b,
      GREATEST(MAX(arrived_ms), MAX(${untilNow('answered_ms', now)}), MAX(${untilNow('abandoned_ms', now)})) AS e`,
    insert: (checked) => `INSERT INTO ${CONTACTS_TABLE}
      (record, id, channel, arrived_ms, answered_ms, abandoned_ms, ended_ms, language, cause, source_file, source_line, source_index)
      SELECT ${recordOrderSql('input', 'rec')}, id, channel, arrived_ms, ${untilNow('answered_ms', now)}, ${untilNow('abandoned_ms', now)},
        ended_ms, language, cause, input, line, rec
      FROM ${checked} WHERE clean;\n`,
  };
}

export function outageSql(contract: RuntimeContract, now: number | null): RecordKindSql {
  const c = new Context(contract, 'en');
  const valid = (t: string) => `${t}_ms BETWEEN ${int(c.validFrom)} AND ${int(c.validTo)}`;
  const end = untilNow('end_ms', now);
  const last = `MAX(COALESCE(${end}, start_ms))`;
  return {
    fields: ['id', 'service', 'kind', 'start', 'end', 'announced'],
    times: ['start', 'end', 'announced'],
    clean: `COALESCE(shaped AND ${optName('id')} AND service IN (${[...c.services].sort().map(text).join(', ') || 'NULL'})
      AND "kind" IN (${values('outage', 'kind')})
      AND ${valid('start')}${now === null ? '' : ` AND start_ms <= ${int(now)}`}
      AND ("end" IS NULL OR (${valid('end')} AND end_ms > start_ms)) AND (announced IS NULL OR ${valid('announced')}), FALSE)`,
    range: `MIN(start_ms) AS a, ${last} AS b, ${last} AS e`,
    insert: (checked) => `INSERT INTO ${OUTAGES_TABLE}
      (record, id, service, start_ms, end_ms, kind, announced_ms, source_file, source_line, source_index)
      SELECT ${recordOrderSql('input', 'rec')}, id, service, start_ms, ${end}, "kind", announced_ms, input, line, rec
      FROM ${checked} WHERE clean;\n`,
  };
}
