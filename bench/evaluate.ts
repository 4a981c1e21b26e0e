/**
 * Evaluation benchmark: NDJSON files of 100,000 and 1,000,000 generated tickets for the managed-IT
 * example contract, streamed from disk through the reader, the JSON Schema validation and the
 * engine, each ticket's result handed to a callback (and dropped), as an application evaluating
 * huge inputs would. Prints throughput, peak RSS and the peak live heap (sampled after a full GC
 * every 50,000 tickets): for memory to be flat, the two runs must show the same figures.
 */
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { once as onceEvent } from 'node:events';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../compiler/analyze.js';
import { toRuntimeContract } from '../compiler/emit/runtime-contract.js';
import { Evaluation } from '../runtime/evaluate/engine.js';
import { evaluateFiles } from '../runtime/files.js';
import { evaluateProcess } from './evaluate-process.js';
import { MB, iso } from './generated.js';
import { mulberry32 } from './random.js';

const CHUNK_LINES = 500;

/** NDJSON lines of `n` tickets over 2026, generated on the fly in chunks (nothing is held but one chunk). */
async function* tickets(n: number, seed: number): AsyncGenerator<string> {
  const rnd = mulberry32(seed);
  const from = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2026, 11, 1) - from;
  const priorities = ['P1', 'P2', 'P3', 'P4'];
  let lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = from + Math.floor((rnd() * span) / 60_000) * 60_000;
    const responded = created + Math.floor(rnd() * 6 * 3_600_000);
    const resolved = responded + Math.floor(rnd() * 5 * 86_400_000);
    const t: Record<string, unknown> = {
      id: `T${i}`,
      priority: priorities[Math.floor(rnd() * 4)],
      tier: rnd() < 0.8 ? 'Standaard' : 'Vitaal',
      channel: rnd() < 0.3 ? 'request' : 'incident',
      created: iso(created),
      responded: iso(responded),
    };
    if (rnd() < 0.2) {
      // A pause between the response and the resolution.
      const p = responded + Math.floor(rnd() * (resolved - responded));
      t['events'] = [
        { at: iso(p), status: 'waiting for customer' },
        { at: iso(p + Math.floor(rnd() * (resolved - p))), status: 'in progress' },
      ];
    }
    // A constant number of tickets stays open (open tickets wait for the end of the input).
    if (i >= 100) t['resolved'] = iso(resolved);
    lines.push(JSON.stringify(t));
    if (lines.length === CHUNK_LINES) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface Run {
  n: number;
  bytes: number;
  seconds: number;
  peakRss: number;
  peakLive: number;
  baseLive: number;
  breached: number;
}

export async function writeTickets(file: string, n: number): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  for await (const chunk of tickets(n, 42)) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await onceEvent(out, 'drain');
  }
  out.end();
  await onceEvent(out, 'finish');
  return bytes;
}

async function once(contractText: string, n: number): Promise<Run> {
  const file = join(tmpdir(), `slac-bench-tickets-${process.pid}-${n}.ndjson`);
  try {
    const bytes = await writeTickets(file, n);
    const analysis = analyze(contractText);
    const contract = toRuntimeContract(analysis.model!, 'managed-it.sla');
    gc();
    const baseLive = process.memoryUsage().heapUsed;
    let peakRss = process.memoryUsage().rss;
    let peakLive = baseLive;
    let seen = 0;
    let breached = 0;
    const sample = (collect: boolean) => {
      if (collect) gc();
      const m = process.memoryUsage();
      if (m.rss > peakRss) peakRss = m.rss;
      if (collect && m.heapUsed > peakLive) peakLive = m.heapUsed;
    };
    const ev = new Evaluation(contract, {
      onTicket: (t) => {
        if (t.resolution?.status === 'breached' || t.response?.status === 'breached') breached++;
        if (++seen % 5_000 === 0) sample(seen % 50_000 === 0);
      },
    });
    const start = performance.now();
    await evaluateFiles(ev, [{ path: file, kind: 'ticket', format: 'ndjson' }]);
    const report = ev.finish();
    const seconds = (performance.now() - start) / 1000;
    sample(true);
    if (report.data.accepted.ticket !== n)
      throw new Error(
        `expected ${n} tickets, accepted ${report.data.accepted.ticket}: ${JSON.stringify(report.data.problems.slice(0, 3))}`,
      );
    return { n, bytes, seconds, peakRss, peakLive, baseLive, breached };
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * `slac evaluate` as users run it, in its own process: no --period, every ticket's result streamed
 * to --tickets-out, the report listing the first 1,000 exceptions. Peak RSS from getrusage.
 */
function cliRun(file: string, n: number): { seconds: number; peakRss: number; reportBytes: number } {
  // Every result is serialised and written, to the null device: 1,000,000 results are 1.3 GB.
  return evaluateProcess('examples/managed-it.sla', [`tickets=${file}`], { ticket: n }, ['--tickets-out', devNull]);
}

async function benchCli(log: (line: string) => void): Promise<void> {
  log(
    'slac evaluate (a process of its own) on an NDJSON file, no --period, every result to --tickets-out, the report listing the first 1,000 exceptions',
  );
  const runs: Array<{ n: number; peakRss: number }> = [];
  for (const n of [100_000, 1_000_000]) {
    const file = join(tmpdir(), `slac-bench-cli-${process.pid}-${n}.ndjson`);
    try {
      const bytes = await writeTickets(file, n);
      const r = cliRun(file, n);
      runs.push({ n, peakRss: r.peakRss });
      log(
        `${n.toLocaleString('en-US')} tickets (${(bytes / MB).toFixed(0)} MB): ${r.seconds.toFixed(1)} s including start-up, ${Math.round(n / r.seconds).toLocaleString('en-US')} tickets/s; ` +
          `peak RSS ${(r.peakRss / MB).toFixed(0)} MB; report ${(r.reportBytes / MB).toFixed(1)} MB`,
      );
    } finally {
      rmSync(file, { force: true });
    }
  }
  const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
  log(
    `CLI peak RSS for 10× the input: ${(small.peakRss / MB).toFixed(0)} → ${(large.peakRss / MB).toFixed(0)} MB (flat: ${large.peakRss < small.peakRss * 1.5 ? 'yes' : 'NO'})`,
  );
}

export async function benchEvaluate(log: (line: string) => void): Promise<void> {
  const contractText = readFileSync(new URL('../../examples/managed-it.sla', import.meta.url), 'utf8');
  await once(contractText, 20_000); // warm up (JIT, calendars, holidays, ajv)
  const runs: Run[] = [];
  for (const n of [100_000, 1_000_000]) runs.push(await once(contractText, n));
  log(
    'NDJSON file on disk → stream reader → JSON Schema (ajv) → engine (response + resolution clocks, pauses, escalation, per-channel objective) → callback',
  );
  for (const r of runs) {
    log(
      `${r.n.toLocaleString('en-US')} tickets (${(r.bytes / MB).toFixed(0)} MB): ${r.seconds.toFixed(1)} s, ${Math.round(r.n / r.seconds).toLocaleString('en-US')} tickets/s; ` +
        `peak RSS ${(r.peakRss / MB).toFixed(0)} MB; live heap ${(r.baseLive / MB).toFixed(1)} MB at start, peak ${(r.peakLive / MB).toFixed(1)} MB; ${r.breached.toLocaleString('en-US')} breached`,
    );
  }
  const [small, large] = runs as [Run, Run];
  const live = (large.peakLive - large.baseLive) / MB;
  const liveSmall = (small.peakLive - small.baseLive) / MB;
  const flat = live < liveSmall + 5 && large.peakRss < small.peakRss * 1.5;
  log(
    `memory for 10× the input: live heap +${liveSmall.toFixed(1)} MB → +${live.toFixed(1)} MB, peak RSS ${(small.peakRss / MB).toFixed(0)} → ${(large.peakRss / MB).toFixed(0)} MB (flat: ${flat ? 'yes' : 'NO'})`,
  );
  await benchCli(log);
}
