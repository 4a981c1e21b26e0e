/** NDJSON of `n` tickets over 2026: a pause in 20%, a reopening in 5%, a priority change in 10%. */
export declare function writeTickets(file: string, n: number): Promise<void>;
/**
 * `--engine duckdb` on SLAC_BENCH_SQL_TICKETS tickets (default 10,000,000), NDJSON and Parquet,
 * and the JavaScript engine on the first SLAC_BENCH_SQL_JS_TICKETS of the same tickets (default
 * 1,000,000; the generator is sequential, so they are the same records): tickets per second and
 * peak RSS of each, and the ratio of the rates.
 */
export declare function benchSql(log: (line: string) => void): Promise<void>;
