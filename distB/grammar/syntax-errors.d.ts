/**
 * Syntax errors as diagnostics that name the right words: the token that does not fit, the token
 * after which it stands, what fits there instead, and a fix where the mistake is plain (a near-miss
 * of a keyword or unit, a reserved word used as a name, a duration with two units). One
 * diagnostic per mistake: errors that recovery reports again on the same token are dropped.
 */
import type { IRecognitionException, IToken } from 'chevrotain';
import { type Diagnostic, type Range } from '../diagnostics/index.js';
/** One diagnostic per mistake, in the order the parser met them. */
export declare function syntaxDiagnostics(errors: readonly IRecognitionException[], tokens: readonly IToken[], end: Range): Diagnostic[];
