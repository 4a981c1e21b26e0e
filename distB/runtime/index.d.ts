/**
 * slac/runtime: what compiled evaluator modules import, and the API for evaluating data in-process.
 */
export { BusinessCalendar } from './calendar.js';
export type { CalendarSpec } from './calendar-spec.js';
export * from './contract.js';
export type * from './data/types.js';
export { recordKinds } from './data/types.js';
export { readRecords, readNdjson, readJsonArray, readCsv, formatOfPath, kindOfPath, csvColumns, MAX_RECORD_CHARS, type DataFormat, type RawItem, type ReadOptions, type ValueHook, } from './data/read.js';
export { checkColumns, type ColumnMapping, type KindMapping } from './data/columns.js';
export type { Delimiter } from './data/csv.js';
export { schemas, reportSchema } from './data/validate.js';
export { Evaluation, evaluate, DataError, OptionsError, type EvaluateOptions } from './evaluate/engine.js';
export type * from './evaluate/report.js';
export { REPORT_FORMAT } from './evaluate/report.js';
export type { Tally } from './evaluate/shares.js';
export { renderText } from './evaluate/text.js';
export { bindContract, type BoundEvaluator } from './bind.js';
export { evaluateFiles, type DataFile } from './files.js';
