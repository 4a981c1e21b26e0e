/**
 * The files one command reads, through one compiler Program (compiler/program.ts): each file is
 * read and parsed once, and named in output as the user gave it (imported files relative to the
 * working directory).
 */
import { relative, resolve } from 'node:path';
import { Program } from '../compiler/program.js';
import { printDiagnostics, readSource } from './io.js';
export class CliProgram {
    io;
    program;
    names = new Map();
    constructor(io) {
        this.io = io;
        this.program = new Program({
            read: (path) => {
                const read = readSource(io, path);
                // The message names the file as the user knows it.
                return read.ok ? read : { ok: false, message: read.message.replace(`'${path}'`, `'${this.name(path)}'`) };
            },
        });
    }
    /** Registers a file as the user named it; returns its absolute path. */
    entry(name) {
        const path = resolve(name);
        if (!this.names.has(path))
            this.names.set(path, name);
        return path;
    }
    name(path) {
        return this.names.get(path) ?? (relative(process.cwd(), path) || path);
    }
    /** A file's name and text, for related locations in other files. */
    otherFile = (path) => ({ name: this.name(path), text: this.program.file(path).text });
    print(to, path, diagnostics) {
        printDiagnostics(this.io, to, diagnostics, this.name(path), this.program.file(path).text, this.otherFile);
    }
    /** The files loaded besides the entries (what they import), in load order. */
    imported(entries) {
        return this.program.paths().filter((p) => !entries.includes(p) && this.program.file(p).error === null);
    }
}
