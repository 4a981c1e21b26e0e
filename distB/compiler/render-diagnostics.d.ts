/**
 * Diagnostics for people (rustc-style text) and for tools (JSON). Pure functions of the
 * diagnostics, the file name and the source text: the same input always renders the same bytes.
 *
 *   error[unknown-reference]: unknown calendar 'ofice'
 *     --> contract.sla:12:30
 *      |
 *   12 |   response P1 within 4 hours on ofice
 *      |                                 ^^^^^
 *      |
 *      = help: did you mean 'office'?
 *   note: first declared here --> contract.sla:3:10
 *      |
 *    3 | calendar office "Office hours" {
 *      |          ^^^^^^
 */
import type { Range } from '../grammar/ast.js';
import type { Diagnostic, Fix, Related, Severity } from '../diagnostics/index.js';
export interface TextRenderOptions {
    /** ANSI colours; the CLI turns them on only for a terminal without NO_COLOR. */
    color?: boolean;
    /** The name and text of another file that a related location is in (an import). */
    otherFile?: (path: string) => {
        name: string;
        text: string;
    } | undefined;
}
/** One diagnostic in `slac check --format json`. */
export interface JsonDiagnostic {
    file: string;
    code: string;
    severity: Severity;
    message: string;
    range: Range;
    related: Related[];
    fix: Fix | null;
}
export declare function location(file: string, range: Range): string;
/** One diagnostic, rustc-style, as lines of text (no trailing newline). */
export declare function renderDiagnostic(d: Diagnostic, file: string, text: string, options?: TextRenderOptions): string;
/** All diagnostics of one file, separated by blank lines, ending in a newline (or empty). */
export declare function renderDiagnostics(diagnostics: readonly Diagnostic[], file: string, text: string, options?: TextRenderOptions): string;
/** A problem without a source location (a file that cannot be read): one line. */
export declare function renderFileError(code: string, message: string, options?: TextRenderOptions): string;
/** `nameOf`: how a related location in another file (an import) names that file. */
export declare function toJsonDiagnostic(d: Diagnostic, file: string, nameOf?: (path: string) => string): JsonDiagnostic;
/** `2 errors, 1 warning in 3 files` or `no problems in 1 file`. */
export declare function summaryLine(errors: number, warnings: number, files: number): string;
