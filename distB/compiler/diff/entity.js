/** A contract text in one language: its own, else the language-neutral one, else the first given. */
export function textIn(t, lang) {
    if (!t)
        return '';
    return t.byLang[lang] ?? t.byLang['*'] ?? Object.values(t.byLang)[0] ?? '';
}
/** A deep copy without source positions and with sorted keys: equal meaning, equal JSON. */
export function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            if (key === 'line' || key === 'range')
                continue;
            Object.defineProperty(out, key, {
                value: canonical(value[key]),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return out;
    }
    return value;
}
export const sameValue = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
