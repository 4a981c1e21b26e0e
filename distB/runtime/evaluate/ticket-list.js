export class TicketList {
    include;
    max;
    kept = [];
    selected = 0;
    constructor(include, max) {
        this.include = include;
        this.max = max;
    }
    get selection() {
        return { include: this.include, max: this.max };
    }
    /** Tickets the selection includes that another engine left out of the list (beyond `max`). */
    count(selected) {
        this.selected += selected;
    }
    add(seq, result) {
        if (this.include === 'none')
            return;
        if (this.include === 'exceptions' && !isException(result))
            return;
        this.selected++;
        this.kept.push({ seq, result });
        // Open tickets are decided last, so the first `max` in input order are known only at the end: trim in batches.
        if (this.max !== null && this.kept.length >= 2 * this.max + 1000)
            this.trim();
    }
    trim() {
        this.kept.sort((a, b) => a.seq - b.seq);
        if (this.max !== null && this.kept.length > this.max)
            this.kept.length = this.max;
    }
    finish() {
        this.trim();
        return {
            tickets: this.kept.map((t) => t.result),
            listed: { include: this.include, max: this.max, omitted: this.selected - this.kept.length },
        };
    }
}
const EXCEPTIONAL = new Set(['breached', 'uncertain']);
/** Open, or a clock that breached or that an unknown status leaves uncertain: what a reader must see. */
function isException(r) {
    return (r.open || [r.response, r.resolution, r.nextReply, r.update].some((c) => c !== null && c !== undefined && EXCEPTIONAL.has(c.status)));
}
