/**
 * Where each record id was first read, to find duplicates in a stream of millions of records
 * without keeping the ids: a 53-bit fingerprint of the id and the place it was read, in an
 * open-addressing table of typed arrays (16 bytes per id, about 32 MB for a million ids at the
 * table's load). Two different ids share a fingerprint with a chance of about 1 in 10^10 for a
 * million ids; the warning then names both places, so even that case is visible.
 */
export declare class SeenIds {
    private keys;
    private places;
    private size;
    /** The place recorded for `id`, or -1 after recording `place` for it. */
    firstOrAdd(id: string, place: number): number;
    private grow;
}
