/** Generated records written as an NDJSON file, a thousand lines per write. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Writes `record(0)` … `record(n - 1)`, one JSON line each. */
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
