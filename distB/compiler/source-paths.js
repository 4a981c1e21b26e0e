import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
/**
 * The files the CLI checks for its arguments: a file as given, a folder's `.sla` files (sorted,
 * subfolders included; hidden folders and node_modules skipped), named by the folder as given.
 */
export function sourcePaths(args) {
    const out = [];
    const walk = (dir) => {
        let names;
        try {
            names = readdirSync(dir).sort();
        }
        catch {
            return;
        }
        for (const name of names) {
            if (name.startsWith('.') || name === 'node_modules')
                continue;
            const path = join(dir, name);
            let isDir = false;
            try {
                isDir = statSync(path).isDirectory();
            }
            catch {
                continue;
            }
            if (isDir)
                walk(path);
            else if (name.endsWith('.sla'))
                out.push(path);
        }
    };
    for (const arg of args) {
        let isDir = false;
        try {
            isDir = statSync(arg).isDirectory();
        }
        catch {
            // not there: read as a file, which reports it
        }
        if (isDir)
            walk(arg);
        else
            out.push(arg);
    }
    return out;
}
