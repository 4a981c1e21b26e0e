import type * as A from '../grammar/ast.js';
import type * as M from './model.js';
export declare function lowerText(text: A.Text): M.TextModel;
export declare function texts(body: ReadonlyArray<{
    kind: string;
}>): M.TextModel[];
export declare function lowerDuration(d: A.Duration): M.DurationModel;
export declare function lowerValue(v: A.Value): M.ValueModel;
export declare function lowerAmount(a: A.Amount): M.AmountModel;
export declare function lowerPeriod(p: A.PeriodSpec | null): M.PeriodModel;
export declare function caps(body: ReadonlyArray<{
    kind: string;
}>): M.CapModel[];
export declare function lower(doc: A.Document, sourceHash?: string): M.ContractModel;
