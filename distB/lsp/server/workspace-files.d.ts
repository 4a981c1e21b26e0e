/** Calls `found` for each `.sla` file under the folders (file: URIs only). */
export declare function scanFolders(folderUris: readonly string[], found: (uri: string, text: string) => void): Promise<void>;
/** A file's text, or null when it cannot be read or is too large to be a contract. */
export declare function readText(uri: string): Promise<string | null>;
