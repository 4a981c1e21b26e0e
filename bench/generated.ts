/** Generated inputs of the benchmarks: NDJSON files, kept in the temporary folder once written, and their instants. */
import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync } from 'node:fs';

export const MB = 1024 * 1024;

/** An instant as the generated records write it (whole seconds without `.000`). */
export const iso = (t: number): string => new Date(t).toISOString().replace('.000Z', 'Z');

/** Writes `record(0)` … `record(n - 1)`, one JSON line each, a thousand lines per write. */
export async function writeNdjson(file: string, n: number, record: (i: number) => object): Promise<void> {
  const out = createWriteStream(file);
  let lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify(record(i)));
    if (lines.length === 1000 || i === n - 1) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines = [];
    }
  }
  out.end();
  await once(out, 'finish');
}

/**
 * `file`, written by `write` unless it exists (a rerun does not generate it again): under another
 * name and renamed once complete, so an interrupted run leaves nothing half-written behind.
 */
export async function cachedFile(file: string, write: (partial: string) => Promise<void>): Promise<string> {
  if (!existsSync(file)) {
    await write(`${file}.partial`);
    renameSync(`${file}.partial`, file);
  }
  return file;
}
