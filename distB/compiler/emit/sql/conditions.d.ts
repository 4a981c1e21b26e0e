/** `e.trim()` in SQL. */
export declare const trimSql: (e: string) => string;
/** normaliseChannel in SQL: lower case, without runs of spaces, `-` and `_`. */
export declare const channelSql: (e: string) => string;
/** `language.trim().toLowerCase()` in SQL. */
export declare const languageSql: (e: string) => string;
export declare function conditionValue(field: string, value: string): string;
export declare function ticketAttributesSql(create: string): string;
export declare function nonAsciiSql(): string;
