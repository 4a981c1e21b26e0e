import type { DocLang } from '../document/format/locale.js';
import { type Words } from './charts.js';
import type { ReportView } from './view.js';
export type ReportFormat = 'html' | 'md';
/** The words of the plain-text environment: CSV headers and chart labels. */
export declare function wordsOf(lang: DocLang): Words;
/** The whole report in one format (`atRiskFirst`: the live page of `slac serve`). Deterministic: the same view gives the same bytes. */
export declare function renderReport(view: ReportView, format: ReportFormat, options?: {
    atRiskFirst?: boolean;
}): Promise<string>;
/** Each table as a CSV file (RFC 4180, comma-separated, CRLF line ends), named after the table. */
export declare function renderCsv(view: ReportView): Array<{
    name: string;
    content: string;
}>;
