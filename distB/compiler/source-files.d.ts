export type SourceRead = {
    ok: true;
    text: string;
} | {
    ok: false;
    message: string;
};
/** Why a file could not be read or written, in words, from a Node.js error. */
export declare function reasonOf(error: unknown): string;
export declare function readSourceFile(path: string): SourceRead;
/** Bytes to text: rejects binary data (NUL bytes) and invalid UTF-8; drops a leading BOM. */
export declare function decodeSource(bytes: Uint8Array, path: string): SourceRead;
