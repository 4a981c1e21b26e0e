import { forEachNode } from '../walk.js';
import { MAX_MONEY_MINOR, MAX_NUMBER, representable } from '../values.js';
const valueKinds = new Set(['Number', 'Percentage', 'Money', 'Duration', 'Score', 'Rate']);
/** A raw number for a message: long ones shortened, so a 400-digit literal does not fill the screen. */
export function shortRaw(raw) {
    return raw.length > 24 ? `${raw.slice(0, 10)}…${raw.slice(-6)} (${raw.replace(/[^0-9]/g, '').length} digits)` : raw;
}
/** The largest number, as a message shows it; formatted on demand, since Intl's first use costs start-up. */
const limit = () => MAX_NUMBER.toLocaleString('en-US');
export function checkNumbers(ctx) {
    forEachNode(ctx.document, (node) => {
        if (valueKinds.has(node.kind)) {
            const v = node;
            if (v.raw === '' || representable(v))
                return;
            const message = v.kind === 'Money'
                ? `${v.currency} ${shortRaw(v.raw)} is too large: an amount of money lies between ${v.currency} 0 and ${v.currency} ${(MAX_MONEY_MINOR / 100).toLocaleString('en-US')}`
                : `${shortRaw(v.raw)} is too large: a number in a contract lies between -${limit()} and ${limit()}`;
            ctx.report('value-out-of-range', v.range, message);
        }
        else if (node.kind === 'Period') {
            const p = node;
            if (p.rolling && !(Number.isInteger(p.count) && p.count >= 1 && p.count <= MAX_NUMBER)) {
                ctx.report('value-out-of-range', p.range, `a rolling period counts whole ${p.unit}s from 1 up: \`per 12 months\``);
            }
        }
    });
}
