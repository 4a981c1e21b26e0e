/**
 * What every part of the engine shares for one evaluation: the contract, its zone and term as
 * instants, business calendars (built once, lazily, for the term), lookups by name, and the
 * formatting of instants and durations. Nothing here reads the clock, the machine's zone or locale.
 */
import { BusinessCalendar } from '../calendar.js';
import type { RtDuration, RtTier, RtObjective, RuntimeContract, RtEscalation } from '../contract.js';
import { ZoneTime } from '../time.js';
import { Vocabulary } from './statuses.js';
import type { ParsedTicket } from '../data/validate.js';
export declare const MINUTE = 60000;
export declare const HOUR = 3600000;
export declare const DAY = 86400000;
/** Records may lie this far outside the term (projections need the rest of the margin). */
export declare const RECORD_MARGIN: number;
/** Clock arithmetic on one calendar, or on wall time when `cal` is null. */
export interface Clock {
    name: string | null;
    cal: BusinessCalendar | null;
}
export declare class Context {
    readonly contract: RuntimeContract;
    readonly language: string;
    readonly zone: ZoneTime;
    /** First instant of the term and first instant after it. */
    readonly termFrom: number;
    readonly termTo: number;
    readonly validFrom: number;
    readonly validTo: number;
    /** First instant after the acceptance period, or the term start when there is none. */
    readonly acceptanceEnd: number;
    readonly tiers: Map<string, RtTier>;
    readonly implicitTier: RtTier | null;
    readonly priorities: Set<string>;
    readonly services: Set<string>;
    readonly objectives: Map<string, RtObjective>;
    private readonly calendars;
    private readonly everyDay;
    /** What the statuses in the data mean, and the aliases of values. */
    readonly vocabulary: Vocabulary;
    constructor(contract: RuntimeContract, language: string);
    private acceptanceEndOf;
    calendar(name: string): BusinessCalendar;
    /** A calendar open every day, all day, in `zone`: its working days are calendar days. */
    allDays(zone: string): BusinessCalendar;
    /** A calendar open during weekly ranges only (a maintenance window), in `zone`. */
    weeklyCalendar(weekly: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, zone: string): BusinessCalendar;
    clock(calendar: string | null): Clock;
    /**
     * The calendar that counts whole days for a duration on `calendar`: the calendar itself for
     * working days; for calendar days, every day in the calendar's zone (or the contract's).
     */
    dayCalendar(d: RtDuration, calendar: string | null): BusinessCalendar;
    /** The instant `d` after `start` (earliest instant the time is used up), counted on `calendar`. */
    addDuration(start: number, d: RtDuration, calendar: string | null): number;
    /**
     * The escalations that apply to a ticket with this priority in force: those naming it, or naming
     * neither priorities nor objectives; given the ticket, only those whose conditions it meets.
     */
    escalationsFor(priority: string, ticket?: ParsedTicket): RtEscalation[];
    fmt(t: number): string;
    text(t: Record<string, string> | null | undefined): string | null;
}
/** `4 business hours`, `30 minutes`, `5 working days`, as the contract writes them. */
export declare function durationText(d: RtDuration): string;
/** Numbers in reports: up to 4 decimals, no locale. */
export declare function fmtNumber(n: number): string;
/** `1 h 30 min`, `45 min`, `20 s`: an amount of time for explanations. */
export declare function msText(ms: number): string;
