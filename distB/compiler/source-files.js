/**
 * Reading a source file without surprises: a missing file, a directory, binary data or text that
 * is not UTF-8 gives a one-line message for an `io-error` diagnostic, never an exception.
 */
import { readFileSync, statSync } from 'node:fs';
/** Larger than any contract; protects the tools from reading a disk image by mistake. */
const MAX_BYTES = 16 * 1024 * 1024;
const reasons = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file (a part of the path is not a directory)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
    EEXIST: 'a file is in the way',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
};
/** Why a file could not be read or written, in words, from a Node.js error. */
export function reasonOf(error) {
    const code = error?.code;
    if (typeof code === 'string')
        return reasons[code] ?? code.toLowerCase();
    return error instanceof Error ? error.message : String(error);
}
export function readSourceFile(path) {
    const fail = (reason) => ({ ok: false, message: `cannot read '${path}': ${reason}` });
    let bytes;
    try {
        const stat = statSync(path);
        if (stat.isDirectory())
            return fail('is a directory');
        if (!stat.isFile() && !stat.isFIFO() && !stat.isCharacterDevice())
            return fail('not a regular file');
        if (stat.isFile() && stat.size > MAX_BYTES)
            return fail(`too large (${stat.size} bytes; at most ${MAX_BYTES})`);
        bytes = readFileSync(path);
    }
    catch (error) {
        return fail(reasonOf(error));
    }
    return decodeSource(bytes, path);
}
/** Bytes to text: rejects binary data (NUL bytes) and invalid UTF-8; drops a leading BOM. */
export function decodeSource(bytes, path) {
    const fail = (reason) => ({ ok: false, message: `cannot read '${path}': ${reason}` });
    if (bytes.length > MAX_BYTES)
        return fail(`too large (${bytes.length} bytes; at most ${MAX_BYTES})`);
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        return fail(`binary file (NUL byte at offset ${nul}), not slac source text`);
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        return fail(`not valid UTF-8 text${describeInvalidUtf8(bytes)}`);
    }
}
/** ` (first invalid byte on line 3)`, to help find a Latin-1 character in a long file. */
function describeInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Binary search for the longest valid prefix is overkill: scan sequences by hand.
    let i = 0;
    let line = 1;
    while (i < bytes.length) {
        const b = bytes[i];
        let len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
        if (len > 1) {
            try {
                decoder.decode(bytes.subarray(i, i + len));
            }
            catch {
                len = 0;
            }
        }
        if (len === 0)
            return ` (first invalid byte on line ${line}, byte offset ${i})`;
        if (b === 10)
            line++;
        i += len;
    }
    return '';
}
