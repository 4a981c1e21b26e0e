/**
 * The files one command reads, through one compiler Program (compiler/program.ts): each file is
 * read and parsed once, and named in output as the user gave it (imported files relative to the
 * working directory).
 */
import { relative, resolve } from 'node:path';
import { Program } from '../compiler/program.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { printDiagnostics, readSource, type CliIo } from './io.js';

export class CliProgram {
  readonly program: Program;
  private readonly names = new Map<string, string>();

  constructor(private readonly io: CliIo) {
    this.program = new Program({
      read: (path) => {
        const read = readSource(io, path);
        // The message names the file as the user knows it.
        return read.ok ? read : { ok: false, message: read.message.replace(`'${path}'`, `'${this.name(path)}'`) };
      },
    });
  }

  /** Registers a file as the user named it; returns its absolute path. */
  entry(name: string): string {
    const path = resolve(name);
    if (!this.names.has(path)) this.names.set(path, name);
    return path;
  }

  name(path: string): string {
    return this.names.get(path) ?? (relative(process.cwd(), path) || path);
  }

  /** A file's name and text, for related locations in other files. */
  readonly otherFile = (path: string) => ({ name: this.name(path), text: this.program.file(path).text });

  print(to: 'stdout' | 'stderr', path: string, diagnostics: readonly Diagnostic[]): void {
    printDiagnostics(this.io, to, diagnostics, this.name(path), this.program.file(path).text, this.otherFile);
  }

  /** The files loaded besides the entries (what they import), in load order. */
  imported(entries: readonly string[]): string[] {
    return this.program.paths().filter((p) => !entries.includes(p) && this.program.file(p).error === null);
  }
}
