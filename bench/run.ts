// Runs every benchmark in one process: `npm run bench` (after `npm run build`).
import './tz.js'; // must stay the first import: sets TZ before anything uses dates
import { benchCalendar } from './calendar.js';
import { benchCheck } from './check.js';
import { benchLsp } from './lsp.js';
import { benchEvaluate } from './evaluate.js';
import { benchStartup } from './startup.js';

type Bench = (log: (line: string) => void) => Promise<void>;

const benches: Array<[name: string, run: Bench]> = [
  ['start-up of the command line', benchStartup],
  ['business calendar', benchCalendar],
  ['slac check', benchCheck],
  ['language server', benchLsp],
  ['evaluation of a ticket stream', benchEvaluate],
];

for (const [name, run] of benches) {
  console.log(`# ${name}`);
  await run((line) => console.log(line));
}
