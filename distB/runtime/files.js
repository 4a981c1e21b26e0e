/** Streams data files into an evaluation: one record at a time, whatever the file size. */
import { createReadStream } from 'node:fs';
import { readRecords } from './data/read.js';
/**
 * Feeds every file to the evaluation, in order. Read problems are reported to the evaluation; each
 * file's count of records read is checked against accepted + rejected + skipped (report `data.files`).
 */
export async function evaluateFiles(ev, files, options = {}) {
    for (const f of files) {
        ev.supply(f.kind);
        const input = f.input ?? createReadStream(f.path, { highWaterMark: 1 << 16 });
        ev.beginInput(f.path, f.kind, f.format);
        let index = 0;
        for await (const item of readRecords(input, f.format, f.kind, options)) {
            addItem(ev, f, item, index);
            if (item.ok || item.scope === 'record')
                index++;
            else if (item.fatal)
                break;
        }
        ev.endInput();
    }
}
/** One item a reader produced, as the `index`-th record of the file (when it is a record). */
export function addItem(ev, f, item, index) {
    if (item.ok) {
        ev.addRecord(f.kind, item.value, { file: f.path, line: item.line, index });
        return;
    }
    const record = item.scope === 'record';
    ev.problem({
        severity: item.warning ? 'warning' : 'error',
        kind: record ? f.kind : null,
        file: f.path,
        line: item.line,
        index: record ? index : null,
        field: item.field,
        message: item.message,
        id: null,
    });
}
