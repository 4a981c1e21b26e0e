/** `slac report`: the service report of one period, from the same evaluation as `slac evaluate`. */
import { join } from 'node:path';
import { buildReportView, periodFilter, renderCsv, renderReport, TicketFacts } from '../../compiler/report/index.js';
import { runEvaluation } from '../evaluation.js';
import { findChromium, htmlToPdf, noChromiumMessage } from '../pdf.js';
import { EXIT_OK, EXIT_USAGE, UsageError, writeOutput } from '../io.js';
export async function report(io, file, opts) {
    if (opts.format === 'csv' && !opts.output)
        throw new UsageError('error: --format csv writes one file per table: name a folder with -o <dir>');
    if (opts.format === 'pdf' && !opts.output)
        throw new UsageError('error: --format pdf writes a file: name it with -o <file.pdf>');
    // Before the evaluation: without a browser there is no PDF, however long the data takes.
    const chromium = opts.format === 'pdf' ? findChromium() : null;
    if (opts.format === 'pdf' && !chromium)
        throw new UsageError(noChromiumMessage());
    const history = [];
    // An invalid period is the engine's usage error (its message names the forms); filter nothing until then.
    const inPeriod = opts.period ? periodFilter(opts.period) : null;
    let facts = null;
    const { report: evaluation, model, exit, } = await runEvaluation(io, file, { ...opts, reportTickets: 'none', maxTickets: 'all' }, (model) => {
        const gathered = new TicketFacts(model, inPeriod);
        facts = gathered;
        return { language: opts.lang, onObjective: (r) => history.push(r), onTicket: (t, fields) => gathered.add(t, fields) };
    });
    if (!evaluation || !model)
        return exit ?? EXIT_USAGE;
    // Set by the callback above, which runs before any ticket is evaluated.
    const tickets = facts;
    if (!tickets)
        throw new Error('report: the evaluation ran without its ticket facts');
    const view = buildReportView({ report: evaluation, model, history, tickets, lang: opts.lang });
    if (opts.format === 'csv') {
        for (const t of renderCsv(view))
            if (!writeOutput(io, join(opts.output, t.name), t.content))
                return EXIT_USAGE;
        return EXIT_OK;
    }
    if (opts.format === 'pdf')
        return writeOutput(io, opts.output, await htmlToPdf(await renderReport(view, 'html'), chromium)) ? EXIT_OK : EXIT_USAGE;
    const text = await renderReport(view, opts.format);
    if (!opts.output) {
        io.stdout(text);
        return EXIT_OK;
    }
    return writeOutput(io, opts.output, text) ? EXIT_OK : EXIT_USAGE;
}
