import { Context } from '../../../runtime/evaluate/context.js';
import { CalendarSet } from './calendars.js';
import { contractTablesSql, inputTablesSql, touchedPeriodsSql, viewsSql } from './index.js';
import { recordViewsSql } from './records.js';
/** The file names of the script of `stem` (the .sla file's name without `.sla`). */
export const scriptFileNames = (stem, d) => ({ contract: `${stem}.${d}.sql`, evaluate: `${stem}.${d}.evaluate.sql` });
/**
 * The SQL with what is not code blanked out, character for character: string literals, quoted
 * identifiers other than slac's own (unionView quotes its views' names) and comments. A name or
 * text of the .sla file (in a literal or an identifier) can then never pass for a statement.
 */
function codeOnly(sql) {
    return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*/g, (m) => (/^"slac_\w+"$/.test(m) ? m : ' '.repeat(m.length)));
}
/** The steps `sql` creates, in order: where each starts, table or view, its name. */
function stepsOf(sql) {
    const code = codeOnly(sql);
    const steps = [...code.matchAll(/^CREATE (TABLE|VIEW) ("?)(slac_\w+)\2 AS$/gm)].map((m) => ({
        at: m.index,
        kind: m[1],
        name: m[3],
    }));
    // A step the pattern missed would be left behind and block the next run: never silently.
    if (steps.length !== code.match(/^CREATE /gm)?.length)
        throw new Error('a step of the evaluation is not recognised');
    return steps;
}
/**
 * Postgres: `ANALYZE` each table step before the next starts. A table made by `CREATE TABLE … AS`
 * has no statistics yet, and the planner's guesses chose nested loops: 3,927 tickets took 22 s on
 * PGlite, 5.2 s with the statistics.
 */
function analyzed(sql, steps) {
    let out = '';
    let from = 0;
    steps.forEach((step, i) => {
        if (step.kind !== 'TABLE')
            return;
        const end = steps[i + 1]?.at ?? sql.length;
        out += `${sql.slice(from, end)}${sql[end - 1] === '\n' ? '' : '\n'}ANALYZE ${step.name};\n`;
        from = end;
    });
    return out + sql.slice(from);
}
export function sqlScript(d, contract, views = false) {
    // The source in a comment as a JSON string: a line break in it cannot end the comment.
    const source = contract.source === null ? 'a contract' : JSON.stringify(contract.source);
    const records = touchedPeriodsSql() + recordViewsSql(d, contract, new CalendarSet(new Context(contract, 'en')), 'SELECT as_of_ms FROM slac_params');
    const sql = viewsSql(d, contract, !views, null, null, records);
    const steps = stepsOf(sql);
    const drops = steps
        .map((s) => `DROP ${s.kind} IF EXISTS ${s.name};\n`)
        .reverse()
        .join('');
    return {
        contract: `-- slac ${d} script for ${source}, 1 of 2: the contract's tables and the input tables (empty). ` +
            `Load the input tables, then run the evaluation script (docs/sql-engine.md).\n${drops}` +
            contractTablesSql(d, contract) +
            inputTablesSql(d),
        evaluate: `-- slac ${d} script for ${source}, 2 of 2: the evaluation of the loaded input tables, ` +
            `${views ? 'as views' : 'step by step as tables: run it again after each load'}; ` +
            `query slac_ticket_clocks, slac_objective_periods, slac_credits and slac_totals (docs/sql-engine.md).\n${drops}${d === 'postgres' ? analyzed(sql, steps) : sql}`,
    };
}
