/** Names and texts reach SQL exactly: any string round-trips as a literal and as a column name. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dialect, floorDiv, ident, literalTable, text } from '../../compiler/emit/sql/dialect.js';
import type { Engine } from './engines.js';

const HOSTILE = ["'); drop table x; --", '"; drop table x; --', "\\'", '\\', "''", 'ü 日本 \u202e', '$$ $tag$', '\n\t'];

export function dialectCases(engine: (d: Dialect) => Engine): void {
  describe('quoting', () => {
    it('refuses NUL, which Postgres cannot store, instead of dropping it', () => {
      expect(() => text('a\u0000b')).toThrow(/NUL/);
      expect(() => ident('a\u0000b')).toThrow(/NUL/);
    });
    for (const d of ['duckdb', 'postgres'] as const) {
      it(`${d}: any text round-trips as a literal, a column name and a table row`, async () => {
        const e = engine(d);
        const strings = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.includes('\u0000') && s.length > 0);
        const samples = [...HOSTILE, ...fc.sample(strings, { numRuns: 40, seed: 14 })];
        const select = samples.map((s, i) => `${text(s)} AS ${ident(`c${i} ${s}`)}`).join(', ');
        const [row] = await e.rows(`SELECT ${select}`);
        expect(Object.values(row!)).toEqual(samples);
        expect(Object.keys(row!)).toEqual(samples.map((s, i) => `c${i} ${s}`));
        await e.exec(
          literalTable(
            d,
            'it\'s "x"',
            [{ name: 'v', type: 'TEXT' }],
            samples.map((s) => [s]),
          ),
        );
        expect((await e.rows(`SELECT v FROM ${ident('it\'s "x"')}`)).map((r) => r.v)).toEqual(samples);
      });
      it(`${d}: floor division is exact for negative numbers`, async () => {
        const cases = [-7, -6, -1, 0, 1, 6, 7, -86_400_001, 1_780_000_000_123];
        const [row] = await engine(d).rows(`SELECT ${cases.map((a, i) => `${floorDiv(d, String(a), '3')} AS q${i}`).join(', ')}`);
        expect(Object.values(row!)).toEqual(cases.map((a) => Math.floor(a / 3)));
      });
    }
  });
}
