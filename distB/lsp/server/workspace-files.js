/**
 * The `.sla` files of the workspace folders, for workspace symbols: read once at start (without
 * blocking: one directory per turn of the event loop), then kept up to date from
 * workspace/didChangeWatchedFiles. Skips dependency and build folders and stops at a sane limit.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
const MAX_FILES = 5000;
const MAX_BYTES = 2_000_000;
/** Calls `found` for each `.sla` file under the folders (file: URIs only). */
export async function scanFolders(folderUris, found) {
    const queue = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    let files = 0;
    while (queue.length > 0 && files < MAX_FILES) {
        const dir = queue.shift();
        let entries;
        try {
            entries = await readdir(dir, { withFileTypes: true });
        }
        catch {
            continue; // unreadable folder: nothing to index there
        }
        for (const entry of entries) {
            const path = join(dir, entry.name);
            if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.'))
                queue.push(path);
            else if (entry.isFile() && entry.name.endsWith('.sla') && files < MAX_FILES) {
                files++;
                const text = await readText(pathToFileURL(path).href);
                if (text !== null)
                    found(pathToFileURL(path).href, text);
            }
        }
    }
}
/** A file's text, or null when it cannot be read or is too large to be a contract. */
export async function readText(uri) {
    try {
        const buffer = await readFile(fileURLToPath(uri));
        return buffer.length > MAX_BYTES ? null : buffer.toString('utf8');
    }
    catch {
        return null;
    }
}
