/**
 * Lowering of custom fields, conditions, time statistics and special opening hours: the rules of
 * meaning of these constructs, kept out of lower.ts.
 */
import type * as A from '../grammar/ast.js';
import type * as M from './model.js';
export declare function lowerField(f: A.FieldDecl, named: M.NamedModel): M.FieldModel;
export declare function lowerConditions(body: ReadonlyArray<{
    kind: string;
}>): M.ConditionModel[];
export declare function lowerTimeStat(m: A.TimeStatMeasure, target: M.ValueModel): M.TimeMeasureModel;
/** `open on …` lines: per date its ranges (minutes), the holiday hours, and the lines as written. */
export declare function lowerSpecialHours(body: readonly A.CalendarStmt[]): {
    special: Array<{
        date: string;
        ranges: Array<[number, number]>;
    }>;
    holidayHours: Array<[number, number]> | null;
    written: M.CalendarModel['special'];
};
/** `every sunday 02:00 to 06:00` as minute ranges per weekday, and as written (for documents). */
export declare function lowerWindow(w: A.MaintenanceWindow): NonNullable<M.ExclusionModel['window']>;
