import type { HolidaySet } from '../../runtime/holidays.js';
import type { DocLang } from './format/locale.js';
/** ISO date → holiday name(s), for the public holidays of `set` in the years fromYear…toYear. */
export declare function holidayNames(set: HolidaySet, fromYear: number, toYear: number, lang: DocLang): Map<string, string>;
/** The name of a region (date-holidays "state"), e.g. `Bayern`; null when unknown. */
export declare function holidayRegionName(country: string, region: string, lang: DocLang): string | null;
