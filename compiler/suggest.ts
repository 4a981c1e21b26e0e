/** "Did you mean": the closest known name, if it is close enough to be a plausible typo. */

function distance(a: string, b: string): number {
  // Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    // A difference in case only is the most likely typo of all.
    const score = c.toLowerCase() === lower ? 0.5 : distance(lower, c.toLowerCase());
    if (score < bestScore || (score === bestScore && best !== undefined && c < best)) {
      best = c;
      bestScore = score;
    }
  }
  // Very short names (P1, P2) differ by one character by design: only a case slip counts there.
  const limit = name.length <= 3 ? 0.5 : Math.max(1, Math.floor(name.length / 3));
  return bestScore <= limit ? best : undefined;
}
