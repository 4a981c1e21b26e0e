import type { SlacDocument } from './document.js';
export declare function warm(doc: SlacDocument): void;
