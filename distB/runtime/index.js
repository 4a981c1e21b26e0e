/**
 * slac/runtime: what compiled evaluator modules import, and the API for evaluating data in-process.
 */
export { BusinessCalendar } from './calendar.js';
export * from './contract.js';
export { recordKinds } from './data/types.js';
export { readRecords, readNdjson, readJsonArray, readCsv, formatOfPath, kindOfPath, csvColumns, MAX_RECORD_CHARS, } from './data/read.js';
export { checkColumns } from './data/columns.js';
export { schemas, reportSchema } from './data/validate.js';
export { Evaluation, evaluate, DataError, OptionsError } from './evaluate/engine.js';
export { REPORT_FORMAT } from './evaluate/report.js';
export { renderText } from './evaluate/text.js';
export { bindContract } from './bind.js';
export { evaluateFiles } from './files.js';
