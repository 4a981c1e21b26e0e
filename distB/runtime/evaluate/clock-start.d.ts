/**
 * Where a tier's response and resolution clocks start (`clocks start at …`): at creation (the
 * default), at the first assignment, or when the ticket first enters a named status. Before its
 * start a clock counts nothing, neither running nor paused time.
 */
import type { RtTier } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Timeline } from './tickets.js';
import type { Vocabulary } from './statuses.js';
/** The start instant by `asOf`, or null when the start condition has not happened yet. */
export declare function clockStart(t: ParsedTicket, tier: RtTier, vocabulary: Vocabulary, asOf: number): number | null;
/** The timeline as seen by a clock that starts at `from`. */
export declare function clipTimeline(tl: Timeline, from: number): Timeline;
