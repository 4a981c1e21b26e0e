import { type DocumentMetadata } from '../../compiler/document/metadata.js';
import { type CliIo } from '../io.js';
export declare function build(io: CliIo, files: string[], outDir: string, metadata?: DocumentMetadata): Promise<number>;
