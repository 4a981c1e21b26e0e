export const documentStatuses = ['draft', 'final'];
/** The model with the given metadata in place of the source's; the model itself when none is given. */
export function withMetadata(model, meta) {
    if (meta.status === undefined && meta.version === undefined && meta.date === undefined)
        return model;
    return {
        ...model,
        agreement: { ...model.agreement, version: meta.version ?? model.agreement.version },
        revisions: { ...model.revisions, status: meta.status ?? model.revisions.status, date: meta.date ?? model.revisions.date },
    };
}
/** Why `text` is not a document date (`YYYY-MM-DD`, a day that exists), or null when it is one. */
export function invalidDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return 'write it as YYYY-MM-DD, e.g. 2026-12-01';
    // The command line's entry loads no date library: a day that does not exist rolls over (2026-02-30 → 03-02).
    const day = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? null : 'the calendar has no such day';
}
