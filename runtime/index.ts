/**
 * slac/runtime: what compiled evaluator modules import, and the API for evaluating data in-process.
 */
export { BusinessCalendar } from './calendar.js';
export type { CalendarSpec } from './calendar-spec.js';
export * from './contract.js';
export type * from './data/types.js';
export { recordKinds } from './data/types.js';
export { readRecords, readNdjson, readJsonArray, readCsv, formatOfPath, kindOfPath, csvColumns, type DataFormat, type RawItem } from './data/read.js';
export { schemas, reportSchema } from './data/validate.js';
export { Evaluation, evaluate, DataError, OptionsError, type EvaluateOptions } from './evaluate/engine.js';
export type * from './evaluate/report.js';
export { REPORT_FORMAT } from './evaluate/report.js';
export type { Tally } from './evaluate/shares.js';
export { renderText } from './evaluate/text.js';
export { bindContract, type BoundEvaluator } from './bind.js';
export { evaluateFiles, type DataFile } from './files.js';
