/**
 * Every number has a range. A literal beyond it (`EUR 1` followed by 400 zeros, `10^400%`) would
 * become Infinity or lose whole units; it is reported with the range allowed, wherever it stands.
 * Place-specific ranges (0–100% for a share, a positive duration …) are check-units' business.
 */
import type * as A from '../../grammar/ast.js';
import { forEachNode } from '../walk.js';
import { MAX_MONEY_MINOR, MAX_NUMBER, representable } from '../values.js';
import type { CheckContext } from './context.js';

const valueKinds = new Set(['Number', 'Percentage', 'Money', 'Duration', 'Score', 'Rate']);

/** A raw number for a message: long ones shortened, so a 400-digit literal does not fill the screen. */
export function shortRaw(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 10)}…${raw.slice(-6)} (${raw.replace(/[^0-9]/g, '').length} digits)` : raw;
}

/** The largest number, as a message shows it; formatted on demand, since Intl's first use costs start-up. */
const limit = () => MAX_NUMBER.toLocaleString('en-US');

export function checkNumbers(ctx: CheckContext): void {
  forEachNode(ctx.document, (node) => {
    if (valueKinds.has(node.kind)) {
      const v = node as unknown as A.Value;
      if (v.raw === '' || representable(v)) return;
      const message =
        v.kind === 'Money'
          ? `${v.currency} ${shortRaw(v.raw)} is too large: an amount of money lies between ${v.currency} 0 and ${v.currency} ${(MAX_MONEY_MINOR / 100).toLocaleString('en-US')}`
          : `${shortRaw(v.raw)} is too large: a number in a contract lies between -${limit()} and ${limit()}`;
      ctx.report('value-out-of-range', v.range, message);
    } else if (node.kind === 'Period') {
      const p = node as unknown as A.PeriodSpec;
      if (p.rolling && !(Number.isInteger(p.count) && p.count >= 1 && p.count <= MAX_NUMBER)) {
        ctx.report('value-out-of-range', p.range, `a rolling period counts whole ${p.unit}s from 1 up: \`per 12 months\``);
      }
    }
  });
}
