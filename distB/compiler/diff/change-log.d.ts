/**
 * The change-log annex of a document (compiler/document/change-log.ts): the change list of
 * `slac diff` between an earlier version and this one, one sentence per change in the document's
 * language, with the article or annex it lands in, in the order of the change list.
 */
import type { ChangeLogInput } from '../document/change-log.js';
import type { DocLang } from '../document/format/locale.js';
import type { ContractModel } from '../model.js';
export declare function changeLogOf(before: ContractModel, after: ContractModel, lang: DocLang): ChangeLogInput;
