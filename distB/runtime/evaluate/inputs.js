/**
 * The inputs of an evaluation (files, or arrays given to `evaluate`) and what each brought:
 * records read = accepted + rejected + skipped, per input. Also where each record id was first
 * accepted, so that a duplicate is named with both places and never counted twice.
 */
import { SeenIds } from '../data/ids.js';
export class Inputs {
    list = [];
    current = null;
    seen = new Map();
    begin(file, kind, format) {
        this.current = { file, kind, format, read: 0, accepted: 0, rejected: 0, skipped: 0 };
        this.list.push(this.current);
        return this.current;
    }
    end() {
        this.current = null;
    }
    /** The input records of `kind` count towards: the current one, or one per kind for records added without `begin`. */
    of(kind) {
        if (this.current?.kind === kind)
            return this.current;
        const found = this.list.find((i) => i.implicit && i.kind === kind);
        if (found)
            return found;
        const created = { file: null, kind, format: null, read: 0, accepted: 0, rejected: 0, skipped: 0, implicit: true };
        this.list.push(created);
        return created;
    }
    /** Where a record of `kind` with `id` was first read (`tickets.csv:12`), or null after remembering this one's place. */
    firstPlace(kind, id, where) {
        let seen = this.seen.get(kind);
        if (!seen)
            this.seen.set(kind, (seen = new SeenIds()));
        const first = seen.firstOrAdd(id, this.list.indexOf(this.of(kind)) * 2 ** 32 + (where.line ?? where.index));
        if (first < 0)
            return null;
        const input = this.list[Math.floor(first / 2 ** 32)];
        const at = first % 2 ** 32;
        return input.file === null ? `record ${at + 1} of the ${kind} array` : `${input.file}:${at}`;
    }
    summaries() {
        return this.list.map(({ file, kind, format, read, accepted, rejected, skipped }) => ({
            file,
            kind,
            format,
            read,
            accepted,
            rejected,
            skipped,
        }));
    }
}
