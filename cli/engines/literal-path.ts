/**
 * A data file's path as DuckDB's readers take it, literally. Their path is a glob pattern:
 * `read_parquet('tickets[1].parquet')` reads `tickets1.parquet`, and a `*` every file it matches —
 * silently another file. A path with a pattern character is read through a symbolic link of a
 * plain name in a folder of the process's own (removed when it exits); DuckDB's messages name the
 * link, `userPaths` names the user's file again.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const PATTERN = /[*?[\]{}]/;
const PATTERNS = /[*?[\]{}]/g;

let folder: string | null = null;
/** The link of each such path. */
const links = new Map<string, string>();

/** `path`, or the link DuckDB reads it through where it holds a pattern character. */
export function literalPath(path: string): string {
  if (!PATTERN.test(path)) return path;
  let link = links.get(path);
  if (link === undefined) {
    if (folder === null) {
      const made = mkdtempSync(join(tmpdir(), 'slac-files-'));
      folder = made;
      process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    }
    // The extensions stay (DuckDB reads a `.gz` compressed), without pattern characters.
    link = join(
      folder,
      `file-${links.size}${basename(path)
        .replace(/^[^.]*/, '')
        .replace(PATTERNS, '')}`,
    );
    symlinkSync(resolve(path), link);
    links.set(path, link);
  }
  return link;
}

/** A message of DuckDB's with each link replaced by the user's path. */
export function userPaths(message: string): string {
  let out = message;
  for (const [path, link] of links) out = out.replaceAll(link, path);
  return out;
}
