/** How a status name from the data is compared with the contract's: a module of its own, so the checker can use it without the data readers. */
/** Status names compare without case, and with runs of spaces, hyphens and underscores as one space. */
export function normaliseStatus(s) {
    let n = statusCache.get(s);
    if (n === undefined) {
        n = s
            .trim()
            .toLowerCase()
            .replace(/[\s_-]+/g, ' ');
        if (statusCache.size >= 1000)
            statusCache.clear();
        statusCache.set(s, n);
    }
    return n;
}
/** Data uses a handful of statuses over and over; bounded, so unusual data cannot grow it. */
const statusCache = new Map();
