/**
 * Guards grammar/ast.schema.json: the JSON form of every parsed sample validates, every node kind
 * of ast.ts has a schema definition (and the sample uses it), and broken trees are rejected.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import { parse } from '../../grammar/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(join(root, 'grammar/ast.schema.json'), 'utf8')) as {
  $defs: Record<string, { properties?: { kind?: { const?: string } } }>;
};

type AjvClass = typeof import('ajv/dist/2020.js').default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;
const ajv = new Ajv2020({ allErrors: false, strict: true });
const validate = ajv.compile(schema);
const validateComment = ajv.compile({ $ref: 'urn:slac:ast#/$defs/Comment' });

const samples: string[] = [];
for (const rel of ['test/fixtures/good/all-constructs.sla', 'test/fixtures/good/schema-sample.sla']) {
  if (existsSync(join(root, rel))) samples.push(rel);
}
const examples = join(root, 'examples');
if (existsSync(examples)) {
  for (const f of readdirSync(examples).sort()) if (f.endsWith('.sla')) samples.push(`examples/${f}`);
}

function jsonOf(rel: string): unknown {
  const parsed = parse(readFileSync(join(root, rel), 'utf8'));
  expect(parsed.diagnostics, `${rel} should parse without syntax errors`).toEqual([]);
  return JSON.parse(JSON.stringify(parsed.document));
}

function errorsOf(): string {
  return ajv.errorsText(validate.errors, { separator: '\n' });
}

/** Every `kind` string a tree contains. */
function kindsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) kindsIn(v, into);
  else if (value && typeof value === 'object') {
    const kind = (value as { kind?: unknown }).kind;
    if (typeof kind === 'string') into.add(kind);
    for (const v of Object.values(value)) kindsIn(v, into);
  }
  return into;
}

const schemaKinds = new Set(
  Object.values(schema.$defs)
    .map((d) => d.properties?.kind?.const)
    .filter((k): k is string => typeof k === 'string'),
);

describe('AST JSON schema', () => {
  it('has samples to validate', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it.each(samples)('%s validates against grammar/ast.schema.json', (rel) => {
    const json = jsonOf(rel);
    const ok = validate(json);
    expect(ok, errorsOf()).toBe(true);
  });

  it('comments validate against the Comment definition', () => {
    const parsed = parse('// a comment\nservice Platform // another\n');
    expect(parsed.comments).toHaveLength(2);
    for (const c of parsed.comments) expect(validateComment(JSON.parse(JSON.stringify(c)))).toBe(true);
  });

  it('defines exactly the node kinds that grammar/ast.ts declares', () => {
    const source = ['grammar/ast.ts', 'grammar/ast-legal.ts', 'grammar/ast-underpinning.ts']
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .join('\n');
    const astKinds = new Set([...source.matchAll(/kind: '([A-Za-z]+)'/g)].map((m) => m[1]!));
    expect([...schemaKinds].sort()).toEqual([...astKinds].sort());
  });

  it('the samples together use every node kind of the schema (so the test covers it)', () => {
    const used = new Set<string>();
    for (const rel of samples) kindsIn(jsonOf(rel), used);
    const unused = [...schemaKinds].filter((k) => k !== 'Comment' && !used.has(k));
    expect(unused).toEqual([]);
  });

  describe('rejects broken trees', () => {
    const base = () => jsonOf(samples[0]!) as { declarations: Array<Record<string, unknown>>; range: unknown };

    it('an unknown node kind', () => {
      const doc = base();
      doc.declarations[0]!['kind'] = 'Contract';
      expect(validate(doc)).toBe(false);
    });

    it('a node without its range', () => {
      const doc = base();
      delete doc.declarations[0]!['range'];
      expect(validate(doc)).toBe(false);
    });

    it('a document without its range', () => {
      const doc = base() as Record<string, unknown>;
      delete doc['range'];
      expect(validate(doc)).toBe(false);
    });

    it('a deep node with an extra property', () => {
      const doc = base();
      const found = findNode(doc, 'Ident')!;
      found['extra'] = true;
      expect(validate(doc)).toBe(false);
    });

    it('a value outside a closed set (time unit)', () => {
      const doc = base();
      const found = findNode(doc, 'Duration')!;
      found['unit'] = 'fortnight';
      expect(validate(doc)).toBe(false);
    });

    it('a position with a zero line', () => {
      const doc = base() as { range: { start: { line: number } } };
      doc.range.start.line = 0;
      expect(validate(doc)).toBe(false);
    });
  });
});

function findNode(value: unknown, kind: string): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = findNode(v, kind);
      if (f) return f;
    }
  } else if (value && typeof value === 'object') {
    if ((value as { kind?: unknown }).kind === kind) return value as Record<string, unknown>;
    for (const v of Object.values(value)) {
      const f = findNode(v, kind);
      if (f) return f;
    }
  }
  return undefined;
}
