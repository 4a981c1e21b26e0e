/**
 * `slac serve`: the service report of the current period as a live page on a local, read-only web
 * server (Node's http module), with the open tickets at risk on top. The data folder and the
 * contract are watched; a change makes the next request evaluate again. A contract or data file
 * that cannot be used shows its messages on the page; the server keeps running.
 *
 * The current period and `now` come from the machine's clock (the only command that reads it),
 * in the contract's zone; --period and --now fix them (tests, a look back).
 */
import { readdirSync, watch } from 'node:fs';
import { Program } from '../../compiler/program.js';
// The contract may gain an underpinning block while the server runs.
import '../../compiler/underpinning/program-check.js';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import { buildReportView, periodFilter, renderReport, TicketFacts } from '../../compiler/report/index.js';
import { formatOfPath, kindOfPath } from '../../runtime/data/read.js';
import { runEvaluation } from '../evaluation.js';
import { EXIT_OK, UsageError } from '../io.js';
/** The data files of the folder: those whose name says what they hold (tickets…, outages.csv …), in name order. */
function dataFiles(dir) {
    return readdirSync(dir)
        .filter((f) => kindOfPath(f) !== null && formatOfPath(f) !== null)
        .sort()
        .map((f) => join(dir, f));
}
/** The page when the report cannot be made: the messages slac printed, escaped. */
function problemPage(messages, lang) {
    const title = lang === 'nl' ? 'De rapportage kan niet worden gemaakt' : 'The report cannot be made';
    return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<h1>${title}</h1>\n<pre class="problems">${Handlebars.escapeExpression(messages)}</pre>\n</body>\n</html>\n`;
}
/** Without --period and --now: this month and this instant in the contract's zone (read from the model; null when the contract cannot be used). */
function currentOf(model) {
    const current = DateTime.now().setZone(model.agreement.timeZone ?? model.calendars[0]?.spec.zone ?? 'UTC');
    return { period: current.toFormat('yyyy-MM'), now: current.toISO({ suppressMilliseconds: true }) };
}
async function page(file, opts) {
    let messages = '';
    const io = { stdout: () => { }, stderr: (t) => void (messages += t), colorStdout: false, colorStderr: false };
    const problems = () => ({ status: 500, html: problemPage(messages, opts.lang) });
    try {
        const history = [];
        let facts = null;
        const { report, model } = await runEvaluation(io, file, { data: dataFiles(opts.data), dataTimezone: opts.dataTimezone, columns: opts.columns, reportTickets: 'none', maxTickets: 'all' }, (m) => {
            const when = { ...currentOf(m), ...(opts.period ? { period: opts.period } : {}), ...(opts.now ? { now: opts.now } : {}) };
            const gathered = new TicketFacts(m, periodFilter(when.period));
            facts = gathered;
            return { ...when, language: opts.lang, onObjective: (r) => history.push(r), onTicket: (t, fields) => gathered.add(t, fields) };
        });
        const tickets = facts;
        if (!report || !model || !tickets)
            return problems();
        const view = buildReportView({ report, model, history, tickets, lang: opts.lang });
        return { status: 200, html: await renderReport(view, 'html', { atRiskFirst: true }) };
    }
    catch (error) {
        if (error instanceof UsageError) {
            messages += `${error.message}\n`;
            return problems();
        }
        throw error;
    }
}
export async function serve(io, file, opts) {
    const port = Number(opts.port);
    if (!/^\d+$/.test(opts.port) || port > 65535)
        throw new UsageError(`error: --port must be a port number (0: any free port), not '${opts.port}'`);
    try {
        dataFiles(opts.data);
    }
    catch {
        throw new UsageError(`error: --data must be a folder that can be read, not '${opts.data}'`);
    }
    // The rendered page until the folder or the contract changes.
    let cached = null;
    // The files the contract imports count as the contract (those it imports when the server starts).
    const program = new Program();
    program.analyze(file, { model: false });
    const imported = program.paths().filter((p) => p !== resolve(file) && program.file(p).error === null);
    const watchers = [
        watch(opts.data, () => (cached = null)),
        ...[file, ...imported].map((f) => watch(f, () => (cached = null))),
    ];
    const server = createServer((req, res) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405, { allow: 'GET, HEAD' }).end();
            return;
        }
        if ((req.url ?? '/').split('?')[0] !== '/') {
            res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
            return;
        }
        const current = (cached ??= page(file, opts));
        current.then(({ status, html }) => {
            res.writeHead(status, {
                'content-type': 'text/html; charset=utf-8',
                'cache-control': 'no-store',
                'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
            });
            res.end(req.method === 'HEAD' ? undefined : html);
        }, (error) => {
            cached = null;
            res
                .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
                .end(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, opts.host, resolve);
    }).catch((error) => {
        for (const w of watchers)
            w.close();
        throw new UsageError(`error: cannot listen on ${opts.host}:${opts.port}: ${error.code ?? error.message}`);
    });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    io.stdout(`serving the report of ${file} on http://${opts.host}:${bound}/ (Ctrl-C stops)\n`);
    await new Promise((resolve) => {
        const stop = () => {
            for (const w of watchers)
                w.close();
            server.close(() => resolve());
            server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    return EXIT_OK;
}
