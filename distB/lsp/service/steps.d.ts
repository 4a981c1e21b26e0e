/**
 * Long answers in short steps, so that no request holds up the diagnostics of an edit.
 *
 * A request that may need costly facts (a clause's wording with its allowed downtime per
 * measurement window, public holidays over a term) is written as plain synchronous code; each
 * costly fact is memoised and announced with `spend()` just before it is computed. `inSteps` runs
 * such a request with a budget of one costly fact: when the request reaches a second uncached one,
 * `spend()` aborts the run, the event loop gets a turn (a pending edit is validated and published),
 * and the request runs again, now finding the first fact cached. Called directly (tests, the
 * command line) the budget is unlimited and nothing is ever aborted.
 */
/** Call right before computing a costly fact that will be memoised. */
export declare function spend(): void;
export interface StepOptions {
    /** Checked between steps; true abandons the request. */
    cancelled?: () => boolean;
    /** Gives the event loop a turn (default: setImmediate). */
    yieldTurn?: () => Promise<void>;
}
export declare class Abandoned extends Error {
    constructor();
}
/** Runs `run` one costly fact per turn of the event loop; throws Abandoned when cancelled. */
export declare function inSteps<T>(run: () => T, options?: StepOptions): Promise<T>;
