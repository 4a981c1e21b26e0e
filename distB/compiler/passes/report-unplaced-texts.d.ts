/**
 * Every text reaches its document. The one place the document can lack is article 7: it prints the
 * tiers only when some target exists, so wording in `targets` or a tier without any target would
 * be dropped.
 */
import type { CheckContext } from './context.js';
export declare function reportUnplacedTexts(ctx: CheckContext): void;
