/**
 * The DuckDB engine's ENUM codes (compiler/emit/sql/codes.ts): the contract's names in the tables
 * the ticket steps read are ENUMs that sort, compare and join as their text, and a name outside
 * its type fails loudly. (The differential tests in engine.test.ts run every report with them.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { calendarKeys, codesSql } from '../../compiler/emit/sql/codes.js';
import type { TableRows } from '../../compiler/emit/sql/dialect.js';
import { contractTablesSql, inputTablesSql } from '../../compiler/emit/sql/index.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { contractOf, sla } from '../evaluate/helpers.js';
import { duckdb, type Engine } from './engines.js';

// UTF-16 puts the emoji (a surrogate pair, 0xD83D…) before the fullwidth Ａ (0xFF21); UTF-8, as
// DuckDB's text, after it (0xF0… against 0xEF…): a sort by JavaScript's default order would not sort as the text.
const NAMES = ['P1', 'P2', 'P3', 'P4'];
const HOSTILE = ['😀 urgent', 'Ａ normal', "l'ow", 'b"la'];

function contract(): RuntimeContract {
  const c = contractOf(
    sla(`
priority P1
priority P2
priority P3
priority P4
targets {
  calendar office
  response P1, P2, P3, P4 within 1 business hours
  resolution P1, P2, P3 within 8 business hours
  resolution P4 within 8 hours on always
  update P4 every 4 hours
}`),
  );
  const names = new Map(NAMES.map((n, i) => [n, HOSTILE[i]!]));
  return JSON.parse(JSON.stringify(c), (_k, v) => (typeof v === 'string' && names.has(v) ? names.get(v) : v));
}

let db: Engine;
beforeAll(async () => {
  db = await duckdb();
  const c = contract();
  const apart: TableRows[] = [];
  await db.exec(contractTablesSql('duckdb', c, apart) + inputTablesSql('duckdb') + codesSql(c, calendarKeys(apart)));
});
afterAll(() => db.close());

it('names the steps read are ENUMs in the order of their text', async () => {
  const types = await db.rows(
    `SELECT table_name || '.' || column_name AS col, data_type FROM information_schema.columns
     WHERE (table_name, column_name) IN (('slac_targets', 'priority'), ('slac_targets', 'kind'), ('slac_targets', 'calendar'),
       ('slac_tickets', 'tier'), ('slac_events', 'priority'), ('slac_calendar_time', 'calendar')) ORDER BY col`,
  );
  expect(types.map((t) => t.col)).toHaveLength(6);
  for (const t of types) expect(String(t.data_type), String(t.col)).toMatch(/^ENUM\(/);
  const order = async (by: string) =>
    (await db.rows(`SELECT DISTINCT priority FROM slac_targets ORDER BY ${by}`)).map((r) => String(r.priority));
  expect(await order('priority')).toEqual(await order('CAST(priority AS VARCHAR)'));
  expect(await order('priority')).toEqual(['b"la', "l'ow", 'Ａ normal', '😀 urgent']);
});

it('an ENUM compares and joins as its text, a name it lacks matching nothing', async () => {
  const [r] = await db.rows(`SELECT
    COUNT(*) FILTER (WHERE kind = 'response') AS response,
    COUNT(*) FILTER (WHERE kind = 'no such kind') AS none,
    COUNT(*) FILTER (WHERE priority IN (SELECT ${"'l''ow'"} UNION ALL SELECT 'P9')) AS low,
    COUNT(*) FILTER (WHERE kind NOT LIKE 'objective %') AS clocks
    FROM slac_targets`);
  expect(r).toEqual({ response: 4, none: 0, low: 2, clocks: 9 });
});

it('a ticket with a priority the contract lacks fails the insert, never a silent NULL', async () => {
  await db.exec(`INSERT INTO slac_tickets (seq, id, tier, priority) SELECT 1, 'T1', tier, ${"'Ａ normal'"} FROM slac_tiers`);
  await expect(db.exec(`INSERT INTO slac_tickets (seq, id, tier, priority) SELECT 2, 'T2', tier, 'P9' FROM slac_tiers`)).rejects.toThrow(
    /Could not convert string 'P9'/,
  );
});
