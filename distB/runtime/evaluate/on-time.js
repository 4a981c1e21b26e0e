const clockOf = {
    responded: (r) => r.response,
    resolved: (r) => r.resolution,
    replied: (r) => r.nextReply,
    updated: (r) => r.update,
};
export function onTimeOutcome(result, event) {
    const clock = clockOf[event]?.(result) ?? null;
    if (clock === null)
        return (event === 'replied' || event === 'updated') && !result.open ? 'not-owed' : 'pending';
    // Unknown statuses count as changing nothing (they are reported).
    const status = clock.assumed ?? clock.status;
    return status === 'met' ? 'hit' : status === 'breached' ? 'miss' : 'pending';
}
