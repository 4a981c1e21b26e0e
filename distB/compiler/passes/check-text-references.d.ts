import type { CheckContext } from './context.js';
/** The fixed article numbers of the contract document (templates/{nl,en}/document.hbs). */
export declare const ARTICLE_COUNT = 22;
export declare function checkTextReferences(ctx: CheckContext): void;
