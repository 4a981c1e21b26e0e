/** `slac evaluate`: evaluate data files against a contract, as a JSON report or a text summary. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { reasonOf } from '../../compiler/source-files.js';
import { recordKinds } from '../../runtime/data/types.js';
import { inputLines, renderText } from '../../runtime/evaluate/text.js';
import { runEvaluation } from '../evaluation.js';
import { EXIT_OK, ioError } from '../io.js';
/** Writes ticket results as NDJSON in 64 KB batches (synchronously: memory stays bounded however fast tickets come). */
class TicketsOut {
    path;
    fd;
    buffer = [];
    size = 0;
    constructor(path) {
        this.path = path;
        this.fd = openSync(path, 'w');
    }
    write(t) {
        const line = `${JSON.stringify(t)}\n`;
        this.buffer.push(line);
        this.size += line.length;
        if (this.size >= 1 << 16)
            this.flush();
    }
    flush() {
        if (this.buffer.length > 0)
            writeSync(this.fd, this.buffer.join(''));
        this.buffer = [];
        this.size = 0;
    }
    close() {
        this.flush();
        closeSync(this.fd);
    }
}
export async function evaluate(io, file, opts) {
    let out = null;
    // With --with-underpinning: the SLA's breached tickets, to find at each level.
    const breached = new Map();
    const keep = (t) => {
        if (t.response?.status === 'breached' || t.resolution?.status === 'breached')
            breached.set(t.id, t);
    };
    try {
        const { report, exit, model } = await runEvaluation(io, file, opts, () => {
            if (!opts.ticketsOut)
                return opts.withUnderpinning ? { onTicket: keep } : {};
            try {
                out = new TicketsOut(opts.ticketsOut);
            }
            catch (error) {
                ioError(io, `cannot write '${opts.ticketsOut}': ${reasonOf(error)}`);
                return null;
            }
            const stream = out;
            return {
                onTicket: (t) => {
                    stream.write(t);
                    if (opts.withUnderpinning)
                        keep(t);
                },
            };
        });
        if (!report)
            return exit;
        out?.close();
        out = null;
        if (opts.withUnderpinning) {
            const { evaluateLevels } = await import('../levels.js');
            const { renderLevels } = await import('../../runtime/evaluate/levels.js');
            const levels = await evaluateLevels(io, file, model, opts, breached);
            if ('exit' in levels)
                return levels.exit;
            const runs = levels.levels.map((l) => ({ name: l.name, file: l.file, summary: l.report.ticketSummary }));
            io.stdout(opts.format === 'json'
                ? `${JSON.stringify({ sla: report, levels: levels.levels, breaches: levels.across.breaches }, null, 2)}\n`
                : renderText(report) + renderLevels(runs, levels.across));
            return EXIT_OK;
        }
        io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
        if (opts.format === 'json') {
            io.stderr(`${inputLines(report).join('\n')}\n`);
            const rejected = recordKinds.reduce((n, k) => n + report.data.rejected[k], 0);
            if (rejected > 0)
                io.stderr(`warning: ${rejected} record${rejected === 1 ? '' : 's'} rejected; see data.problems in the report\n`);
        }
        return EXIT_OK;
    }
    finally {
        out?.close();
    }
}
