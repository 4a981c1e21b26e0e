import { basename, extname } from 'node:path';
/** `contracts/managed-it.sla` → `managed-it`: what the build outputs of a source are named after. */
export function sourceStem(file) {
    const base = basename(file);
    const ext = extname(base);
    return ext && ext !== base ? base.slice(0, -ext.length) : base;
}
