/**
 * The slac abstract syntax tree: faithful to the source (statement order, raw spellings), with a
 * source range on every node. Name resolution, defaults and derived facts live in the compiler's
 * model, not here. The JSON form of this tree is described by `grammar/ast.schema.json`.
 */
import type { Range } from '../diagnostics/index.js';
export type { Position, Range } from '../diagnostics/index.js';
import type { IncidentExpectation, LegalDecl, OutageCreditsDecl, PartyDecl, RevisionsDecl, TicketCreditsDecl } from './ast-legal.js';
export type * from './ast-legal.js';
import type { UnderpinningDecl } from './ast-underpinning.js';
export type * from './ast-underpinning.js';
interface NodeBase {
    range: Range;
}
/** A name: where it is declared or where it is referenced. */
export interface Ident extends NodeBase {
    kind: 'Ident';
    name: string;
}
export interface StringLit extends NodeBase {
    kind: 'String';
    value: string;
}
/** One string of a text: `nl "…"`, or a language-neutral string (lang null) such as a proper name. */
export interface TextPart extends NodeBase {
    kind: 'TextPart';
    lang: string | null;
    value: string;
}
/** Contract wording: `text nl "…" en "…"`, or a title `"Gold"` / `nl "Kritiek" en "Critical"`. */
export interface Text extends NodeBase {
    kind: 'Text';
    parts: TextPart[];
}
export interface NumberLit extends NodeBase {
    kind: 'Number';
    value: number;
    raw: string;
}
export interface Percentage extends NodeBase {
    kind: 'Percentage';
    /** 99.9 for `99.9%`. */
    value: number;
    raw: string;
}
export interface Money extends NodeBase {
    kind: 'Money';
    /** ISO 4217 code as written, e.g. EUR. */
    currency: string;
    /** Amount in minor units (cents) to keep arithmetic exact. */
    minor: number;
    raw: string;
}
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
/**
 * How a duration is counted:
 * - `elapsed`: plain time (`30 seconds`, `4 hours`); on a calendar it counts that calendar's open time;
 * - `business`: open time of the calendar in force (`4 business hours`), a calendar is required;
 * - `working`: whole working days of the calendar in force (`5 working days`);
 * - `calendar`: calendar days regardless of opening hours (`2 calendar days`).
 */
export type DurationClock = 'elapsed' | 'business' | 'working' | 'calendar';
export interface Duration extends NodeBase {
    kind: 'Duration';
    value: number;
    raw: string;
    unit: TimeUnit;
    clock: DurationClock;
}
/** `8 out of 10` */
export interface Score extends NodeBase {
    kind: 'Score';
    value: number;
    raw: string;
    outOf: number;
    /** `outOf` as written (the formatter prints the source's own number text). */
    outOfRaw: string;
}
/** `2 per 100 tasks` */
export interface Rate extends NodeBase {
    kind: 'Rate';
    count: number;
    raw: string;
    per: number;
    /** `per` as written. */
    perRaw: string;
    /** What is counted per, e.g. `tasks`. */
    noun: string;
}
/** ISO local date `2026-01-01` (not checked for existence here: that is the checker's job). */
export interface DateLit extends NodeBase {
    kind: 'Date';
    value: string;
}
/** Local wall-clock time `08:00`; `24:00` is allowed as the end of a day. */
export interface TimeLit extends NodeBase {
    kind: 'Time';
    value: string;
    /** Minutes since midnight. */
    minutes: number;
}
/** Local date and time `2026-03-06 17:00`, read in the scenario's time zone. */
export interface DateTimeLit extends NodeBase {
    kind: 'DateTime';
    date: string;
    time: string;
}
/** A measurement period named in a scenario: `2026-03`, `2026-Q1`, `2026`. */
export interface PeriodLit extends NodeBase {
    kind: 'PeriodLit';
    value: string;
    period: 'month' | 'quarter' | 'year';
}
export type Value = NumberLit | Percentage | Money | Duration | Score | Rate;
export type MeasurementPeriod = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** `per month`, or a rolling window `per 12 months`. */
export interface PeriodSpec extends NodeBase {
    kind: 'Period';
    unit: MeasurementPeriod;
    /** Count for rolling windows (`per 12 months` → 12); 1 for `per month`. */
    count: number;
    /** `count` as written; null for `per month`. */
    countRaw: string | null;
    rolling: boolean;
}
export type Declaration = AgreementDecl | ServiceDecl | ListDecl | CalendarDecl | PriorityDecl | MatrixDecl | TargetsDecl | TierDecl | ObjectiveDecl | CreditsDecl | CreditTermsDecl | BonusDecl | EscalationDecl | ReportingDecl | UnderpinningDecl | ScenarioDecl | StatusesDecl | AliasesDecl | PartyDecl | LegalDecl | OutageCreditsDecl | TicketCreditsDecl | RevisionsDecl | FieldDecl | ImportDecl;
export interface Document extends NodeBase {
    kind: 'Document';
    declarations: Declaration[];
}
/** `text nl "…" en "…"` inside any block: wording that goes into the contract. */
export interface TextStmt extends NodeBase {
    kind: 'TextStmt';
    text: Text;
}
export interface AgreementDecl extends NodeBase {
    kind: 'Agreement';
    title: Text;
    body: AgreementStmt[];
}
export type AgreementKind = 'customer' | 'internal' | 'multilevel';
export type AgreementStmt = {
    kind: 'Provider';
    range: Range;
    name: StringLit;
} | {
    kind: 'Customer';
    range: Range;
    name: StringLit;
} | {
    kind: 'AgreementKind';
    range: Range;
    value: AgreementKind;
} | {
    kind: 'Version';
    range: Range;
    value: StringLit;
} | {
    kind: 'Term';
    range: Range;
    from: DateLit;
    to: DateLit;
} | {
    kind: 'Fee';
    range: Range;
    amount: Value;
    period: 'month' | 'quarter' | 'year';
} | {
    kind: 'Languages';
    range: Range;
    languages: Ident[];
} | {
    kind: 'Review';
    range: Range;
    every: Value;
} | {
    kind: 'GoverningLaw';
    range: Range;
    country: Ident;
} | {
    kind: 'ChangeProcedure';
    range: Range;
    text: Text;
} | {
    kind: 'AcceptancePeriod';
    range: Range;
    duration: Value;
} | {
    kind: 'TimeZone';
    range: Range;
    zone: Ident;
} | TextStmt;
/** `service Platform "SaaS platform" { text … }` */
export interface ServiceDecl extends NodeBase {
    kind: 'Service';
    name: Ident;
    title: Text | null;
    body: TextStmt[];
}
/** `exclusions { text … }` and `customer responsibilities { text … }`: numbered lists in the contract. */
export interface ListDecl extends NodeBase {
    kind: 'List';
    list: 'exclusions' | 'responsibilities';
    items: TextStmt[];
}
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export interface DaySpan extends NodeBase {
    kind: 'DaySpan';
    from: Weekday;
    /** Equal to `from` for a single day. */
    to: Weekday;
}
export interface TimeRange extends NodeBase {
    kind: 'TimeRange';
    from: TimeLit;
    to: TimeLit;
}
export interface CalendarDecl extends NodeBase {
    kind: 'Calendar';
    name: Ident;
    title: Text | null;
    body: CalendarStmt[];
}
export type CalendarStmt = {
    kind: 'TimeZone';
    range: Range;
    zone: Ident;
}
/** `monday to friday 08:00 to 18:00`, `every day`, `saturday and sunday 09:00 to 12:00 and 13:00 to 17:00`. */
 | {
    kind: 'Hours';
    range: Range;
    everyDay: boolean;
    days: DaySpan[];
    hours: TimeRange[];
}
/** `closed on public holidays NL` or `… DE region BY`. */
 | {
    kind: 'Holidays';
    range: Range;
    country: Ident;
    region: Ident | null;
}
/** `closed on 2026-12-24, 2026-12-31` */
 | {
    kind: 'ClosedDates';
    range: Range;
    dates: DateLit[];
} | SpecialHoursStmt | TextStmt;
export interface PriorityDecl extends NodeBase {
    kind: 'Priority';
    name: Ident;
    title: Text | null;
    body: TextStmt[];
}
/** `priority matrix { impact levels …  urgency levels …  high impact and high urgency is P1 }` */
export interface MatrixDecl extends NodeBase {
    kind: 'Matrix';
    body: MatrixStmt[];
}
export type MatrixStmt = {
    kind: 'Levels';
    range: Range;
    axis: 'impact' | 'urgency';
    levels: Ident[];
} | {
    kind: 'Cell';
    range: Range;
    impact: Ident;
    urgency: Ident;
    priority: Ident;
} | TextStmt;
/** The ticket clocks: first response, next reply (after each customer message), periodic update, resolution. */
export type TargetKind = 'response' | 'resolution' | 'next-reply' | 'update';
/** `response P1 within 30 minutes`, `next reply P1 within 2 business hours`, `update P1 every 2 hours`. */
export interface TargetStmt extends NodeBase {
    kind: 'Target';
    target: TargetKind;
    priorities: Ident[];
    /** The allowed time (for `update`: the longest time between two updates). */
    within: Value;
    calendar: Ident | null;
    /** `… for team "Netwerk"`: the target applies only to the tickets that match every condition. */
    conditions: ConditionStmt[];
}
/** `clocks start at creation`, `… at assignment`, `… at status "In behandeling"`. */
export interface ClockStartStmt extends NodeBase {
    kind: 'ClockStart';
    at: 'creation' | 'assignment' | 'status';
    status: StringLit | null;
}
export type PauseCondition = 'customer' | 'third-party' | 'status';
export interface PauseStmt extends NodeBase {
    kind: 'Pause';
    condition: PauseCondition;
    /** The ticket status that pauses the clock, for `paused while status "on hold"`. */
    status: StringLit | null;
    /** `…, at most 5 working days per ticket`: paused time beyond the cap counts. */
    cap: Value | null;
}
/** `calendar office` inside a targets or tier block: the calendar targets run on unless they name one. */
export interface DefaultCalendarStmt extends NodeBase {
    kind: 'DefaultCalendar';
    calendar: Ident;
}
export type TargetBlockStmt = TargetStmt | PauseStmt | ClockStartStmt | DefaultCalendarStmt | TextStmt;
/** `targets { … }`: the defaults every tier starts from. */
export interface TargetsDecl extends NodeBase {
    kind: 'Targets';
    body: TargetBlockStmt[];
}
export interface TierDecl extends NodeBase {
    kind: 'Tier';
    name: Ident;
    title: Text | null;
    body: TargetBlockStmt[];
}
export type Direction = 'at least' | 'at most';
/** `availability of service Platform at least 99.9% per month on always` */
export interface AvailabilityMeasure extends NodeBase {
    kind: 'Availability';
    service: Ident;
    direction: Direction;
    target: Value;
    period: PeriodSpec | null;
    calendar: Ident | null;
}
/** `80% of calls answered within 30 seconds per month on contact_hours`, `at most 5% of calls abandoned`. */
export interface ShareMeasure extends NodeBase {
    kind: 'Share';
    direction: Direction;
    target: Value;
    /** The counted items as written: calls, e-mails, chats, tickets, complaints … */
    noun: Ident;
    /** answered, accepted, responded, resolved, solved, abandoned */
    verb: Ident;
    within: Value | null;
    /** `on time`: within each item's own target (`within` is then null). */
    onTime: boolean;
    period: PeriodSpec | null;
    calendar: Ident | null;
}
export type QualityMetric = 'first-time-right' | 'csat' | 'nps' | 'reopen-ratio' | 'error-rate' | 'kpi';
/** `first time right at least 85% per month`, `average CSAT at least 8 out of 10 per quarter`, `kpi gdpr_compliance at least 100%`. */
export interface QualityMeasure extends NodeBase {
    kind: 'Quality';
    metric: QualityMetric;
    /** The KPI's name for `kpi <name>`. */
    kpi: Ident | null;
    /** `reopen ratio of tickets`, `first time right of tickets`: computed from the ticket data; null: from measurements. */
    noun: Ident | null;
    direction: Direction;
    target: Value;
    period: PeriodSpec | null;
}
export type Measure = AvailabilityMeasure | ShareMeasure | QualityMeasure | TimeStatMeasure;
/** Causes of downtime outside the provider's control, which an objective may exclude. */
export type Cause = 'force-majeure' | 'customer-caused' | 'third-party';
/** `calamity` and `volume` (above forecast) apply to contact and ticket objectives. */
export type ExclusionKind = 'maintenance' | Cause | 'calamity' | 'volume';
/** `excluding maintenance announced 5 working days ahead, at most 8 hours per month` */
export interface ExclusionStmt extends NodeBase {
    kind: 'Exclusion';
    exclusion: ExclusionKind;
    notice: Value | null;
    cap: Value | null;
    capPeriod: PeriodSpec | null;
    /** `excluding volume above 115% of forecast`: the share of the forecast volume beyond which items do not count. */
    volumeAbove: Value | null;
    /** `excluding maintenance every sunday 02:00 to 06:00`: the recurring maintenance window. */
    window: MaintenanceWindow | null;
    /** `announced 5 working days ahead on office`: the calendar the notice is counted on. */
    noticeCalendar: Ident | null;
}
/** `every sunday 02:00 to 06:00`, `every day 03:00 to 04:00`: weekly times in which maintenance may take place. */
export interface MaintenanceWindow extends NodeBase {
    kind: 'MaintenanceWindow';
    everyDay: boolean;
    days: DaySpan[];
    hours: TimeRange[];
}
export type ObjectiveStmt = Measure | ExclusionStmt | ConditionStmt | TextStmt;
export interface ObjectiveDecl extends NodeBase {
    kind: 'Objective';
    name: Ident;
    title: Text | null;
    body: ObjectiveStmt[];
}
/** `5% of monthly fee`, `5%` (of the monthly fee), `EUR 500`. */
export interface Amount extends NodeBase {
    kind: 'Amount';
    value: Value;
    /** True when written `… of monthly fee`. */
    ofFee: boolean;
}
/** `below 99.9% credit 5% of monthly fee`, `above 95% bonus 2% of monthly fee`. */
export interface BandStmt extends NodeBase {
    kind: 'Band';
    comparison: 'below' | 'above';
    threshold: Value;
    amount: Amount;
}
/** `at most 30% of monthly fee per month`, `at most EUR 50000 per 12 months`. */
export interface CapStmt extends NodeBase {
    kind: 'Cap';
    amount: Amount;
    period: PeriodSpec;
}
export interface SoleRemedyStmt extends NodeBase {
    kind: 'SoleRemedy';
}
/** `penalty`: the credits are a penalty (boete, art. 6:91 BW) rather than a price reduction. */
export interface PenaltyStmt extends NodeBase {
    kind: 'Penalty';
}
export type LadderStmt = BandStmt | CapStmt | SoleRemedyStmt | PenaltyStmt | TextStmt;
export interface CreditsDecl extends NodeBase {
    kind: 'Credits';
    objective: Ident;
    body: LadderStmt[];
}
/** `credit terms { … }`: caps over all credits together, sole remedy, wording. */
export interface CreditTermsDecl extends NodeBase {
    kind: 'CreditTerms';
    body: LadderStmt[];
}
export interface BonusDecl extends NodeBase {
    kind: 'Bonus';
    objective: Ident;
    body: LadderStmt[];
}
export type EscalationStmt = 
/** `for P1, P2` */
{
    kind: 'AppliesTo';
    range: Range;
    priorities: Ident[];
}
/** `for objective uptime, phone`: missed periods of these objectives escalate. */
 | {
    kind: 'AppliesToObjectives';
    range: Range;
    objectives: Ident[];
}
/** `counted from creation` / `counted from breach` */
 | {
    kind: 'CountedFrom';
    range: Range;
    from: 'creation' | 'breach';
}
/** `warn at 75% of resolution time to "Teamleider"` */
 | {
    kind: 'Warning';
    range: Range;
    at: Value;
    target: TargetKind;
    to: Text | null;
}
/** `including paused time`: step times count paused time too. */
 | {
    kind: 'IncludingPaused';
    range: Range;
} | EscalationStep | ConditionStmt | DefaultCalendarStmt | TextStmt;
/** `step 1 "Service managers" after 5 working days contact "sm@example.com"` */
export interface EscalationStep extends NodeBase {
    kind: 'Step';
    number: NumberLit;
    role: Text;
    after: Value;
    calendar: Ident | null;
    /** A name or address reads the same in every language; a role is written per language. */
    contact: Text | null;
}
export interface EscalationDecl extends NodeBase {
    kind: 'Escalation';
    name: Ident;
    title: Text | null;
    body: EscalationStmt[];
}
export type Frequency = 'real time' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
/** `report "KPI report" monthly to "contract manager" covering phone, email` */
export interface ReportStmt extends NodeBase {
    kind: 'Report';
    title: Text;
    frequency: Frequency;
    recipient: Text | null;
    covering: Ident[];
}
export type ReportingStmt = ReportStmt | TextStmt;
export interface ReportingDecl extends NodeBase {
    kind: 'Reporting';
    body: ReportingStmt[];
}
export type OutageKind = 'unplanned' | 'planned' | Cause;
export type ScenarioStmt = {
    kind: 'TimeZone';
    range: Range;
    zone: Ident;
} | {
    kind: 'Now';
    range: Range;
    at: DateTimeLit;
} | ScenarioTicket | ScenarioOutage | ScenarioContacts | ScenarioMeasurement | Expectation | TextStmt;
export type TicketEventKind = 'responded' | 'resolved' | 'reopened' | 'paused' | 'resumed' | 'assigned' | 'replied' | 'customer-wrote' | 'status' | 'priority';
/** `resolved 2026-03-09 10:00`, `status "Wacht op klant" 2026-03-09 10:00`, `priority P1 2026-03-09 10:00:30`. */
export interface TicketEvent extends NodeBase {
    kind: 'TicketEvent';
    event: TicketEventKind;
    at: DateTimeLit;
    /** The status entered, for `status "…"`. */
    status: StringLit | null;
    /** The new priority, for `priority P1`. */
    priority: Ident | null;
}
/** `ticket T1 priority P1 tier Gold created 2026-03-06 17:00 resolved 2026-03-09 10:00` */
export interface ScenarioTicket extends NodeBase {
    kind: 'Ticket';
    id: Ident;
    priority: Ident;
    tier: Ident | null;
    /** Field values: `team "Netwerk" channel "email"`. */
    fields: FieldValue[];
    created: DateTimeLit;
    events: TicketEvent[];
}
/** `team "Netwerk"` on a scenario ticket. */
export interface FieldValue extends NodeBase {
    kind: 'FieldValue';
    field: Ident;
    value: StringLit;
}
/** `outage of Platform from 2026-03-10 02:00 to 2026-03-10 02:45 planned announced 2026-03-01 09:00` */
export interface ScenarioOutage extends NodeBase {
    kind: 'Outage';
    service: Ident;
    from: DateTimeLit;
    to: DateTimeLit;
    outage: OutageKind;
    announced: DateTimeLit | null;
}
/** `80 calls answered after 20 seconds in 2026-03` */
export interface ScenarioContacts extends NodeBase {
    kind: 'Contacts';
    count: NumberLit;
    noun: Ident;
    verb: Ident;
    after: Value | null;
    period: PeriodLit;
}
/** `measured ftr in 2026-03 is 82%` */
export interface ScenarioMeasurement extends NodeBase {
    kind: 'Measurement';
    objective: Ident;
    period: PeriodLit;
    value: Value;
}
export type Expectation = 
/** `expect T1 resolution breached`, `… pending`, `… uncertain` */
{
    kind: 'ExpectTicket';
    range: Range;
    ticket: Ident;
    target: TargetKind;
    outcome: ClockOutcome;
}
/** `expect T1 resolution due 2026-03-09 12:00`, `… elapsed 3 business hours`, `… remaining 45 minutes` */
 | {
    kind: 'ExpectClock';
    range: Range;
    ticket: Ident;
    target: TargetKind;
    measure: 'due';
    at: DateTimeLit;
} | {
    kind: 'ExpectClock';
    range: Range;
    ticket: Ident;
    target: TargetKind;
    measure: 'elapsed' | 'remaining';
    value: Value;
}
/** `expect T1 resolution at risk` */
 | {
    kind: 'ExpectAtRisk';
    range: Range;
    ticket: Ident;
    target: TargetKind;
}
/** `expect T1 escalation step 2`, `expect T1 escalation management step 1`, `expect T1 escalation none` */
 | {
    kind: 'ExpectStep';
    range: Range;
    ticket: Ident;
    escalation: Ident | null;
    step: NumberLit | null;
}
/** `expect credit for uptime in 2026-03 is 5% of monthly fee` / `… is none` */
 | {
    kind: 'ExpectCredit';
    range: Range;
    objective: Ident;
    period: PeriodLit;
    amount: Amount | null;
}
/** `expect uptime in 2026-03 met` (the checker rejects the outcomes only clocks have) */
 | {
    kind: 'ExpectObjective';
    range: Range;
    objective: Ident;
    period: PeriodLit;
    outcome: ClockOutcome;
}
/** `expect uptime in 2026-03 is 99.94%` */
 | {
    kind: 'ExpectValue';
    range: Range;
    objective: Ident;
    period: PeriodLit;
    value: Value;
} | IncidentExpectation;
export type ClockOutcome = 'met' | 'breached' | 'pending' | 'paused' | 'uncertain';
export interface ScenarioDecl extends NodeBase {
    kind: 'Scenario';
    title: Text;
    body: ScenarioStmt[];
}
/** What entering a status means for the clocks. */
export type StatusMeaning = 'starts' | 'pauses' | 'resolves' | 'closes' | 'reopens' | 'none';
/** `"Wacht op klant", "Wacht op aanvrager" pauses waiting for customer`, `"Toegewezen" none` */
export interface StatusStmt extends NodeBase {
    kind: 'Status';
    names: StringLit[];
    /** The meaning as written (`starts`, `pauses`, `resolves`, `closes`, `reopens`); null for `none`. The checker rejects other words. */
    meaning: Ident | null;
    /** Why a pausing status pauses; null for `pauses` without a reason (it pauses every clock). */
    reason: 'customer' | 'third-party' | null;
}
/** `statuses { … }`: the statuses of the provider's tool and their meaning. */
export interface StatusesDecl extends NodeBase {
    kind: 'Statuses';
    body: Array<StatusStmt | TextStmt>;
}
/** `priority "1 - Kritiek", "Kritiek" is P1`, `status "Klaar" is "Opgelost"` */
export interface AliasStmt extends NodeBase {
    kind: 'Alias';
    field: 'priority' | 'tier' | 'status';
    values: StringLit[];
    /** A priority or tier name, or (for a status) the status it stands for. */
    target: Ident | StringLit;
}
export interface AliasesDecl extends NodeBase {
    kind: 'Aliases';
    body: AliasStmt[];
}
/** A comment as it appears in the source; kept beside the tree for the formatter. */
export interface Comment extends NodeBase {
    kind: 'Comment';
    text: string;
}
/** `field team nl "Team" en "Team" values "Netwerk", "Werkplek"`: a field of the data, open text without `values`. */
export interface FieldDecl extends NodeBase {
    kind: 'Field';
    name: Ident;
    title: Text | null;
    values: StringLit[] | null;
    body: TextStmt[];
}
/** One value of a condition: a name (`P1`, `phone`) or a string (`"Netwerk"`). */
export interface ConditionValue extends NodeBase {
    kind: 'ConditionValue';
    value: string;
    quoted: boolean;
}
/** `for priority P1, P2`, `for team "Netwerk"`: restricts an objective or escalation to matching records. */
export interface ConditionStmt extends NodeBase {
    kind: 'Condition';
    /** `priority`, `tier`, `channel`, `language` or a declared field. */
    field: Ident;
    values: ConditionValue[];
}
/** `average resolution time at most 8 business hours per month on office`, `90th percentile of response time at most 1 hour`. */
export interface TimeStatMeasure extends NodeBase {
    kind: 'TimeStat';
    statistic: 'average' | 'percentile';
    /** 90 for `90th percentile`; null for an average. */
    percentile: number | null;
    /** response, resolution (tickets), answer, handling (contacts). */
    clock: Ident;
    /** The counted items (`of calls`, `of incidents`); null: tickets for ticket clocks. */
    noun: Ident | null;
    direction: Direction;
    target: Value;
    period: PeriodSpec | null;
    calendar: Ident | null;
}
/** `open on 2026-12-24 08:00 to 12:00`, `open on public holidays 10:00 to 16:00`: hours that replace the week's. */
export interface SpecialHoursStmt extends NodeBase {
    kind: 'SpecialHours';
    /** The dates; empty for `public holidays`. */
    dates: DateLit[];
    holidays: boolean;
    hours: TimeRange[];
}
/** What an import item names: a named declaration of a namespace, or a block a contract has once. */
export type ImportKind = 'calendar' | 'priority' | 'service' | 'field' | 'statuses' | 'aliases' | 'matrix' | 'party provider' | 'party customer';
/** `import "shared.sla"` (everything the file declares or imports) or `import calendar office, priority P1 from "shared.sla"`. */
export interface ImportDecl extends NodeBase {
    kind: 'Import';
    /** null: everything the file declares or imports. */
    items: ImportItem[] | null;
    /** As written: relative to the importing file. */
    path: StringLit;
}
/**
 * `calendar office`, `priority matrix`, `statuses`, or a bare name: a bare name has the kind of the
 * item before it (`calendar office, always`); a first bare name (`what` null) is looked up in
 * every namespace of the imported file.
 */
export interface ImportItem extends NodeBase {
    kind: 'ImportItem';
    what: ImportKind | null;
    /** The declaration's name; null for a block a contract has once (statuses, matrix, party). */
    name: Ident | null;
}
