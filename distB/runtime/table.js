/**
 * Lookup tables keyed by user text (channel and verb words, CSV headers, language codes). A plain
 * object literal inherits `constructor`, `toString`, `__proto__` … from Object.prototype, so a
 * contract saying `80% of constructor answered` would find a function there. These tables have no
 * prototype: a lookup finds only the keys written here.
 */
export function table(entries) {
    return Object.freeze(Object.assign(Object.create(null), entries));
}
/** An empty, prototype-free object to fill with user-text keys (`__proto__` becomes an ordinary key). */
export function emptyTable() {
    return Object.create(null);
}
