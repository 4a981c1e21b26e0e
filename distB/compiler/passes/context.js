import { diagnostic } from '../../diagnostics/index.js';
import { collectSymbols } from '../symbols.js';
export class CheckContext {
    document;
    diagnostics;
    symbols;
    agreement;
    constructor(document, diagnostics) {
        this.document = document;
        this.diagnostics = diagnostics;
        this.symbols = collectSymbols(document);
        this.agreement = document.declarations.find((d) => d.kind === 'Agreement');
    }
    report(code, range, message, extra = {}) {
        this.diagnostics.push(diagnostic(code, range, message, extra));
    }
    /** The agreement's clauses of one kind. */
    clauses(kind) {
        return (this.agreement?.body ?? []).filter((s) => s.kind === kind);
    }
    /** The contract languages, as declared by `languages nl, en`. */
    get languages() {
        return this.clauses('Languages').flatMap((l) => l.languages.map((i) => i.name));
    }
    /** The agreement's default time zone, if it names one. */
    get timeZone() {
        return this.clauses('TimeZone')[0]?.zone.name;
    }
    declarations(kind) {
        return this.document.declarations.filter((d) => d.kind === kind);
    }
}
/** Reports every statement after the first of a kind that may appear once in its block. */
export function reportRepeated(ctx, statements, kinds, describe, key = (s) => s.kind) {
    const seen = new Map();
    for (const s of statements) {
        if (!kinds.includes(s.kind))
            continue;
        const k = key(s);
        const first = seen.get(k);
        if (first)
            ctx.report('duplicate-clause', s.range, `${describe(s)} is given twice`, {
                related: [{ message: 'first given here', range: first.range }],
            });
        else
            seen.set(k, s);
    }
}
