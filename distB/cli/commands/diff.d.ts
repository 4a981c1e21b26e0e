import type { DocLang } from '../../compiler/document/format/locale.js';
import { type DataOptions } from '../evaluation.js';
import { type CliIo } from '../io.js';
export declare const DIFF_FORMAT = "slac-diff/1";
export interface DiffOptions extends Omit<DataOptions, 'data'> {
    lang: DocLang;
    format: 'text' | 'json' | 'html' | 'docx';
    data?: string[];
    render?: boolean;
    output?: string;
}
export declare function diff(io: CliIo, oldFile: string, newFile: string, opts: DiffOptions): Promise<number>;
