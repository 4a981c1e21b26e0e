/** Whether the files (or what they import) may hold an underpinning block; light enough for the launcher (cli/bin.ts). */
export declare function mayHoldUnderpinning(files: readonly string[]): boolean;
