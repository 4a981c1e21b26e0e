// Runs every benchmark in one process: `npm run bench` (after `npm run build`).
import './tz.js'; // must stay the first import: sets TZ before anything uses dates
import { benchCalendar } from './calendar.js';
import { benchCheck } from './check.js';
import { benchLsp } from './lsp.js';
import { benchEvaluate } from './evaluate.js';
import { benchStartup } from './startup.js';
import { benchLifecycle } from './lifecycle.js';
import { benchReport } from './report.js';
import { benchSql } from './sql.js';
import { benchSqlRecords } from './sql-records.js';

type Bench = (log: (line: string) => void) => Promise<void>;

const benches: Array<[name: string, run: Bench]> = [
  ['start-up of the command line', benchStartup],
  ['business calendar', benchCalendar],
  ['slac check', benchCheck],
  ['language server', benchLsp],
  ['evaluation of a ticket stream', benchEvaluate],
  ['lifecycle clocks (next reply, update) on 1,000,000 tickets', benchLifecycle],
  ['slac report against slac evaluate on 1,000,000 tickets', benchReport],
  ['the SQL engine (--engine duckdb) against the JS engine', benchSql],
  ['the SQL engine against the JS engine on contacts and outages', benchSqlRecords],
];

for (const [name, run] of benches) {
  console.log(`# ${name}`);
  await run((line) => console.log(line));
}
