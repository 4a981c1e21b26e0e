/** The slac grammar as a pure chevrotain CstParser: no actions, meaning lives in build-ast.ts. */
import { CstParser, type CstNode, type IToken, type TokenType } from 'chevrotain';
export declare class SlacParser extends CstParser {
    /**
     * `validate` runs chevrotain's grammar validations (ambiguities, left recursion …). They cost
     * about a third of the start-up of every `slac` command and find nothing at run time once the
     * grammar is right, so only the tests ask for them (test/grammar/validations.test.ts).
     */
    constructor(options?: {
        validate?: boolean;
    });
    /** Per follow set: the last answer of `findReSyncTokenType`, valid from any position in [from, match). */
    private resyncs;
    reset(): void;
    /**
     * Chevrotain looks for the next token that may follow the current rule by scanning forward from
     * the current token, every time it recovers; at the top level only the end of the file follows,
     * so each mistake scanned to the end (5,000 mistakes took seconds). The first match at or after
     * a position is also the first match from any later position up to it: remember it.
     */
    protected findReSyncTokenType(): TokenType;
    /** The repetition that an outer recovery resumes, and how a tail call asks it to resume again. */
    private resuming;
    /**
     * Chevrotain resumes a repetition after skipping tokens by calling the repetition again from
     * inside its recovery, so every recovered mistake in one block costs stack frames, and 5,000
     * broken lines overflowed the stack. Here the outermost recovery of a repetition resumes it in a
     * loop; a recovery of the same repetition at its tail only asks for another round.
     */
    protected tryInRepetitionRecovery(rule: Repetition, args: unknown[], lookahead: () => boolean, expected: TokenType): void;
    document: import("chevrotain").ParserMethod<[], CstNode>;
    declaration: import("chevrotain").ParserMethod<[], CstNode>;
    /** `import "shared.sla"`, `import calendar office, always and priority P1 from "shared.sla"` */
    importDecl: import("chevrotain").ParserMethod<[], CstNode>;
    /** `calendar office`, `office` (the kind of the item before), `priority matrix`, `statuses`, `party provider` */
    importItem: import("chevrotain").ParserMethod<[], CstNode>;
    /** `field team nl "Team" en "Team" values "Netwerk", "Werkplek" { text … }` */
    field: import("chevrotain").ParserMethod<[], CstNode>;
    /** `for priority P1, P2`, `for tier Gold`, `for language nl`, `for channel phone`, `for team "Netwerk", "Werkplek"` */
    condition: import("chevrotain").ParserMethod<[], CstNode>;
    /** `"Gold"` or `nl "Kritiek" en "Critical"`. */
    textParts: import("chevrotain").ParserMethod<[], CstNode>;
    textPart: import("chevrotain").ParserMethod<[], CstNode>;
    textStmt: import("chevrotain").ParserMethod<[], CstNode>;
    private block;
    identList: import("chevrotain").ParserMethod<[], CstNode>;
    zone: import("chevrotain").ParserMethod<[], CstNode>;
    onCalendar: import("chevrotain").ParserMethod<[], CstNode>;
    /** Any value; the checker decides whether its unit fits the place. */
    value: import("chevrotain").ParserMethod<[], CstNode>;
    unit: import("chevrotain").ParserMethod<[], CstNode>;
    /** `per month`, `per 12 months` */
    period: import("chevrotain").ParserMethod<[], CstNode>;
    direction: import("chevrotain").ParserMethod<[], CstNode>;
    dateTime: import("chevrotain").ParserMethod<[], CstNode>;
    periodLit: import("chevrotain").ParserMethod<[], CstNode>;
    agreement: import("chevrotain").ParserMethod<[], CstNode>;
    agreementStmt: import("chevrotain").ParserMethod<[], CstNode>;
    service: import("chevrotain").ParserMethod<[], CstNode>;
    list: import("chevrotain").ParserMethod<[], CstNode>;
    calendar: import("chevrotain").ParserMethod<[], CstNode>;
    calendarStmt: import("chevrotain").ParserMethod<[], CstNode>;
    hours: import("chevrotain").ParserMethod<[], CstNode>;
    /** `monday to friday`, `monday, wednesday and friday` */
    daySpans: import("chevrotain").ParserMethod<[], CstNode>;
    /** `08:00 to 12:00 and 13:00 to 17:00` */
    timeRanges: import("chevrotain").ParserMethod<[], CstNode>;
    daySpan: import("chevrotain").ParserMethod<[], CstNode>;
    weekday: import("chevrotain").ParserMethod<[], CstNode>;
    timeRange: import("chevrotain").ParserMethod<[], CstNode>;
    closed: import("chevrotain").ParserMethod<[], CstNode>;
    /** `open on 2026-12-24, 2026-12-31 08:00 to 12:00`, `open on public holidays 10:00 to 16:00` */
    openOn: import("chevrotain").ParserMethod<[], CstNode>;
    priority: import("chevrotain").ParserMethod<[], CstNode>;
    matrix: import("chevrotain").ParserMethod<[], CstNode>;
    matrixStmt: import("chevrotain").ParserMethod<[], CstNode>;
    targets: import("chevrotain").ParserMethod<[], CstNode>;
    tier: import("chevrotain").ParserMethod<[], CstNode>;
    targetStmt: import("chevrotain").ParserMethod<[], CstNode>;
    /** `clocks start at creation | assignment | status "…"` */
    clockStart: import("chevrotain").ParserMethod<[], CstNode>;
    /** The clock a warning or an expectation is about: `response`, `resolution`, `next reply`, `update`. */
    clockKind: import("chevrotain").ParserMethod<[], CstNode>;
    statuses: import("chevrotain").ParserMethod<[], CstNode>;
    /**
     * `"Wacht op klant", "Wacht op aanvrager" pauses waiting for customer`. The meanings are words,
     * not keywords, so that contracts may keep names such as `reopens`; the checker knows them.
     */
    statusStmt: import("chevrotain").ParserMethod<[], CstNode>;
    aliases: import("chevrotain").ParserMethod<[], CstNode>;
    /** `priority "1 - Kritiek" is P1`, `tier "Premium" is Gold`, `status "Klaar" is "Opgelost"` */
    aliasStmt: import("chevrotain").ParserMethod<[], CstNode>;
    defaultCalendar: import("chevrotain").ParserMethod<[], CstNode>;
    objective: import("chevrotain").ParserMethod<[], CstNode>;
    objectiveStmt: import("chevrotain").ParserMethod<[], CstNode>;
    availability: import("chevrotain").ParserMethod<[], CstNode>;
    share: import("chevrotain").ParserMethod<[], CstNode>;
    verb: import("chevrotain").ParserMethod<[], CstNode>;
    /** `average resolution time at most 8 business hours per month on office`, `90th percentile of response time …`, `average answer time of calls …` */
    timeStat: import("chevrotain").ParserMethod<[], CstNode>;
    quality: import("chevrotain").ParserMethod<[], CstNode>;
    exclusion: import("chevrotain").ParserMethod<[], CstNode>;
    /** Causes of downtime that an availability objective may exclude and a scenario outage may have. */
    cause: import("chevrotain").ParserMethod<[], CstNode>;
    credits: import("chevrotain").ParserMethod<[], CstNode>;
    creditTerms: import("chevrotain").ParserMethod<[], CstNode>;
    bonus: import("chevrotain").ParserMethod<[], CstNode>;
    ladderStmt: import("chevrotain").ParserMethod<[], CstNode>;
    amount: import("chevrotain").ParserMethod<[], CstNode>;
    escalation: import("chevrotain").ParserMethod<[], CstNode>;
    escalationStmt: import("chevrotain").ParserMethod<[], CstNode>;
    step: import("chevrotain").ParserMethod<[], CstNode>;
    reporting: import("chevrotain").ParserMethod<[], CstNode>;
    report: import("chevrotain").ParserMethod<[], CstNode>;
    /** `underpinning nl "…" en "…" { agreement network "ola-network.sla" … }` */
    underpinning: import("chevrotain").ParserMethod<[], CstNode>;
    underpinningStmt: import("chevrotain").ParserMethod<[], CstNode>;
    /** `hardware tier Spoed after 30 minutes on office` */
    underpinningLevel: import("chevrotain").ParserMethod<[], CstNode>;
    componentObjective: import("chevrotain").ParserMethod<[], CstNode>;
    scenario: import("chevrotain").ParserMethod<[], CstNode>;
    scenarioStmt: import("chevrotain").ParserMethod<[], CstNode>;
    ticket: import("chevrotain").ParserMethod<[], CstNode>;
    ticketEvent: import("chevrotain").ParserMethod<[], CstNode>;
    outage: import("chevrotain").ParserMethod<[], CstNode>;
    contacts: import("chevrotain").ParserMethod<[], CstNode>;
    measured: import("chevrotain").ParserMethod<[], CstNode>;
    expect: import("chevrotain").ParserMethod<[], CstNode>;
    /** `ticket T1 resolution`, `outage of uptime from 2026-03-10 02:00`: one credit per incident. */
    incidentSubject: import("chevrotain").ParserMethod<[], CstNode>;
    /** `improvement plan for uptime in 2026-05`, `termination for uptime none` (after `expect`). */
    breachExpectation: import("chevrotain").ParserMethod<[], CstNode>;
    outcome: import("chevrotain").ParserMethod<[], CstNode>;
    party: import("chevrotain").ParserMethod<[], CstNode>;
    partyStmt: import("chevrotain").ParserMethod<[], CstNode>;
    legal: import("chevrotain").ParserMethod<[], CstNode>;
    legalStmt: import("chevrotain").ParserMethod<[], CstNode>;
    /** `court "Rechtbank Midden-Nederland"`, `mediation`, `arbitration "Nederlands Arbitrage Instituut"`. */
    forum: import("chevrotain").ParserMethod<[], CstNode>;
    /** `after 3 consecutive breaches`, `after 4 breaches in 12 months`, or both joined by `or`. */
    breachRule: import("chevrotain").ParserMethod<[], CstNode>;
    breachWindow: import("chevrotain").ParserMethod<[], CstNode>;
    /** `revisions { status draft  date 2026-01-15  change "1.3" 2026-01-15 nl "…" en "…" }` */
    revisions: import("chevrotain").ParserMethod<[], CstNode>;
    revisionStmt: import("chevrotain").ParserMethod<[], CstNode>;
    incidentCredits: import("chevrotain").ParserMethod<[], CstNode>;
    incidentCreditStmt: import("chevrotain").ParserMethod<[], CstNode>;
}
type Repetition = (...args: unknown[]) => void;
/** One parser instance is reused: chevrotain parsers are stateful but reset by setting `input`. */
export declare const parser: SlacParser;
export type { IToken };
