/**
 * Names that Object.prototype already has (`constructor`, `__proto__`, `toString` …) are ordinary
 * unknown words wherever slac looks up user text: they are reported, never found, never crash.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { readRecords } from '../../runtime/data/read.js';
import { allConstructs, slac, variant, writeSla } from './helpers.js';

const protoNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
const codes = (text: string) => analyze(text).diagnostics.map((d) => `${d.code}@${d.range.start.line}`);
/** The line of the fixture that a variant rewrites. */
const lineOf = (find: string) => allConstructs.slice(0, allConstructs.indexOf(find)).split('\n').length;
const measureLine = lineOf('80% of calls answered within 30 seconds');

describe('object-prototype names', () => {
  it.each(protoNames)('a channel called %s is an unknown measure', (name) => {
    expect(codes(variant('80% of calls answered within 30 seconds', `80% of ${name} answered within 30 seconds`))).toEqual([
      `unknown-measure@${measureLine}`,
    ]);
  });

  it.each(protoNames)('a verb called %s is an unknown measure', (name) => {
    expect(codes(variant('80% of calls answered within 30 seconds', `80% of calls ${name} within 30 seconds`))).toEqual([
      `unknown-measure@${measureLine}`,
    ]);
  });

  it.each(protoNames)('a scenario tally of %s is an unknown measure', (name) => {
    expect(codes(variant('95 calls answered after 20 seconds', `95 ${name} answered after 20 seconds`))).toEqual([
      `unknown-measure@${lineOf('95 calls answered after 20 seconds')}`,
    ]);
    expect(codes(variant('95 calls answered after 20 seconds', `95 calls ${name} after 20 seconds`))).toEqual([
      `unknown-measure@${lineOf('95 calls answered after 20 seconds')}`,
    ]);
  });

  it.each(protoNames)('%s as a declared name is just a name', (name) => {
    const text = variant('service Telephony', `service ${name}`)
      .replace('objective gdpr nl "Naleving AVG"', `objective ${name} nl "Naleving AVG"`)
      .replace(', gdpr after', `, ${name} after`)
      .replace('calendar daytime "Daytime"', `calendar ${name} "Daytime"`);
    expect(codes(text)).toEqual([]);
    expect(analyze(text).model?.objectives.map((o) => o.name)).toContain(name);
  });

  it.each(protoNames)('a text in language %s keeps its wording', (name) => {
    const a = analyze(
      variant(
        'text nl "Een gebruiker ondervindt hinder" en "A user is hindered"',
        `text nl "Een gebruiker ondervindt hinder" en "A user is hindered" ${name} "x"`,
      ),
    );
    expect(a.diagnostics.map((d) => d.code)).toEqual(['undeclared-language']);
    const p3 = a.model!.priorities.find((p) => p.name === 'P3')!;
    expect(Object.entries(p3.texts[0]!.byLang)).toContainEqual([name, 'x']);
  });

  it('the CLI reports them with exit 1, not an internal error (exit 70)', () => {
    const r = slac([
      'check',
      writeSla(variant('80% of calls answered within 30 seconds', '80% of constructor answered within 30 seconds')),
    ]);
    expect(r.stdout).toContain('error[unknown-measure]');
    expect(r.status).toBe(1);
    const t = slac(['test', writeSla(variant('95 calls answered after 20 seconds', '4100 constructor answered after 20 seconds'))]);
    expect(t.stderr).toContain('error[unknown-measure]');
    expect(t.status).toBe(1);
  });

  it.each(protoNames)('a CSV column called %s is not a known column', async (name) => {
    const items = [];
    for await (const item of readRecords([Buffer.from(`id,${name}\nT1,x\n`)], 'csv', 'ticket')) items.push(item);
    expect(items.filter((i) => !i.ok).map((i) => i.message)).toEqual([expect.stringContaining(`unknown column '${name}'`)]);
    expect(items.filter((i) => i.ok).map((i) => i.value)).toEqual([{ id: 'T1' }]);
  });
});
