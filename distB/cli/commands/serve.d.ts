import '../../compiler/underpinning/program-check.js';
import type { DocLang } from '../../compiler/document/format/locale.js';
import { type CliIo } from '../io.js';
export interface ServeOptions {
    data: string;
    lang: DocLang;
    host: string;
    port: string;
    period?: string;
    now?: string;
    dataTimezone?: string;
    columns?: string;
}
export declare function serve(io: CliIo, file: string, opts: ServeOptions): Promise<number>;
