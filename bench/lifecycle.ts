/**
 * Lifecycle clocks benchmark: 1,000,000 generated tickets of a Dutch service desk (the
 * servicedesk-nl example: Dutch statuses through the vocabulary, a pause cap, next-reply and update
 * clocks), fed record by record through validation and the engine, each result handed to a
 * callback. The baseline is the same tickets on the same contract without its next-reply and update
 * targets (response and resolution clocks only), in the same process: the ratio is what the
 * conversations and the two clocks cost.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../compiler/analyze.js';
import { toRuntimeContract } from '../compiler/emit/runtime-contract.js';
import type { RuntimeContract } from '../runtime/contract.js';
import { Evaluation } from '../runtime/evaluate/engine.js';
import { iso } from './generated.js';
import { mulberry32 } from './random.js';

const HOUR = 3_600_000;

/** One generated ticket (as the JSON line a tool would export), with or without messages. */
function* tickets(n: number, seed: number, messages: boolean): Generator<string> {
  const rnd = mulberry32(seed);
  const from = Date.UTC(2026, 0, 5);
  const span = Date.UTC(2026, 11, 1) - from;
  const priorities = ['1 - Kritiek', '2 - Hoog', '3 - Normaal', '4 - Laag'];
  for (let i = 0; i < n; i++) {
    const created = from + Math.floor((rnd() * span) / 60_000) * 60_000;
    const responded = created + Math.floor(rnd() * 2 * HOUR);
    const resolved = responded + Math.floor(rnd() * 3 * 24 * HOUR);
    const events: Array<Record<string, string>> = [{ at: iso(responded), status: 'In behandeling' }];
    let at = responded;
    if (rnd() < 0.3) {
      const p = responded + Math.floor(rnd() * (resolved - responded));
      events.push({ at: iso(p), status: 'Wacht op klant' }, { at: iso(p + Math.floor(rnd() * (resolved - p))), status: 'In behandeling' });
    }
    if (messages) {
      // A conversation: customer messages and provider replies, a few hours apart.
      for (let k = Math.floor(rnd() * 6); k > 0; k--) {
        at += Math.floor(rnd() * 4 * HOUR);
        if (at >= resolved) break;
        events.push({ at: iso(at), message: rnd() < 0.5 ? 'customer' : 'provider' });
      }
    }
    events.push({ at: iso(resolved), status: 'Opgelost' });
    yield JSON.stringify({
      id: `SD-${i}`,
      priority: priorities[Math.floor(rnd() * 4)],
      created: iso(created),
      responded: iso(responded),
      events,
    });
  }
}

function run(contract: RuntimeContract, n: number, messages: boolean): { seconds: number; late: number } {
  let late = 0;
  const ev = new Evaluation(contract, {
    onTicket: (t) => {
      if (t.nextReply?.status === 'breached' || t.update?.status === 'breached') late++;
    },
  });
  const start = performance.now();
  let i = 0;
  for (const line of tickets(n, 7, messages)) ev.addRecord('ticket', JSON.parse(line), { file: null, line: null, index: i++ });
  const report = ev.finish();
  const seconds = (performance.now() - start) / 1000;
  if (report.data.accepted.ticket !== n || report.data.unknownValues.length > 0)
    throw new Error(`bench data not clean: ${JSON.stringify(report.data.problems.slice(0, 2))}`);
  return { seconds, late };
}

export async function benchLifecycle(log: (line: string) => void): Promise<void> {
  const text = readFileSync(new URL('../../examples/servicedesk-nl.sla', import.meta.url), 'utf8');
  const contract = toRuntimeContract(analyze(text).model!, 'servicedesk-nl.sla');
  run(contract, 20_000, true); // warm up
  const n = 1_000_000;
  const withoutCycles: RuntimeContract = {
    ...contract,
    tiers: contract.tiers.map((t) => ({ ...t, targets: t.targets.filter((x) => x.target === 'response' || x.target === 'resolution') })),
  };
  const base = run(withoutCycles, n, false);
  const full = run(contract, n, true);
  log('JSON records → JSON Schema (ajv) → engine with Dutch statuses, aliases and a pause cap → callback');
  log(
    `${n.toLocaleString('en-US')} tickets, response + resolution clocks: ${base.seconds.toFixed(1)} s, ${Math.round(n / base.seconds).toLocaleString('en-US')} tickets/s`,
  );
  log(
    `${n.toLocaleString('en-US')} tickets with conversations, + next-reply and update clocks: ${full.seconds.toFixed(1)} s, ${Math.round(n / full.seconds).toLocaleString('en-US')} tickets/s ` +
      `(${(full.seconds / base.seconds).toFixed(2)}× the baseline); ${full.late.toLocaleString('en-US')} with a late reply or update`,
  );
}
