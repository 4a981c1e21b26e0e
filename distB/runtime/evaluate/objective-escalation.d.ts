/**
 * Failing objectives escalate too: an escalation that names an objective (`for objective uptime`)
 * escalates each measurement period in which the objective was missed. Its steps count from the
 * end of that period — when the miss is established — on each step's calendar; a step is reached
 * when its time has come by the evaluation instant, and the next step is reported with its instant.
 */
import type { RtObjective } from '../contract.js';
import type { Context } from './context.js';
import type { EscalationReached } from './report.js';
export declare function escalateObjective(ctx: Context, o: RtObjective, periodEnd: number, asOf: number): EscalationReached[];
