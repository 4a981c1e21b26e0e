/**
 * Pause caps: `paused while waiting for customer, at most 5 working days per ticket`. The paused
 * time of one pause clause is added up in time order over the ticket (on the clock's calendar: open
 * time for hours, whole working days for working days, real time without a calendar); once the cap
 * is used up, the rest of that clause's pauses count as running time. Each clause has its own cap.
 */
import type { RtTarget, RtTier } from '../contract.js';
import type { Context } from './context.js';
import type { Timeline } from './tickets.js';
export declare function applyPauseCaps(ctx: Context, tl: Timeline, tier: RtTier, target: RtTarget): Timeline;
