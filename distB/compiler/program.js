/**
 * Programs of several files: a contract imports shared definitions from another `.sla` file
 * (`import calendar office, priority P1 from "shared/definitions.sla"`, `import "shared.sla"`).
 *
 * API (the CLI, the language server and other tools use the same):
 *
 *   const program = new Program(host?)      // host: how a file is read (default: from disk)
 *   program.analyze(path, { model })        // → Analysis of one file with its imports resolved:
 *                                           //   its own diagnostics only, model built from its own
 *                                           //   and its imported declarations; cached per path
 *   program.file(path)                      // → ProgramFile { path, text, parsed, error }: read and
 *                                           //   parsed once
 *   program.paths()                         // every file loaded so far (entries and imports)
 *   program.originOf(declaration)           // → the file an imported declaration is written in
 *   sourcePaths(args)                       // the `.sla` files of folders and files, for the CLI
 *
 * Paths are absolute (path.resolve); an import's path is resolved against the directory of the
 * importing file. Rules (docs/language.md, "Imports"):
 * - what can be imported: calendars, priorities, services and fields by name, and the blocks a
 *   contract has once (statuses, aliases, priority matrix, party provider / customer);
 *   `import "file"` imports all of them. A file exports what it declares and what it imports.
 * - imported declarations are checked and lowered with the file's own, as if written in it; a
 *   problem the checker finds inside one is reported in its own file (the imported file's analysis),
 *   or, when only the importer's context causes it (a contract language the definition lacks), at
 *   the import, with the other file's location.
 * - a file that cannot be read, a cycle, an unknown name, a name imported twice or also declared
 *   here, and an imported file with errors are errors at the import.
 */
import { dirname, relative, resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { parse } from '../grammar/index.js';
import { diagnostic } from '../diagnostics/index.js';
import { closest, didYouMean } from '../diagnostics/suggest.js';
import { checkParsed } from './analyze.js';
import { readSourceFile } from './source-files.js';
import { importableKinds } from './symbols.js';
let underpinningCheck = null;
/**
 * The underpinning check registers itself when its module is loaded: it builds the runtime's
 * calendars (holiday rules included), which a contract without an underpinning block never needs,
 * so `slac check` loads it only for files that may hold one (cli/underpinning.ts).
 */
export function registerUnderpinningCheck(check) {
    underpinningCheck = check;
}
export const diskHost = { read: readSourceFile };
const namedKinds = {
    Calendar: 'calendar',
    Priority: 'priority',
    Service: 'service',
    Field: 'field',
};
/** `calendar office`, `statuses`, `party provider`: what an import item or a declaration stands for. */
function exportKey(d) {
    if (!importableKinds.has(d.kind))
        return null;
    const named = namedKinds[d.kind];
    if (named)
        return 'name' in d && d.name.name ? `${named} ${d.name.name}` : null;
    if (d.kind === 'Matrix')
        return 'matrix';
    if (d.kind === 'Party')
        return `party ${d.role}`;
    return d.kind === 'Statuses' ? 'statuses' : 'aliases';
}
function nameRange(d) {
    return 'name' in d && d.name && typeof d.name === 'object' && 'range' in d.name ? d.name.range : d.range;
}
function describeKey(key) {
    if (key === 'matrix')
        return 'the priority matrix';
    if (key === 'statuses' || key === 'aliases')
        return `the ${key} block`;
    if (key.startsWith('party '))
        return `the ${key} block`;
    const [kind, name] = key.split(' ');
    return `${kind} '${name}'`;
}
/** Every AST position of a declaration, to tell which file a diagnostic's range is in. */
function collectPositions(root, into, owner) {
    if (root === null || typeof root !== 'object')
        return;
    if (Array.isArray(root)) {
        for (const item of root)
            collectPositions(item, into, owner);
        return;
    }
    const node = root;
    for (const key in node) {
        const value = node[key];
        if (key === 'range' && value && typeof value === 'object') {
            const r = value;
            into.set(r.start, owner);
            into.set(r.end, owner);
        }
        else if (value !== null && typeof value === 'object')
            collectPositions(value, into, owner);
    }
}
export class Program {
    host;
    files = new Map();
    exported = new Map();
    analyses = new Map();
    origins = new WeakMap();
    constructor(host = diskHost) {
        this.host = host;
    }
    /** Read and parsed once per program. */
    file(path) {
        const key = resolve(path);
        let file = this.files.get(key);
        if (!file) {
            const read = this.host.read(key);
            const text = read.ok ? read.text : '';
            file = { path: key, text, parsed: parse(text), error: read.ok ? null : read.message };
            for (const d of file.parsed.document.declarations)
                this.origins.set(d, key);
            this.files.set(key, file);
        }
        return file;
    }
    paths() {
        return [...this.files.keys()];
    }
    /** The file a declaration of this program is written in. */
    originOf(declaration) {
        return this.origins.get(declaration);
    }
    /** A file's analysis with its imports resolved (cached per file, with or without the model). */
    analyze(path, options = {}) {
        const key = `${options.model === false ? 'check' : 'model'} ${resolve(path)}`;
        let analysis = this.analyses.get(key);
        if (!analysis)
            this.analyses.set(key, (analysis = this.analyzeFile(this.file(path), options)));
        return analysis;
    }
    /** The analysis of a text in place of the file at `path` (the editor's unsaved document). */
    analyzeText(path, text, parsed = parse(text), options = {}) {
        const key = resolve(path);
        const file = { path: key, text, parsed, error: null };
        for (const d of parsed.document.declarations)
            this.origins.set(d, key);
        this.files.set(key, file);
        this.exported.delete(key);
        this.analyses.delete(`check ${key}`);
        this.analyses.delete(`model ${key}`);
        return this.analyze(key, options);
    }
    analyzeFile(file, options) {
        const imports = file.parsed.document.declarations.some((d) => d.kind === 'Import') ? this.resolveImports(file) : undefined;
        const analysis = checkParsed(file.parsed, file.text, imports ? { ...options, imports } : options);
        if (!file.parsed.document.declarations.some((d) => d.kind === 'Underpinning'))
            return analysis;
        // Never silently without its findings: every caller loads the check first.
        if (!underpinningCheck)
            throw new Error(`the underpinning check is not loaded (analysing ${file.path})`);
        // The agreements an SLA's underpinning block names are files of this program too.
        return underpinningCheck(this, file.path, analysis, () => this.analyze(file.path, { model: true }));
    }
    /** What a file exports: its own importable declarations, then what it imports. */
    exportsOf(path) {
        const cached = this.exported.get(path);
        if (cached)
            return cached;
        const file = this.file(path);
        const own = [];
        for (const declaration of file.parsed.document.declarations) {
            const key = exportKey(declaration);
            if (key)
                own.push({ key, declaration, path });
        }
        const all = [...own, ...this.importedInto(file).exports];
        this.exported.set(path, all);
        return all;
    }
    /** The exports a file's imports bring in, with the problems of those imports (in that file). */
    importedInto(file) {
        const diagnostics = [];
        // Where each key entered this file: its own declaration (at its name), or an import.
        const taken = new Map();
        for (const d of file.parsed.document.declarations) {
            const key = exportKey(d);
            if (key)
                taken.set(key, { export: { key, declaration: d, path: file.path }, named: true, at: nameRange(d), own: true });
        }
        const exports = [];
        const via = new Map();
        const take = (e, named, at) => {
            const before = taken.get(e.key);
            if (before && before.export.declaration === e.declaration && !(named && before.named))
                return;
            if (before) {
                const related = [{ message: before.own ? 'declared here' : 'first imported here', range: before.at }];
                if (e.declaration !== before.export.declaration)
                    related.push({ message: 'the imported declaration', range: nameRange(e.declaration), file: e.path });
                diagnostics.push(diagnostic('duplicate-import', at, before.own
                    ? `${describeKey(e.key)} is imported from '${this.shown(file.path, e.path)}' and also declared in this file; remove one of the two`
                    : `${describeKey(e.key)} is imported twice; remove one of the imports`, { related }));
                return;
            }
            taken.set(e.key, { export: e, named, at, own: false });
            exports.push(e);
            via.set(e, at);
        };
        for (const d of file.parsed.document.declarations) {
            if (d.kind !== 'Import' || !d.path.value)
                continue;
            const target = resolve(dirname(file.path), d.path.value);
            const cycle = this.chainTo(target, file.path, new Set());
            if (cycle) {
                const chain = [file.path, ...cycle].map((p) => this.shown(file.path, p));
                diagnostics.push(diagnostic('import-cycle', d.path.range, `import cycle: ${chain.join(' → ')}; a file cannot import itself, directly or through others`));
                continue;
            }
            const targetFile = this.file(target);
            if (targetFile.error !== null) {
                const reason = targetFile.error.slice(targetFile.error.indexOf("': ") + 3);
                const near = nearFile(d.path.value, target);
                diagnostics.push(diagnostic('import-not-found', d.path.range, `cannot import '${d.path.value}': ${reason} (resolved to '${target}')${near ? `; did you mean '${near}'?` : ''}`, near ? { fix: { title: `Change to '${near}'`, edits: [{ range: d.path.range, newText: JSON.stringify(near) }] } } : {}));
                continue;
            }
            const available = this.exportsOf(target);
            if (d.items === null) {
                for (const e of available)
                    take(e, false, d.path.range);
            }
            else {
                for (const item of d.items)
                    this.importItem(file, d, item, available, take, diagnostics);
            }
            // An imported file with errors (its own, or in what it imports) gives no contract.
            const errors = this.analyze(target, { model: false }).counts.errors;
            if (errors > 0)
                diagnostics.push(diagnostic('broken-import', d.path.range, `'${d.path.value}' has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} there first`));
        }
        return { exports, diagnostics, via };
    }
    importItem(file, d, item, available, take, diagnostics) {
        const from = this.shown(file.path, resolve(dirname(file.path), d.path.value));
        if (item.name === null) {
            const key = item.what;
            const found = available.find((e) => e.key === key);
            if (found)
                take(found, true, item.range);
            else
                diagnostics.push(diagnostic('unknown-import', item.range, `'${from}' has no ${describeKey(key).replace(/^the /, '')}`));
            return;
        }
        const name = item.name.name;
        if (!name)
            return; // a syntax error, reported by the parser
        const candidates = available.filter((e) => 'name' in e.declaration &&
            e.declaration.name.name === name &&
            (item.what === null || e.key.startsWith(`${item.what} `)));
        if (candidates.length > 0) {
            for (const e of candidates)
                take(e, true, item.name.range);
            return;
        }
        const names = available
            .filter((e) => item.what === null || e.key.startsWith(`${item.what} `))
            .map((e) => e.key.split(' ')[1])
            .filter(Boolean);
        const { hint, fix } = didYouMean(name, names, item.name.range);
        const what = item.what ?? 'declaration';
        const listed = names.length > 0 ? ` (it declares: ${names.slice(0, 8).join(', ')})` : ` (it declares no ${what})`;
        diagnostics.push(diagnostic('unknown-import', item.name.range, `'${from}' has no ${what} '${name}'${hint || listed}`, fix ? { fix } : {}));
    }
    resolveImports(file) {
        const { exports, diagnostics, via } = this.importedInto(file);
        const positions = new Map();
        for (const e of exports)
            collectPositions(e.declaration, positions, e);
        const reportedThere = new Map();
        const keyOf = (d) => `${d.code}@${d.range.start.offset}-${d.range.end.offset}`;
        const rehome = (d) => {
            const owner = positions.get(d.range.start);
            if (!owner)
                return undefined;
            // Names inside an imported declaration are resolved in its own file.
            if (d.code === 'unknown-reference' || d.code === 'duplicate-name')
                return null;
            let there = reportedThere.get(owner.path);
            if (!there)
                reportedThere.set(owner.path, (there = new Set(this.analyze(owner.path, { model: false }).diagnostics.map(keyOf))));
            if (there.has(keyOf(d)))
                return null;
            const at = via.get(owner);
            const where = `${this.shown(file.path, owner.path)}:${d.range.start.line}`;
            const related = [
                { message: d.message, range: d.range, file: owner.path },
                ...d.related.map((r) => ({ ...r, file: r.file ?? owner.path })),
            ];
            return diagnostic(d.code, at, `in the imported ${describeKey(owner.key).replace(/^the /, '')} (${where}): ${d.message}`, {
                related,
                severity: d.severity,
            });
        };
        const paths = [...new Set(exports.map((e) => e.path))].sort();
        const sources = paths.map((path) => ({ path, text: this.file(path).text }));
        return { declarations: exports.map((e) => e.declaration), diagnostics, rehome, sources };
    }
    /** The files from `path` through imports to `goal` (`path` first, `goal` last), or null. */
    chainTo(path, goal, seen) {
        if (path === goal)
            return [path];
        if (seen.has(path))
            return null;
        seen.add(path);
        const file = this.file(path);
        for (const d of file.parsed.document.declarations) {
            if (d.kind !== 'Import' || !d.path.value)
                continue;
            const rest = this.chainTo(resolve(dirname(path), d.path.value), goal, seen);
            if (rest)
                return [path, ...rest];
        }
        return null;
    }
    /** A path as the importing file's reader knows it: relative to that file's directory. */
    shown(from, path) {
        const r = relative(dirname(from), path);
        return r.startsWith('..') || r === '' ? path : r;
    }
}
/** A `.sla` file beside the missing one whose name is a likely typo of it, as the import would write it. */
function nearFile(written, target) {
    let names;
    try {
        names = readdirSync(dirname(target)).filter((n) => n.endsWith('.sla'));
    }
    catch {
        return undefined;
    }
    const slash = Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\'));
    const found = closest(written.slice(slash + 1), names);
    return found === undefined ? undefined : written.slice(0, slash + 1) + found;
}
export { sourcePaths } from './source-paths.js';
