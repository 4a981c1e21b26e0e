/** A name declared twice in one namespace; a declaration that may appear once appearing again. */
import type { CheckContext } from './context.js';
export declare function reportDuplicateNames(ctx: CheckContext): void;
