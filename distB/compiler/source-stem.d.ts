/** `contracts/managed-it.sla` → `managed-it`: what the build outputs of a source are named after. */
export declare function sourceStem(file: string): string;
