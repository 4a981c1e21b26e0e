/**
 * ZoneTime's offsets are luxon's for any zone and range, also when its scans are shared between
 * ZoneTimes of the same zone and range and the shared scans are dropped (more than 256 ranges).
 */
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZoneTime } from '../../runtime/time.js';

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham'];
const FROM = Date.UTC(2020, 0, 1);
const SPAN = 10 * 365 * 86_400_000;
const luxonOffset = (zone: string, t: number) => Math.round(IANAZone.create(zone).offset(t) * 60_000);

describe('ZoneTime', () => {
  it("gives luxon's offset at any instant of its range, over more ranges than it keeps scans of", () => {
    const early: Array<{ z: ZoneTime; t: number }> = [];
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.nat(SPAN),
        fc.integer({ min: 86_400_000, max: 3 * 365 * 86_400_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (zone, start, length, at) => {
          const from = FROM + start;
          const a = new ZoneTime(zone, from, from + length);
          // A second ZoneTime of the same zone and range shares the scan.
          const b = new ZoneTime(zone, from, from + length);
          for (const x of at) {
            const t = from + Math.floor(x * length);
            expect(a.offsetAt(t)).toBe(luxonOffset(zone, t));
            expect(b.offsetAt(t)).toBe(a.offsetAt(t));
          }
          if (early.length < 5) early.push({ z: a, t: from + Math.floor(at[0]! * length) });
        },
      ),
      { numRuns: 400, seed: 20261203 },
    );
    // Those made before the shared scans were dropped still answer.
    for (const { z, t } of early) expect(z.offsetAt(t)).toBe(luxonOffset(z.zone, t));
  });
});
