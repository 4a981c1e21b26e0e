export declare function deterministic(packed: Uint8Array): Promise<Uint8Array>;
