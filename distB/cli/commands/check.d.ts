import { type CliIo } from '../io.js';
/** `files`: files and folders (a folder's `.sla` files, subfolders included). */
export declare function check(io: CliIo, files: string[], outputFormat: 'text' | 'json'): number;
