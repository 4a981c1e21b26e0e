import { normaliseStatus } from '../data/status-name.js';
const entry = (meaning, reason, names) => names.map((name) => ({ name, meaning, reason, line: 0 }));
/** The built-in vocabulary, used when a contract declares no `statuses`. */
export const DEFAULT_STATUSES = [
    ...entry('starts', null, [
        'new',
        'open',
        'opened',
        'in progress',
        'assigned',
        'active',
        'work in progress',
        'investigating',
        'acknowledged',
    ]),
    ...entry('starts', null, ['nieuw', 'open', 'in behandeling', 'toegewezen', 'geaccepteerd', 'in uitvoering']),
    ...entry('pauses', 'customer', [
        'waiting for customer',
        'waiting on customer',
        'awaiting customer',
        'pending customer',
        'pending',
        'waiting for user',
        'awaiting user info',
    ]),
    ...entry('pauses', 'customer', [
        'wacht op klant',
        'wacht op gebruiker',
        'wacht op aanvrager',
        'wacht op melder',
        'in afwachting van klant',
    ]),
    ...entry('pauses', 'third-party', [
        'waiting for third party',
        'waiting on third party',
        'awaiting third party',
        'pending third party',
        'waiting for supplier',
        'waiting for vendor',
        'on hold',
    ]),
    ...entry('pauses', 'third-party', ['wacht op leverancier', 'wacht op derden', 'wacht op externe partij']),
    ...entry('resolves', null, ['resolved', 'solved', 'done', 'fixed', 'completed']),
    ...entry('resolves', null, ['opgelost', 'afgehandeld', 'gereed']),
    ...entry('closes', null, ['closed', 'cancelled', 'canceled']),
    ...entry('closes', null, ['gesloten', 'afgesloten', 'geannuleerd']),
    ...entry('reopens', null, ['reopened', 'heropend']),
];
/** A ticket's state after entering a status (NONE: no change). */
export const RUNNING = 0;
export const PAUSED = 1;
export const RESOLVED = 2;
export const CLOSED = 3;
export const NONE = 4;
export const UNKNOWN = 5;
export class Vocabulary {
    statuses;
    byName = new Map();
    aliases = { priority: new Map(), tier: new Map(), status: new Map() };
    effects = new Map();
    constructor(contract) {
        this.statuses = contract.statuses ?? DEFAULT_STATUSES;
        for (const s of this.statuses)
            if (!this.byName.has(normaliseStatus(s.name)))
                this.byName.set(normaliseStatus(s.name), s);
        for (const a of contract.aliases ?? [])
            this.aliases[a.field].set(normaliseStatus(a.value), a.target);
    }
    /** The contract name a data value stands for: an alias's target, or the value itself. */
    alias(field, value) {
        return this.aliases[field].size === 0 ? value : (this.aliases[field].get(normaliseStatus(value)) ?? value);
    }
    /** The declared status a data value means (after aliases), or undefined when unknown. */
    status(value) {
        return this.byName.get(normaliseStatus(this.alias('status', value)));
    }
    /** Whether a status is known to the contract: declared, or named by a tier's `paused while status`. */
    known(value, tier) {
        return this.effect(value, tier).state !== UNKNOWN;
    }
    /** What entering `value` does to the clocks of `tier`. */
    effect(value, tier) {
        let table = this.effects.get(tier);
        if (!table) {
            table = new Map();
            this.effects.set(tier, table);
        }
        let e = table.get(value);
        if (e === undefined) {
            e = this.compute(value, tier.pauses);
            if (table.size >= 1000)
                table.clear();
            table.set(value, e);
        }
        return e;
    }
    compute(value, pauses) {
        const name = normaliseStatus(this.alias('status', value));
        // A status the tier names in `paused while status "…"` pauses, whatever the vocabulary says.
        const named = pauses.findIndex((p) => p.condition === 'status' && p.status !== null && normaliseStatus(p.status) === name);
        if (named >= 0)
            return { state: PAUSED, rule: named };
        const s = this.byName.get(name);
        if (!s)
            return { state: UNKNOWN, rule: -1 };
        switch (s.meaning) {
            case 'starts':
            case 'reopens':
                return { state: RUNNING, rule: -1 };
            case 'pauses': {
                if (s.reason === null)
                    return { state: PAUSED, rule: -1 };
                const rule = pauses.findIndex((p) => p.condition === s.reason);
                return rule >= 0 ? { state: PAUSED, rule } : { state: RUNNING, rule: -1 };
            }
            case 'resolves':
                return { state: RESOLVED, rule: -1 };
            case 'closes':
                return { state: CLOSED, rule: -1 };
            case 'none':
                return { state: NONE, rule: -1 };
        }
    }
    /** A status name with this meaning (for scenarios): the first declared, or null. */
    nameFor(meaning, reason = null) {
        return this.statuses.find((s) => s.meaning === meaning && (reason === null || s.reason === reason))?.name ?? null;
    }
}
