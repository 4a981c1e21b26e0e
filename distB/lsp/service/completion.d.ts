import { type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export declare function complete(doc: SlacDocument, position: Position): CompletionList;
export declare function resolveCompletion(item: CompletionItem, lookup: (uri: string) => SlacDocument | undefined): CompletionItem;
