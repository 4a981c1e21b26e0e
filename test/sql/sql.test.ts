/**
 * The SQL emitters on real engines: one embedded DuckDB and one PGlite (real Postgres in
 * WebAssembly) for all cases, since starting PGlite is the slow part.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../../compiler/emit/sql/dialect.js';
import { businessTimeCases } from './business-time.cases.js';
import { dialectCases } from './dialect.cases.js';
import { type Engine, engines } from './engines.js';
import { exampleCases } from './examples.cases.js';

let all: Engine[] = [];
beforeAll(async () => {
  all = await engines();
}, 60_000);
afterAll(async () => {
  for (const e of all) await e.close();
});

const engine = (d: Dialect): Engine => all.find((e) => e.dialect === d)!;

dialectCases(engine);
businessTimeCases(engine);
exampleCases(engine);
