/** mulberry32: a small, fast, seeded generator, so every benchmark run sees the same input. */
export declare function mulberry32(seed: number): () => number;
