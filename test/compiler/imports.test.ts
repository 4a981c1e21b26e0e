/**
 * Imports across files (compiler/program.ts), on the program in test/fixtures/imports: a customer
 * SLA and an OLA that import shared definitions, which import a calendar from a third file.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { renderDocument } from '../../compiler/document/index.js';
import { format } from '../../compiler/format.js';
import { diskHost, Program, type SourceHost } from '../../compiler/program.js';
// A Program checks underpinning blocks once the check is loaded (as the command line does).
import '../../compiler/underpinning/program-check.js';
import { collectReferences, collectSymbols, type Namespace } from '../../compiler/symbols.js';
import type * as A from '../../grammar/ast.js';

const dir = join(import.meta.dirname, '../fixtures/imports');
const entries = ['workplace.sla', 'network-ola.sla'];
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** Each name a file can use, where it is declared, and where the file refers to it: file:line:column. */
function resolution(program: Program, file: string): string[] {
  const path = join(dir, file);
  const analysis = program.analyze(path, { model: false });
  const imported = analysis.imports?.declarations ?? [];
  const symbols = collectSymbols({ ...analysis.document, declarations: [...analysis.document.declarations, ...imported] });
  const at = (decl: A.Declaration | undefined, range: A.Range) =>
    `${relative(dir, (decl && program.originOf(decl)) ?? path)}:${range.start.line}:${range.start.column}`;
  const matrixOf = (node: A.Declaration | A.MatrixStmt) =>
    'body' in node || node.kind !== 'Levels'
      ? (node as A.Declaration)
      : [...analysis.document.declarations, ...imported].find((d) => d.kind === 'Matrix' && (d.body as unknown[]).includes(node));
  const uses = new Map<string, string[]>();
  for (const ref of collectReferences(analysis.document)) {
    const key = `${ref.namespace} ${ref.ident.name}`;
    uses.set(key, [...(uses.get(key) ?? []), `${ref.ident.range.start.line}:${ref.ident.range.start.column}`]);
  }
  const lines = [`${file}${analysis.counts.errors > 0 ? ` (${analysis.counts.errors} errors)` : ''}`];
  const namespaces: Namespace[] = ['calendar', 'priority', 'service', 'field', 'impact level', 'urgency level', 'tier', 'objective'];
  for (const ns of namespaces) {
    for (const s of symbols.all(ns)) {
      const used = uses.get(`${ns} ${s.name}`) ?? [];
      lines.push(`  ${ns} ${s.name}: declared ${at(matrixOf(s.node), s.ident.range)}${used.length ? `; used at ${used.join(', ')}` : ''}`);
    }
  }
  for (const d of imported.filter((x) => !('name' in x)))
    lines.push(`  ${d.kind === 'Party' ? `party ${d.role}` : d.kind.toLowerCase()}: declared ${at(d, d.range)}`);
  return lines;
}

describe('imports', () => {
  // Read before committing: test/golden/imports/resolution.txt.
  it('resolves names across files (golden)', async () => {
    const program = new Program();
    const text = [...entries, 'shared/definitions.sla'].flatMap((f) => [...resolution(program, f), '']).join('\n');
    await expect(text).toMatchFileSnapshot('../golden/imports/resolution.txt');
  });

  it('renders imported definitions as if they were written in the contract', () => {
    const program = new Program();
    const imported = program.analyze(join(dir, 'workplace.sla')).model!;
    // The same contract with the shared files pasted where the import puts them: after its own declarations.
    const withoutImports = (text: string) => text.replace(/^import .*$/gm, '');
    const inlined = analyze(
      [withoutImports(read('workplace.sla')), withoutImports(read('shared/definitions.sla')), read('shared/calendars.sla')].join('\n'),
    ).model!;
    expect(inlined).not.toBeNull();
    for (const lang of ['nl', 'en'] as const) {
      const a = renderDocument({ ...imported, sourceHash: '' }, { lang, format: 'md' });
      const b = renderDocument({ ...inlined, sourceHash: '' }, { lang, format: 'md' });
      expect(a).toEqual(b);
      expect(a).toContain(lang === 'nl' ? 'Kantooruren' : 'Office hours');
    }
  });

  it('renders the shared definitions the same in each agreement', () => {
    const program = new Program();
    const section = (file: string) => {
      const md = renderDocument(program.analyze(join(dir, file)).model!, { lang: 'en', format: 'md' });
      return md.split('\n').find((l) => l.startsWith('| Office hours |'));
    };
    expect(section('workplace.sla')).toBeDefined();
    expect(section('workplace.sla')).toEqual(section('network-ola.sla'));
  });

  it('hashes the imported files into the source hash the documents print', () => {
    const files = new Map([
      ['/m/contract.sla', read('network-ola.sla')],
      ['/m/shared/definitions.sla', read('shared/definitions.sla')],
      ['/m/shared/calendars.sla', read('shared/calendars.sla')],
    ]);
    const host: SourceHost = {
      read: (p) => (files.has(p) ? { ok: true, text: files.get(p)! } : { ok: false, message: `cannot read '${p}': no such file` }),
    };
    const before = new Program(host).analyze('/m/contract.sla').model!.sourceHash;
    files.set('/m/shared/calendars.sla', read('shared/calendars.sla').replace('every day', 'monday to sunday'));
    const after = new Program(host).analyze('/m/contract.sla').model!.sourceHash;
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(after).not.toEqual(before);
  });

  it('reports in the importer what only its context makes wrong, at the import, with the other file', () => {
    const files = new Map([
      [
        '/m/contract.sla',
        `import priority P9 from "defs.sla"\n${read('network-ola.sla')
          .replace(/^import .*$/m, '')
          .replace(/P1|P2/g, 'P9')}`,
      ],
      [
        '/m/defs.sla',
        'priority P9 nl "Negen"\ncalendar office "Office" { timezone Europe/Amsterdam  every day }\ncalendar always "24/7" { timezone Europe/Amsterdam  every day }\n',
      ],
    ]);
    const host: SourceHost = {
      read: (p) => (files.has(p) ? { ok: true, text: files.get(p)! } : { ok: false, message: `cannot read '${p}': no such file` }),
    };
    const program = new Program(host);
    // The shared file has no contract languages: it is fine on its own.
    expect(program.analyze('/m/defs.sla').diagnostics).toEqual([]);
    const missing = program.analyze('/m/contract.sla').diagnostics.find((d) => d.code === 'missing-translation')!;
    expect(missing.range.start.line).toBe(1);
    expect(missing.message).toMatch(/^in the imported priority 'P9' \(defs\.sla:1\): this text has no en version/);
    expect(missing.related[0]).toMatchObject({ file: '/m/defs.sla', range: { start: { line: 1, column: 13 } } });
  });

  it('suggests the file beside a missing one whose name is a likely typo', () => {
    const entry = join(dir, 'typo.sla');
    const host: SourceHost = { read: (p) => (p === entry ? { ok: true, text: 'import "shared/definition.sla"\n' } : diskHost.read(p)) };
    const [missing] = new Program(host).analyze(entry).diagnostics;
    expect(missing?.code).toBe('import-not-found');
    expect(missing?.message).toMatch(/no such file \(resolved to '.*definition\.sla'\); did you mean 'shared\/definitions\.sla'\?$/);
    expect(missing?.fix?.edits[0]?.newText).toBe('"shared/definitions.sla"');
  });

  it('formats imports in one canonical layout, writing a kind word where it changes', () => {
    const source = [
      'import "shared.sla"',
      'import calendar office,calendar always and priority P1 , P2 from "shared.sla"',
      'import statuses, party provider and priority matrix from "shared.sla"',
      'import office from "shared.sla"',
    ].join('\n');
    const once = format(source).text;
    expect(once).toBe(
      [
        'import "shared.sla"',
        '',
        'import calendar office, always, priority P1, P2 from "shared.sla"',
        '',
        'import statuses, party provider, priority matrix from "shared.sla"',
        '',
        'import office from "shared.sla"',
        '',
      ].join('\n'),
    );
    expect(format(once).text).toBe(once);
  });

  it('a file of shared definitions needs no agreement; one with norms still does', () => {
    expect(analyze(read('shared/definitions.sla')).diagnostics.map((d) => d.code)).toEqual([]);
    expect(analyze(`${read('shared/calendars.sla')}\ntargets { response P1 within 1 hour }\n`).diagnostics.map((d) => d.code)).toContain(
      'missing-clause',
    );
    // The folder of the fixture program checks without errors.
    const program = new Program();
    for (const f of entries) expect(program.analyze(join(dir, f)).counts.errors).toBe(0);
  });
});
