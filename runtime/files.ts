/** Streams data files into an evaluation: one record at a time, whatever the file size. */
import { createReadStream } from 'node:fs';
import type { RecordKind } from './data/types.js';
import { type DataFormat, readRecords } from './data/read.js';
import type { Evaluation } from './evaluate/engine.js';

export interface DataFile {
  /** Shown in problems and record references. */
  path: string;
  kind: RecordKind;
  format: DataFormat;
  /** The content; read from `path` when absent. */
  input?: AsyncIterable<string | Uint8Array>;
}

/** Feeds every file to the evaluation, in order. Read problems are reported to the evaluation. */
export async function evaluateFiles(ev: Evaluation, files: readonly DataFile[]): Promise<void> {
  for (const f of files) {
    ev.supply(f.kind);
    const input = f.input ?? createReadStream(f.path, { highWaterMark: 1 << 16 });
    let index = 0;
    for await (const item of readRecords(input, f.format, f.kind)) {
      if (item.ok) {
        ev.addRecord(f.kind, item.value, { file: f.path, line: item.line, index: index++ });
        continue;
      }
      ev.problem({ severity: item.warning ? 'warning' : 'error', kind: item.warning ? null : f.kind, file: f.path, line: item.line, index: item.warning ? null : index++, field: item.field, message: item.message, id: null });
      if (item.fatal) break;
    }
  }
}
