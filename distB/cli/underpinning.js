/**
 * Whether a command must load the underpinning check (compiler/underpinning/program-check.ts)
 * before it analyses these files: it brings the runtime's calendars and holiday rules, which
 * `slac check` of any other contract never loads (cli/main.ts), and the start-up snapshot of the
 * checker leaves it out (cli/bin.ts). A plain scan of the files and of what they import: a false
 * alarm (the word in a comment) only loads the check.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sourcePaths } from '../compiler/source-paths.js';
const UNDERPINNING = /\bunderpinning\b/;
const IMPORT = /\bimport\b[^"]*"([^"]*)"/g;
/** Whether the files (or what they import) may hold an underpinning block; light enough for the launcher (cli/bin.ts). */
export function mayHoldUnderpinning(files) {
    const seen = new Set();
    const stack = sourcePaths([...files]).map((f) => resolve(f));
    while (stack.length > 0) {
        const path = stack.pop();
        if (seen.has(path))
            continue;
        seen.add(path);
        let text;
        try {
            text = readFileSync(path, 'utf8');
        }
        catch {
            continue; // the command reports the file it cannot read
        }
        if (UNDERPINNING.test(text))
            return true;
        for (const m of text.matchAll(IMPORT))
            stack.push(resolve(dirname(path), m[1]));
    }
    return false;
}
