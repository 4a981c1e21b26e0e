import { clip, measure } from './intervals.js';
export function errorBudget(o, window, from, to, downtimeMs, asOf) {
    const m = o.measure;
    if (m.kind !== 'availability' || m.direction !== 'at least' || m.target.kind !== 'percentage')
        return null;
    const windowMs = measure(clip(window, from, to));
    const allowedMs = Math.round((windowMs * (100 - m.target.value)) / 100);
    const passedMs = measure(clip(window, from, Math.min(to, asOf)));
    const burnRate = allowedMs > 0 && passedMs > 0 ? Math.round((downtimeMs / allowedMs) * (windowMs / passedMs) * 10_000) / 10_000 : null;
    return { allowedMs, usedMs: downtimeMs, leftMs: allowedMs - downtimeMs, passedMs, burnRate };
}
