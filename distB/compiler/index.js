/** The compiler's public API, for programs that embed slac (the CLI and the language server use the same functions). */
export { analyze } from './analyze.js';
// A Program of the public API checks underpinning blocks (the check registers itself).
import './underpinning/program-check.js';
export { parse } from '../grammar/index.js';
export { diagnosticCodes } from '../diagnostics/index.js';
export { format } from './format.js';
export { emitEvaluator } from './emit/evaluator.js';
export { renderDocument, describeClause } from './document/index.js';
export { diffContracts, describeChange } from './diff/index.js';
export { runScenarios } from './scenarios.js';
