/**
 * The files the CLI checks for its arguments: a file as given, a folder's `.sla` files (sorted,
 * subfolders included; hidden folders and node_modules skipped), named by the folder as given.
 */
export declare function sourcePaths(args: readonly string[]): string[];
