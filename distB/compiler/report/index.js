/**
 * Service reports: one period's evaluation as a report people read, in Dutch or English, as
 * standalone HTML (with charts), Markdown, or CSV tables.
 *
 *   evaluation report + every period's objectives + streamed ticket facts
 *     ──buildReportView──▶ view model ──templates/{nl,en} + report.{html,md}.hbs──▶ HTML | Markdown
 *                                     ──renderCsv──▶ one CSV per table
 */
export { buildReportView } from './view.js';
export { renderCsv, renderReport } from './render.js';
export { periodFilter } from './period.js';
export { TicketFacts } from './tickets.js';
