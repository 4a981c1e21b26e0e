/**
 * The files of `slac compile --target sql` (docs/sql-engine.md, "The script"):
 *  - `<stem>.<dialect>.sql`, the contract: its constants and calendars as tables, the input tables
 *    (empty) and the objective periods of the term; run once, then load the input tables;
 *  - `<stem>.<dialect>.evaluate.sql`, the evaluation: every step as a table (`CREATE TABLE … AS`),
 *    in order, from the loaded input tables, as `--engine duckdb` computes them; run it after each
 *    load. Nested views would be expanded where they are read, and on a contract with clocks in
 *    days, reply cycles, pause caps or conditions the last ones become queries of minutes.
 *    `views`: the same steps as views instead (live, recomputed at every query: for small data).
 *    Postgres: each table is analyzed before the next step reads it.
 * Both files first drop what the evaluation creates, in reverse order and without CASCADE (a view
 * of the user's own on a step makes the drop fail rather than vanish), so either runs again.
 */
import type { RuntimeContract } from '../../../runtime/contract.js';
import { Context } from '../../../runtime/evaluate/context.js';
import { CalendarSet } from './calendars.js';
import type { Dialect } from './dialect.js';
import { contractTablesSql, inputTablesSql, termPeriodsSql, viewsSql } from './index.js';
import { recordViewsSql } from './records.js';

export interface SqlScript {
  /** `<stem>.<dialect>.sql`: the contract's tables and the empty input tables. */
  contract: string;
  /** `<stem>.<dialect>.evaluate.sql`: the evaluation of the loaded input tables. */
  evaluate: string;
}

/** The file names of the script of `stem` (the .sla file's name without `.sla`). */
export const scriptFileNames = (stem: string, d: Dialect) => ({ contract: `${stem}.${d}.sql`, evaluate: `${stem}.${d}.evaluate.sql` });

/**
 * The SQL with what is not code blanked out, character for character: string literals, quoted
 * identifiers other than slac's own (unionView quotes its views' names) and comments. A name or
 * text of the .sla file (in a literal or an identifier) can then never pass for a statement.
 */
function codeOnly(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*/g, (m) => (/^"slac_\w+"$/.test(m) ? m : ' '.repeat(m.length)));
}

/** The steps `sql` creates, in order: where each starts, table or view, its name. */
function stepsOf(sql: string): Array<{ at: number; kind: 'TABLE' | 'VIEW'; name: string }> {
  const code = codeOnly(sql);
  const steps = [...code.matchAll(/^CREATE (TABLE|VIEW) ("?)(slac_\w+)\2 AS$/gm)].map((m) => ({
    at: m.index,
    kind: m[1] as 'TABLE' | 'VIEW',
    name: m[3]!,
  }));
  // A step the pattern missed would be left behind and block the next run: never silently.
  if (steps.length !== code.match(/^CREATE /gm)?.length) throw new Error('a step of the evaluation is not recognised');
  return steps;
}

/**
 * Postgres: `ANALYZE` each table step before the next starts. A table made by `CREATE TABLE … AS`
 * has no statistics yet, and the planner's guesses chose nested loops: 3,927 tickets took 22 s on
 * PGlite, 5.2 s with the statistics.
 */
function analyzed(sql: string, steps: ReturnType<typeof stepsOf>): string {
  let out = '';
  let from = 0;
  steps.forEach((step, i) => {
    if (step.kind !== 'TABLE') return;
    const end = steps[i + 1]?.at ?? sql.length;
    out += `${sql.slice(from, end)}${sql[end - 1] === '\n' ? '' : '\n'}ANALYZE ${step.name};\n`;
    from = end;
  });
  return out + sql.slice(from);
}

export function sqlScript(d: Dialect, contract: RuntimeContract, views = false): SqlScript {
  // The source in a comment as a JSON string: a line break in it cannot end the comment.
  const source = contract.source === null ? 'a contract' : JSON.stringify(contract.source);
  const records = recordViewsSql(d, contract, new CalendarSet(new Context(contract, 'en')), 'SELECT as_of_ms FROM slac_params');
  const sql = viewsSql(d, contract, !views) + records;
  const steps = stepsOf(sql);
  const drops = steps
    .map((s) => `DROP ${s.kind} IF EXISTS ${s.name};\n`)
    .reverse()
    .join('');
  return {
    contract:
      `-- slac ${d} script for ${source}, 1 of 2: the contract's tables and the input tables (empty). ` +
      `Load the input tables, then run the evaluation script (docs/sql-engine.md).\n${drops}` +
      contractTablesSql(d, contract) +
      inputTablesSql(d) +
      termPeriodsSql(d, contract),
    evaluate:
      `-- slac ${d} script for ${source}, 2 of 2: the evaluation of the loaded input tables, ` +
      `${views ? 'as views' : 'step by step as tables: run it again after each load'}; ` +
      `query slac_ticket_clocks, slac_objective_periods, slac_credits and slac_totals (docs/sql-engine.md).\n${drops}${d === 'postgres' ? analyzed(sql, steps) : sql}`,
  };
}
