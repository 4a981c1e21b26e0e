/**
 * `slac evaluate --with-underpinning`: the data evaluated against the SLA and against each
 * agreement its underpinning block names, joined per ticket (runtime/evaluate/levels.ts).
 */
import { dirname, relative, resolve } from 'node:path';
import { levelBreaches } from '../runtime/evaluate/levels.js';
import { runEvaluation } from './evaluation.js';
/** Each level's evaluation of the same data, and the SLA's breaches with every level's clocks; null when a level could not run. */
export async function evaluateLevels(io, file, model, opts, breached) {
    const levels = [];
    const tickets = new Map();
    for (const a of model.underpinning?.agreements ?? []) {
        const path = resolve(dirname(file), a.path);
        const seen = new Map();
        const run = await runEvaluation(io, relative(process.cwd(), path) || path, { ...opts, reportTickets: 'none' }, () => ({
            onTicket: (t) => void (breached.has(t.id) && seen.set(t.id, t)),
        }));
        if (!run.report)
            return { exit: run.exit };
        levels.push({ name: a.name, file: relative(process.cwd(), path) || path, report: run.report });
        tickets.set(a.name, seen);
    }
    const breaches = [...breached.values()].flatMap((t) => levelBreaches(t, levels.map((l) => ({ name: l.name, ticket: tickets.get(l.name).get(t.id) }))));
    return { levels, across: { breaches } };
}
