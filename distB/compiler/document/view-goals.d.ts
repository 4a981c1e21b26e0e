/**
 * View model of custom fields, conditions, time statistics and special opening hours: the data
 * the templates word (compiler/document/templates/{nl,en}/partials/conditions.hbs and friends).
 */
import type * as M from '../model.js';
import type { Txt } from './view-model.js';
import { type DocLang } from './format/locale.js';
export interface VmCondition {
    /** `priority`, `tier`, `channel`, `language`, or `field` for a declared field. */
    builtIn: 'priority' | 'tier' | 'channel' | 'language' | 'field';
    /** The declared field's title (its name without one). */
    fieldTitle: Txt;
    values: Txt[];
}
export interface VmField {
    name: string;
    title: Txt;
    values: string[] | null;
    texts: Txt[];
}
/** `open on …` of one calendar: the dates (or public holidays) and the hours, worded. */
export interface VmSpecialHours {
    holidays: boolean;
    dates: string[];
    hours: string;
}
export declare function specialHoursVm(c: M.CalendarModel, lang: DocLang): VmSpecialHours[];
export interface Titles {
    field: (name: string) => M.FieldModel | undefined;
    priority: (name: string) => Txt;
    tier: (name: string) => Txt;
    named: (n: M.NamedModel) => Txt;
    lang: DocLang;
}
export declare function conditionsVm(conditions: readonly M.ConditionModel[], t: Titles): VmCondition[];
/** The time statistic of an objective and what it counts, for the time-sentence and conditions partials. */
export declare function timeVm(m: M.MeasureModel, lang: DocLang): {
    statistic: string | null;
    percentile: string | null;
    rank: number | null;
    clock: string | null;
    source: 'tickets' | 'contacts' | null;
};
