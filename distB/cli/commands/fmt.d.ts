import { type CliIo } from '../io.js';
export type FmtMode = 'print' | 'check' | 'write';
export declare function fmt(io: CliIo, files: string[], mode: FmtMode): number;
