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
/** Thrown by `spend()` when this step has used its budget; only `inSteps` catches it. */
class StepBudgetSpent {
    reason = 'step budget spent';
}
let budget = Number.POSITIVE_INFINITY;
/** Call right before computing a costly fact that will be memoised. */
export function spend() {
    if (budget <= 0)
        throw new StepBudgetSpent();
    budget--;
}
export class Abandoned extends Error {
    constructor() {
        super('request abandoned');
    }
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
/** Runs `run` one costly fact per turn of the event loop; throws Abandoned when cancelled. */
export async function inSteps(run, options = {}) {
    const yieldTurn = options.yieldTurn ?? nextTurn;
    for (;;) {
        await yieldTurn();
        if (options.cancelled?.())
            throw new Abandoned();
        const saved = budget;
        budget = 1;
        try {
            return run();
        }
        catch (error) {
            if (!(error instanceof StepBudgetSpent))
                throw error;
        }
        finally {
            budget = saved;
        }
    }
}
