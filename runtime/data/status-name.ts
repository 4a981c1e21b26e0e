/**
 * Status names compare without case, and with runs of spaces, hyphens and underscores as one
 * space. A module of its own: the checker uses it without loading the data validators (and ajv).
 */
export function normaliseStatus(s: string): string {
  let n = statusCache.get(s);
  if (n === undefined) {
    n = s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
    if (statusCache.size >= 1000) statusCache.clear();
    statusCache.set(s, n);
  }
  return n;
}

/** Data uses a handful of statuses over and over; bounded, so unusual data cannot grow it. */
const statusCache = new Map<string, string>();
