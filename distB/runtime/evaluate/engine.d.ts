/**
 * The evaluation engine: records go in one at a time (so a stream of millions of tickets runs in
 * constant memory), results come out in a report. Pure: `now` and `period` are inputs, the clock,
 * the machine's zone and its locale are never read.
 *
 *   const ev = new Evaluation(contract, { period: '2026-03' });
 *   for (const t of tickets) ev.addRecord('ticket', t, { file: null, line: null, index: i });
 *   const report = ev.finish();
 *
 * Decided items (resolved tickets, answered contacts) are evaluated when they arrive; undecided
 * ones (open tickets, contacts still waiting) wait for `finish`, where the evaluation instant is
 * known: `now`, or else the latest instant in the data.
 */
import type { RtObjective, RuntimeContract } from '../contract.js';
import type { DataProblem, Dataset, RecordKind, RecordSource } from '../data/types.js';
import { type ParsedContact, type ParsedOutage, type ParsedTicket } from '../data/validate.js';
import { type OutagePiece } from './availability.js';
import { Context } from './context.js';
import { type ObjectivePeriod } from './periods.js';
import { type InputSummary, type ObjectiveResult, type OpenTicket, type RecordRef, type Report, type TicketResult, type TicketSelection, type TicketSummary } from './report.js';
import { type Counts, ShareCounter, type Tally } from './shares.js';
import { type TicketNotification } from './notifications.js';
import type { RtTier } from '../contract.js';
import { ticketSubject } from './conditions.js';
import { TimeStatCounter } from './time-stats.js';
import { TicketQualityCounter } from './reopens.js';
export interface EvaluateOptions {
    /** Report only this period (`2026-03`, `2026-Q1`, `2026`); earlier periods still count towards caps. */
    period?: string | null;
    /** The evaluation instant: open tickets are reported as of then, later events are ignored. ISO with offset, or epoch ms. */
    now?: string | number | null;
    /** Language of titles and roles in the report (default: English, else the contract's wording). */
    language?: string;
    /** Throw a DataError on the first rejected record. */
    strict?: boolean;
    /** How many problems the report lists (all are counted); default 1000. */
    maxProblems?: number;
    /** Receive each ticket's result as soon as it is decided (resolved tickets as they arrive, open ones at the end), with its custom fields. */
    onTicket?: (ticket: TicketResult, fields: Readonly<Record<string, string>>) => void;
    /** Receive every period's objective result at the end, also of periods outside `period` (a report's trend). */
    onObjective?: (result: ObjectiveResult) => void;
    /**
     * Which ticket results the report lists: `all`, `exceptions` (a clock breached, or still open),
     * or `none`. Default: `all`, or `none` with `onTicket`.
     */
    reportTickets?: TicketSelection['include'];
    /** At most this many (the first in input order); the rest are counted. Default: no limit. */
    maxTickets?: number | null;
    /** IANA zone of timestamps without an offset (`Europe/Amsterdam`); without it such a timestamp is an error. */
    dataZone?: string | null;
    /**
     * Another engine evaluates the accepted tickets (the SQL engine, cli/engines): each accepted
     * ticket goes to it instead of the JavaScript clocks, and its results come back with
     * `addTicketResult` before `finish`.
     */
    ticketSink?: (ticket: ParsedTicket, tier: RtTier, source: RecordRef, seq: number) => void;
    /**
     * The same for accepted outages and contacts (the SQL engine): the availability objectives' outage
     * pieces and the percentage objectives' contact counts come back before `finish`, with
     * `setOutagePieces`, `addShareCounts` and the time counters' `addCounts` (averages and percentiles of contact times).
     */
    recordSink?: RecordSink;
}
/** Where accepted outages and contacts go when another engine evaluates them. */
export interface RecordSink {
    outage(outage: ParsedOutage, source: RecordRef): void;
    contact(contact: ParsedContact, source: RecordRef): void;
}
/** A rejected record in strict mode, or unusable options. */
export declare class DataError extends Error {
    readonly problem: DataProblem;
    constructor(problem: DataProblem);
}
export declare class OptionsError extends Error {
}
export type ProblemInput = Omit<DataProblem, 'severity' | 'code' | 'params'> & Partial<Pick<DataProblem, 'severity' | 'code' | 'params'>>;
export declare class Evaluation {
    readonly ctx: Context;
    private readonly now;
    private readonly requested;
    private readonly strict;
    private readonly maxProblems;
    private readonly onTicket;
    private readonly onObjective;
    private readonly ticketSink;
    private readonly recordSink;
    /** Per availability objective, the outage pieces another engine classified (with `recordSink`). */
    private readonly outagePieces;
    private readonly supplied;
    private readonly accepted;
    private readonly rejected;
    private readonly skipped;
    private readonly problems;
    private problemsOmitted;
    private dataFrom;
    private dataTo;
    private dataEnd;
    private seq;
    private readonly tickets;
    private readonly notifications;
    private readonly local;
    private readonly inputs;
    /**
     * The breached ticket clocks that earn a credit per ticket (also outside --period: the caps need
     * the history). Only those: a contract without credits per ticket keeps nothing per ticket.
     */
    private readonly breachedClocks;
    private readonly openTickets;
    private readonly open;
    private readonly summary;
    private readonly unknown;
    private readonly waitingContacts;
    private readonly outages;
    private readonly tallies;
    private readonly shareCounters;
    private readonly qualityCounters;
    private readonly contactObjectives;
    private readonly ticketObjectives;
    private readonly timeCounters;
    private readonly reopenCounters;
    private finished;
    constructor(contract: RuntimeContract, options?: EvaluateOptions);
    /** Marks a kind of data as supplied (an objective on data never supplied has no value rather than 100%). */
    supply(kind: RecordKind): void;
    /**
     * Starts counting the records of one input (a file, or an array of one kind): the report's
     * `data.files` shows, per input, records read = accepted + rejected + skipped.
     */
    beginInput(file: string | null, kind: RecordKind, format: InputSummary['format']): InputSummary;
    endInput(): void;
    /**
     * Reports a problem found while reading or checking a record. One with a `kind` is a record that
     * could not be read (it counts as read and rejected); without, a problem of the file.
     */
    problem(p: ProblemInput): void;
    private report;
    /** Adds one raw record (as read from JSON/NDJSON/CSV); returns whether it was accepted. */
    addRecord(kind: RecordKind, raw: unknown, where: RecordSource): boolean;
    /** Adds counts stated as such (scenarios, or pre-aggregated contact statistics). */
    addTally(t: Tally): void;
    private reject;
    private accept;
    /**
     * A second record with an id already accepted: a warning naming both places, and the record is
     * skipped. The first wins: a stream cannot take back what it has already counted.
     */
    private duplicate;
    private ref;
    private inRange;
    private outOfRange;
    private rangeMessage;
    private seeRange;
    private seeEnd;
    private addTicket;
    private finishTicket;
    /** The ticket's breached clocks that earn a credit per ticket (their band), for the incident credits. */
    private noteTicketCredits;
    /**
     * A ticket result of another engine (`ticketSink`), counted and listed as if evaluated here;
     * `open`: its entry in the open list (`now`); `subject`: what the bands of credits per ticket ask about it.
     */
    addTicketResult(result: TicketResult, created: number, seq: number, open?: OpenTicket | null, subject?: Parameters<typeof ticketSubject>[0] | null): void;
    /**
     * Records another engine read and checked itself (the SQL engine's clean rows, which the checks
     * here would accept unchanged): accepted into the current input of `kind`, with the instants
     * they add to the data's range (earliest and latest creation, latest instant of all).
     */
    addCheckedRecords(kind: RecordKind, count: number, range: {
        from: number;
        to: number;
        end: number;
    } | null): void;
    /**
     * What the report lists of the tickets, for an engine that selects them itself: the selection,
     * the period they must be created in (--period), and whether every result is wanted (`onTicket`).
     */
    ticketListing(): {
        include: TicketSelection['include'];
        max: number | null;
        period: {
            from: number;
            to: number;
        } | null;
        each: boolean;
    };
    /**
     * Ticket results another engine counted itself instead of handing them to `addTicketResult`
     * (they are not listed): their counts in the summary, and how many of them the selection includes.
     */
    addTicketCounts(counts: TicketSummary, selected: number): void;
    /**
     * The notifications of the tickets another engine evaluated itself (`ticketSink`): its earliest,
     * at most the list's length, each with its ticket's `seq`, and how many later ones it left out.
     */
    addNotifications(earliest: ReadonlyArray<{
        seq: number;
        n: TicketNotification;
    }>, later: number): void;
    /** `now` (`--now`), or null: the instant open tickets are listed at. */
    nowInstant(): number | null;
    /**
     * The counter of an objective, for another engine (`ticketSink`) to add what it counted with the
     * counter's `addCounts` (per unit of the objective's period; a percentile's time per period with `setRanked`).
     */
    counterOf(objective: string): ShareCounter | TimeStatCounter | TicketQualityCounter | undefined;
    private listTicket;
    private addContact;
    private addOutage;
    private addMeasurement;
    /** `{"objective": "phone", "period": "2026-03", "forecast": 12000}`: the volume an `excluding volume above … of forecast` objective is allowed. */
    private addForecast;
    /** The instant open items are evaluated at: `now`, else the latest instant in the data (known once every record is in). */
    evaluationInstant(): number;
    finish(): Report;
    /** The periods `finish` evaluates an objective in: those the data touches and the one requested (known once every record is in). */
    periodsOf(o: RtObjective): ObjectivePeriod[];
    /** The forecasts read for a percentage objective, per period index of its unit. */
    forecasts(objective: string): ReadonlyMap<number, number>;
    /** Counts of another engine (`recordSink`) for a percentage objective's period index, the volume rule applied. */
    addShareCounts(objective: string, index: number, counts: Counts): void;
    /** The outage pieces of an availability objective another engine classified (`recordSink`), in input order. */
    setOutagePieces(objective: string, pieces: readonly OutagePiece[]): void;
    private reportedMonth;
    private reported;
    /** Tallies per share objective: counts added to the objective's period indexes. */
    private applyTallies;
    private evaluateObjective;
}
/** Evaluates a whole dataset in memory: the function a compiled module exports. */
export declare function evaluate(contract: RuntimeContract, data: Dataset, options?: EvaluateOptions): Report;
