/** The version metadata options of `slac render` and `slac build` (--status, --doc-version, --date), checked. */
import { type Command } from 'commander';
import { type DocumentMetadata, type DocumentStatus } from '../compiler/document/metadata.js';
export interface MetadataOptions {
    status?: DocumentStatus;
    docVersion?: string;
    date?: string;
}
/** The command with the three options added. */
export declare function withMetadataOptions(cmd: Command): Command;
/** The metadata the options give; a usage error (exit 2) for a date or version that cannot be one. */
export declare function documentMetadata(opts: MetadataOptions): DocumentMetadata;
