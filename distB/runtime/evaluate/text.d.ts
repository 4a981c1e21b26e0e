import type { Report } from './report.js';
/** Cells hold ids and names from the data and the contract: made visible before they are measured. */
export declare function table(headers: string[], cells: string[][], right?: ReadonlySet<number>): string;
/** Per input: records read = accepted + rejected + skipped. */
export declare function inputLines(r: Report): string[];
export declare function renderText(r: Report): string;
