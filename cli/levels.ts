/**
 * `slac evaluate --with-underpinning`: the data evaluated against the SLA and against each
 * agreement its underpinning block names, joined per ticket (runtime/evaluate/levels.ts).
 */
import { dirname, relative, resolve } from 'node:path';
import type { ContractModel } from '../compiler/model.js';
import { type AcrossLevels, levelBreaches } from '../runtime/evaluate/levels.js';
import type { Report, TicketResult } from '../runtime/evaluate/report.js';
import { type DataOptions, runEvaluation } from './evaluation.js';
import type { CliIo } from './io.js';

export interface LevelRun {
  name: string;
  file: string;
  report: Report;
}

/** Each level's evaluation of the same data, and the SLA's breaches with every level's clocks; null when a level could not run. */
export async function evaluateLevels(
  io: CliIo,
  file: string,
  model: ContractModel,
  opts: DataOptions,
  breached: ReadonlyMap<string, TicketResult>,
): Promise<{ levels: LevelRun[]; across: AcrossLevels } | { exit: number }> {
  const levels: LevelRun[] = [];
  const tickets = new Map<string, Map<string, TicketResult>>();
  for (const a of model.underpinning?.agreements ?? []) {
    const path = resolve(dirname(file), a.path);
    const seen = new Map<string, TicketResult>();
    const run = await runEvaluation(io, relative(process.cwd(), path) || path, { ...opts, reportTickets: 'none' }, () => ({
      onTicket: (t: TicketResult) => void (breached.has(t.id) && seen.set(t.id, t)),
    }));
    if (!run.report) return { exit: run.exit };
    levels.push({ name: a.name, file: relative(process.cwd(), path) || path, report: run.report });
    tickets.set(a.name, seen);
  }
  const breaches = [...breached.values()].flatMap((t) =>
    levelBreaches(
      t,
      levels.map((l) => ({ name: l.name, ticket: tickets.get(l.name)!.get(t.id) })),
    ),
  );
  return { levels, across: { breaches } };
}
