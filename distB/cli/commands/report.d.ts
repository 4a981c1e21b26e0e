import type { DocLang } from '../../compiler/document/format/locale.js';
import { type DataOptions } from '../evaluation.js';
import { type CliIo } from '../io.js';
export interface ReportOptions extends Omit<DataOptions, 'reportTickets' | 'maxTickets'> {
    lang: DocLang;
    format: 'html' | 'pdf' | 'md' | 'csv';
    /** A file (html, pdf, md), or a folder (csv); stdout for html and md without it. */
    output?: string;
}
export declare function report(io: CliIo, file: string, opts: ReportOptions): Promise<number>;
