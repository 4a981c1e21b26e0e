/** `Friday 2026-01-09 17:30`, local to the zone (a few per finding: luxon is fine here). */
export declare function instantText(zone: string, t: number): string;
/** `63 h`, `62 h 30 min`, `45 min`: a span in hours, as SLA targets are read. */
export declare function hoursText(ms: number): string;
/** `99.7002%` in English, `99,7002%` in Dutch: as the documents write percentages. */
export declare function percentText(value: number, language: string): string;
