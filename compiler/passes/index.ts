/** The checker's passes, in order. Each reads the document and appends diagnostics. */
import type { Document } from '../../grammar/ast.js';
import type { Diagnostic } from '../diagnostics.js';

export type CheckPass = (document: Document, diagnostics: Diagnostic[]) => void;

export const checkPasses: CheckPass[] = [];
