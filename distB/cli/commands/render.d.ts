import { type DocumentMetadata } from '../../compiler/document/metadata.js';
import { type CliIo } from '../io.js';
export interface RenderOptions {
    lang: 'nl' | 'en';
    format: 'md' | 'html' | 'docx';
    output?: string;
    /** Status, version and date instead of the source's. */
    metadata?: DocumentMetadata;
    /** An earlier version of the contract: the document gets a change-log annex of the changes since it. */
    changesSince?: string;
}
export declare function render(io: CliIo, file: string, opts: RenderOptions): Promise<number>;
