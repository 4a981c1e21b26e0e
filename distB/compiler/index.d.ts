/** The compiler's public API, for programs that embed slac (the CLI and the language server use the same functions). */
export { analyze, type Analysis } from './analyze.js';
import './underpinning/program-check.js';
export { parse, type ParseResult } from '../grammar/index.js';
export type * as Ast from '../grammar/ast.js';
export type * as Model from './model.js';
export { diagnosticCodes, type Diagnostic, type DiagnosticCode, type Severity } from '../diagnostics/index.js';
export { format } from './format.js';
export { emitEvaluator } from './emit/evaluator.js';
export { renderDocument, describeClause } from './document/index.js';
export { diffContracts, describeChange, type Change } from './diff/index.js';
export { runScenarios, type ScenarioResult } from './scenarios.js';
