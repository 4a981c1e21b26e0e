import { type CliIo } from '../io.js';
export declare function test(io: CliIo, files: string[], outputFormat: 'text' | 'json'): number;
