/**
 * Lookup tables keyed by user text (channel and verb words, CSV headers, language codes). A plain
 * object literal inherits `constructor`, `toString`, `__proto__` … from Object.prototype, so a
 * contract saying `80% of constructor answered` would find a function there. These tables have no
 * prototype: a lookup finds only the keys written here.
 */
export declare function table<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>>;
/** An empty, prototype-free object to fill with user-text keys (`__proto__` becomes an ordinary key). */
export declare function emptyTable<V>(): Record<string, V>;
