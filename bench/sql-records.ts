/**
 * The SQL engine against the JavaScript engine on contacts and outages: generated contacts (85%
 * answered within a minute, 12% abandoned) and outages of 2026 on test/sql/fixtures/records.sla
 * (availability with maintenance and exclusions, a credit per outage, an answer-time percentage
 * with a forecast volume, a measured CSAT), each `slac evaluate` in a process of its own. The files
 * are generated once and kept in the temporary folder.
 */
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateProcess } from './evaluate-process.js';
import { MB, cachedFile, iso, writeNdjson } from './generated.js';
import { mulberry32 } from './random.js';

const contract = 'test/sql/fixtures/records.sla';
const measurements = 'test/sql/fixtures/measurements.ndjson';

/** `n` records made by `record` as NDJSON, under `name` in the temporary folder (once; renamed when complete). */
function cached(name: string, n: number, record: (rnd: () => number, i: number) => object): Promise<string> {
  const rnd = mulberry32(7);
  return cachedFile(join(tmpdir(), name), (f) => writeNdjson(f, n, (i) => record(rnd, i)));
}

const from = Date.UTC(2026, 0, 1);
const span = Date.UTC(2026, 11, 1) - from;

function contact(rnd: () => number, i: number): object {
  const arrived = from + Math.floor((rnd() * span) / 1000) * 1000;
  const x = rnd();
  const answer =
    x < 0.85
      ? { answered: iso(arrived + Math.floor(rnd() * 60_000)) }
      : x < 0.97
        ? { abandoned: iso(arrived + Math.floor(rnd() * 90_000)) }
        : {};
  return { id: `C${i}`, channel: 'phone', arrived: iso(arrived), ...answer };
}

function outage(rnd: () => number, i: number): object {
  const start = from + Math.floor((rnd() * span) / 60_000) * 60_000;
  const kind = rnd() < 0.8 ? 'unplanned' : 'planned';
  const announced = rnd() < 0.5 ? { announced: iso(start - 4 * 86_400_000) } : {};
  return { id: `O${i}`, service: 'Platform', start: iso(start), end: iso(start + Math.floor(rnd() * 7_200_000)), kind, ...announced };
}

/** SLAC_BENCH_SQL_CONTACTS contacts (default 2,000,000) and 5,000 outages, NDJSON, with both engines. */
export async function benchSqlRecords(log: (line: string) => void): Promise<void> {
  const n = Number(process.env['SLAC_BENCH_SQL_CONTACTS'] ?? 2_000_000);
  const outages = 5_000;
  const contacts = await cached(`slac-bench-sql-contacts-${n}-seed7.ndjson`, n, contact);
  const outageFile = await cached(`slac-bench-sql-outages-${outages}-seed7.ndjson`, outages, outage);
  log(
    `slac evaluate ${contract}: ${n.toLocaleString('en-US')} contacts (${(statSync(contacts).size / MB).toFixed(0)} MB) and ${outages.toLocaleString('en-US')} outages, NDJSON, a process each`,
  );
  const data = [`contacts=${contacts}`, `outages=${outageFile}`, measurements];
  let jsRate = 0;
  for (const engine of ['js', 'duckdb']) {
    const r = evaluateProcess(contract, data, { contact: n, outage: outages }, ['--engine', engine]);
    const rate = n / r.seconds;
    if (engine === 'js') jsRate = rate;
    log(
      `--engine ${engine}: ${r.seconds.toFixed(1)} s, ${Math.round(rate).toLocaleString('en-US')} contacts/s${engine === 'js' ? '' : ` (${(rate / jsRate).toFixed(2)}× js)`}; peak RSS ${(r.peakRss / MB).toFixed(0)} MB`,
    );
  }
}
