/**
 * Where each record id was first read, to find duplicates in a stream of millions of records
 * without keeping the ids: a 53-bit fingerprint of the id and the place it was read, in an
 * open-addressing table of typed arrays (16 bytes per id, about 32 MB for a million ids at the
 * table's load). Two different ids share a fingerprint with a chance of about 1 in 10^10 for a
 * million ids; the warning then names both places, so even that case is visible.
 */
export class SeenIds {
    keys = new Float64Array(1 << 12);
    places = new Float64Array(1 << 12);
    size = 0;
    /** The place recorded for `id`, or -1 after recording `place` for it. */
    firstOrAdd(id, place) {
        if (this.size * 4 >= this.keys.length * 3)
            this.grow();
        const key = fingerprint(id);
        const mask = this.keys.length - 1;
        for (let i = key % this.keys.length;; i = (i + 1) & mask) {
            const k = this.keys[i];
            if (k === 0) {
                this.keys[i] = key;
                this.places[i] = place;
                this.size++;
                return -1;
            }
            if (k === key)
                return this.places[i];
        }
    }
    grow() {
        const keys = this.keys;
        const places = this.places;
        this.keys = new Float64Array(keys.length * 2);
        this.places = new Float64Array(keys.length * 2);
        const mask = this.keys.length - 1;
        for (let j = 0; j < keys.length; j++) {
            const k = keys[j];
            if (k === 0)
                continue;
            let i = k % this.keys.length;
            while (this.keys[i] !== 0)
                i = (i + 1) & mask;
            this.keys[i] = k;
            this.places[i] = places[j];
        }
    }
}
/** cyrb53 (a public-domain 53-bit string hash), plus one so that 0 means "empty". */
function fingerprint(s) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0) + 1;
}
