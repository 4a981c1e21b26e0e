/** Generates a large, valid contract: the agreement once, then numbered copies of every kind of declaration. */
export declare function generateSla(targetLines: number): string;
