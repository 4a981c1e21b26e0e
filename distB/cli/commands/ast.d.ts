import { type CliIo } from '../io.js';
export declare function ast(io: CliIo, file: string): number;
