/**
 * The status vocabulary: what each status of the provider's tool means for the clocks, and the
 * aliases of priorities, tiers and statuses in the data. A contract's `statuses` block replaces the
 * built-in vocabulary below (Dutch and English names as TOPdesk, Jira, Zendesk and ServiceNow use
 * them); a status that neither knows is *unknown*: it changes no clock, and the ticket's clocks
 * are reported as uncertain, never as a silent breach.
 */
import type { RtAlias, RtStatus, RtStatusMeaning, RtTier, RuntimeContract } from '../contract.js';
type Reason = 'customer' | 'third-party';
/** The built-in vocabulary, used when a contract declares no `statuses`. */
export declare const DEFAULT_STATUSES: readonly RtStatus[];
/** A ticket's state after entering a status (NONE: no change). */
export declare const RUNNING = 0;
export declare const PAUSED = 1;
export declare const RESOLVED = 2;
export declare const CLOSED = 3;
export declare const NONE = 4;
export declare const UNKNOWN = 5;
/** How a status acts on one tier's clocks; `rule` is the index of the tier's pause clause (for caps), -1 otherwise. */
export interface StatusEffect {
    state: number;
    rule: number;
}
export declare class Vocabulary {
    readonly statuses: readonly RtStatus[];
    private readonly byName;
    private readonly aliases;
    private readonly effects;
    constructor(contract: RuntimeContract);
    /** The contract name a data value stands for: an alias's target, or the value itself. */
    alias(field: RtAlias['field'], value: string): string;
    /** The declared status a data value means (after aliases), or undefined when unknown. */
    status(value: string): RtStatus | undefined;
    /** Whether a status is known to the contract: declared, or named by a tier's `paused while status`. */
    known(value: string, tier: RtTier): boolean;
    /** What entering `value` does to the clocks of `tier`. */
    effect(value: string, tier: RtTier): StatusEffect;
    private compute;
    /** A status name with this meaning (for scenarios): the first declared, or null. */
    nameFor(meaning: RtStatusMeaning, reason?: Reason | null): string | null;
}
export {};
