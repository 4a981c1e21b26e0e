function distance(a, b) {
    // Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}
/**
 * `codes`: the candidates are a fixed list of short codes (countries, currencies), where one wrong,
 * missing or extra letter is a typo (`EUX` → `EUR`, `NLD` → `NL`).
 */
export function closest(name, candidates, options = {}) {
    const lower = name.toLowerCase();
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const most = limit(name, c, options.codes === true);
        // Names whose lengths differ by more than the limit cannot be within it.
        if (Math.abs(c.length - name.length) > most)
            continue;
        // A difference in case only is the most likely typo of all.
        const score = c.toLowerCase() === lower ? 0.5 : distance(lower, c.toLowerCase());
        if (score > most)
            continue;
        if (score < bestScore || (score === bestScore && best !== undefined && c < best)) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}
function limit(name, candidate, codes) {
    if (codes)
        return 1;
    // Very short names (P1, P2) differ by one character by design: only a case slip, or a letter
    // too many or too few (P11 for P1), counts there.
    if (name.length <= 3)
        return candidate.length === name.length ? 0.5 : 1;
    return Math.max(1, Math.floor(name.length / 3));
}
/** The closest candidate as a message hint (`; did you mean 'EUR'?`) and a fix that replaces `range`. */
export function didYouMean(name, candidates, range, options = {}) {
    const suggestion = closest(name, candidates, options);
    if (!suggestion)
        return { hint: '' };
    return { hint: `; did you mean '${suggestion}'?`, fix: { title: `Change to '${suggestion}'`, edits: [{ range, newText: suggestion }] } };
}
