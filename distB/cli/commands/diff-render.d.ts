import { type CliIo } from '../io.js';
export interface RedlineOptions {
    lang: 'nl' | 'en';
    format: 'html' | 'docx';
    output?: string;
}
export declare function renderRedline(io: CliIo, oldFile: string, newFile: string, opts: RedlineOptions): Promise<number>;
