import { recordKinds } from '../data/types.js';
import { parseContact, parseMeasurement, parseOutage, parseTicket, } from '../data/validate.js';
import { parsePeriodKey, parseTimestamp, periodDays, periodOfDay } from '../time.js';
import { clip, quoted } from '../data/echo.js';
import { worded } from '../data/problems.js';
import { withZone } from '../data/validate.js';
import { LocalTimes } from '../local-time.js';
import { availabilityOf, evaluateAvailability } from './availability.js';
import { Context, durationText, fmtNumber } from './context.js';
import { evaluateLadders } from './credits.js';
import { ticketCreditBand, evaluateIncidentCredits, settle } from './incident-credits.js';
import { evaluateBreachRules } from './breach-rules.js';
import { cmp, sub, toNumber } from './exact.js';
import { objectivePeriods } from './periods.js';
import { Inputs } from './inputs.js';
import { QualityCounter, qualityResult, targetNumber, unitOf } from './quality.js';
import { REPORT_FORMAT, } from './report.js';
import { UnknownValues, resolveAliases } from './unknown-values.js';
import { escalateObjective } from './objective-escalation.js';
import { ShareCounter, exclusionTrace, countContact, countsFor, matchesChannel, shareResult, tallyHit, } from './shares.js';
import { TicketList } from './ticket-list.js';
import { NotificationList } from './notifications.js';
import { onTimeOutcome } from './on-time.js';
import { buildTimeline, evaluateClock, evaluateTicket, responseOf } from './tickets.js';
import { clockStart } from './clock-start.js';
import { excludedCause, matchesAll, ticketSubject } from './conditions.js';
import { TimeStatCounter, countContactTime, countTicketTime, ticketTime } from './time-stats.js';
import { TicketQualityCounter } from './reopens.js';
/** A rejected record in strict mode, or unusable options. */
export class DataError extends Error {
    problem;
    constructor(problem) {
        super(`${problem.file ?? '(data)'}${problem.line !== null ? `:${problem.line}` : problem.index !== null ? ` record ${problem.index + 1}` : ''}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
        this.problem = problem;
    }
}
export class OptionsError extends Error {
}
const emptyCounts = () => ({ ticket: 0, contact: 0, outage: 0, measurement: 0 });
const metKey = {
    response: 'responseMet',
    resolution: 'resolutionMet',
    'next-reply': 'nextReplyMet',
    update: 'updateMet',
};
const breachedKey = {
    response: 'responseBreached',
    resolution: 'resolutionBreached',
    'next-reply': 'nextReplyBreached',
    update: 'updateBreached',
};
/** A problem as a reader or a check reports it: the code and parameters only where the message has them (runtime/data/problems.ts). */
/** A field problem's message, with its code where it has one. */
const wordedOf = (p) => p.code ? { code: p.code, params: p.params ?? {}, message: p.message } : p.message;
export class Evaluation {
    ctx;
    now;
    requested;
    strict;
    maxProblems;
    onTicket;
    onObjective;
    ticketSink;
    recordSink;
    /** Per availability objective, the outage pieces another engine classified (with `recordSink`). */
    outagePieces = new Map();
    supplied = new Set();
    accepted = emptyCounts();
    rejected = emptyCounts();
    skipped = emptyCounts();
    problems = [];
    problemsOmitted = 0;
    dataFrom = Infinity;
    dataTo = -Infinity;
    dataEnd = -Infinity;
    seq = 0;
    tickets;
    notifications = new NotificationList();
    local;
    inputs = new Inputs();
    /**
     * The breached ticket clocks that earn a credit per ticket (also outside --period: the caps need
     * the history). Only those: a contract without credits per ticket keeps nothing per ticket.
     */
    breachedClocks = [];
    openTickets = [];
    open = [];
    summary = {
        total: 0,
        resolved: 0,
        open: 0,
        responseMet: 0,
        responseBreached: 0,
        resolutionMet: 0,
        resolutionBreached: 0,
        nextReplyMet: 0,
        nextReplyBreached: 0,
        updateMet: 0,
        updateBreached: 0,
        pending: 0,
        uncertain: 0,
    };
    unknown;
    waitingContacts = [];
    outages = [];
    tallies = [];
    shareCounters = new Map();
    qualityCounters = new Map();
    contactObjectives;
    ticketObjectives;
    timeCounters = [];
    reopenCounters = [];
    finished = false;
    constructor(contract, options = {}) {
        this.ctx = new Context(contract, options.language ?? 'en');
        this.strict = options.strict ?? false;
        this.maxProblems = options.maxProblems ?? 1000;
        this.onTicket = options.onTicket ?? null;
        this.onObjective = options.onObjective;
        this.ticketSink = options.ticketSink ?? null;
        this.recordSink = options.recordSink ?? null;
        const max = options.maxTickets ?? null;
        if (max !== null && !(Number.isInteger(max) && max >= 0))
            throw new OptionsError(`the maximum number of tickets listed must be a whole number, not ${max}`);
        this.tickets = new TicketList(options.reportTickets ?? (this.onTicket ? 'none' : 'all'), max);
        if (options.dataZone) {
            try {
                this.local = new LocalTimes(options.dataZone, this.ctx.validFrom, this.ctx.validTo);
            }
            catch {
                throw new OptionsError(`unknown time zone ${quoted(options.dataZone)} for the data (use an IANA name such as Europe/Amsterdam)`);
            }
        }
        else
            this.local = null;
        if (options.now === null || options.now === undefined)
            this.now = null;
        else if (typeof options.now === 'number')
            this.now = options.now;
        else {
            const r = parseTimestamp(options.now);
            if (!r.ok)
                throw new OptionsError(`--now: ${r.message}`);
            this.now = r.ms;
        }
        if (this.now !== null && !(this.now >= this.ctx.validFrom && this.now <= this.ctx.validTo)) {
            throw new OptionsError(`now (${this.ctx.fmt(this.now)}) is not within a year of the contract term ${contract.agreement.term.from} … ${contract.agreement.term.to}`);
        }
        if (options.period) {
            const ref = parsePeriodKey(options.period);
            if (!ref)
                throw new OptionsError(`period '${options.period}' is not a period such as 2026-03, 2026-Q1, 2026 or 2026-W11`);
            const range = this.ctx.zone.periodRange(ref);
            if (!(range.from < this.ctx.termTo && range.to > this.ctx.termFrom)) {
                throw new OptionsError(`period ${options.period} is outside the contract term ${contract.agreement.term.from} … ${contract.agreement.term.to}`);
            }
            this.requested = { key: options.period, ...range };
        }
        else
            this.requested = null;
        for (const o of contract.objectives) {
            if (o.measure.kind === 'share')
                this.shareCounters.set(o.name, new ShareCounter(o));
            else if (o.measure.kind === 'quality' && o.measure.noun)
                this.reopenCounters.push(new TicketQualityCounter(o));
            else if (o.measure.kind === 'quality')
                this.qualityCounters.set(o.name, new QualityCounter(o));
            else if (o.measure.kind === 'time')
                this.timeCounters.push(new TimeStatCounter(o));
        }
        this.unknown = new UnknownValues(contract);
        const shares = [...this.shareCounters.values()];
        this.contactObjectives = shares.filter((s) => s.objective.measure.kind === 'share' && s.objective.measure.source === 'contacts');
        this.ticketObjectives = shares.filter((s) => s.objective.measure.kind === 'share' && s.objective.measure.source === 'tickets');
    }
    /** Marks a kind of data as supplied (an objective on data never supplied has no value rather than 100%). */
    supply(kind) {
        this.supplied.add(kind);
    }
    /**
     * Starts counting the records of one input (a file, or an array of one kind): the report's
     * `data.files` shows, per input, records read = accepted + rejected + skipped.
     */
    beginInput(file, kind, format) {
        return this.inputs.begin(file, kind, format);
    }
    endInput() {
        this.inputs.end();
    }
    /**
     * Reports a problem found while reading or checking a record. One with a `kind` is a record that
     * could not be read (it counts as read and rejected); without, a problem of the file.
     */
    problem(p) {
        if (p.kind !== null)
            this.inputs.of(p.kind).read++;
        this.report(p);
    }
    report(p) {
        const full = {
            severity: p.severity ?? 'error',
            kind: p.kind,
            file: p.file,
            line: p.line,
            index: p.index,
            field: p.field,
            message: p.message,
            code: p.code ?? null,
            params: p.params ?? null,
            id: p.id === null ? null : clip(p.id),
        };
        if (full.kind !== null) {
            const input = this.inputs.of(full.kind);
            if (full.severity === 'error') {
                this.rejected[full.kind]++;
                input.rejected++;
            }
            else {
                this.skipped[full.kind]++;
                input.skipped++;
            }
        }
        if (this.problems.length < this.maxProblems)
            this.problems.push(full);
        else
            this.problemsOmitted++;
        if (this.strict && full.severity === 'error')
            throw new DataError(full);
    }
    /** Adds one raw record (as read from JSON/NDJSON/CSV); returns whether it was accepted. */
    addRecord(kind, raw, where) {
        if (this.finished)
            throw new Error('this evaluation is finished');
        this.supplied.add(kind);
        this.inputs.of(kind).read++;
        switch (kind) {
            case 'ticket':
                return this.addTicket(raw, where);
            case 'contact':
                return this.addContact(raw, where);
            case 'outage':
                return this.addOutage(raw, where);
            case 'measurement':
                return this.addMeasurement(raw, where);
        }
    }
    /** Adds counts stated as such (scenarios, or pre-aggregated contact statistics). */
    addTally(t) {
        const ref = parsePeriodKey(t.period);
        if (!ref)
            throw new OptionsError(`tally period '${t.period}' is not a period`);
        const r = this.ctx.zone.periodRange(ref);
        this.seeRange(r.from, r.to - 1);
        this.tallies.push(t);
    }
    reject(kind, where, field, message, raw, severity = 'error') {
        const id = raw !== null && typeof raw === 'object' && typeof raw.id === 'string' ? raw.id : null;
        const w = typeof message === 'string' ? { message } : message;
        this.report({ severity, kind, file: where.file, line: where.line, index: where.index, field, ...w, id });
        return false;
    }
    accept(kind) {
        this.accepted[kind]++;
        this.inputs.of(kind).accepted++;
    }
    /**
     * A second record with an id already accepted: a warning naming both places, and the record is
     * skipped. The first wins: a stream cannot take back what it has already counted.
     */
    duplicate(kind, id, where, raw) {
        const first = id === null ? null : this.inputs.firstPlace(kind, id, where);
        if (first === null)
            return false;
        this.reject(kind, where, 'id', worded('duplicate', { kind, id: id, first }), raw, 'warning');
        return true;
    }
    ref(kind, id, where) {
        return { kind, id, file: where.file, line: where.line, index: where.index };
    }
    inRange(t) {
        return t >= this.ctx.validFrom && t <= this.ctx.validTo;
    }
    outOfRange(times) {
        for (const [field, t] of times)
            if (t !== null && !this.inRange(t))
                return field;
        return null;
    }
    rangeMessage() {
        const a = this.ctx.contract.agreement;
        return worded('far-outside-term', { from: a.term.from, to: a.term.to });
    }
    seeRange(from, to) {
        if (from < this.dataFrom)
            this.dataFrom = from;
        if (to > this.dataTo)
            this.dataTo = to;
        if (to > this.dataEnd)
            this.dataEnd = to;
    }
    seeEnd(t) {
        if (t !== null && (this.now === null || t <= this.now) && t > this.dataEnd)
            this.dataEnd = t;
    }
    // -------------------------------------------------------------------------------------------
    addTicket(raw, where) {
        const parsed = withZone(this.local, () => parseTicket(raw));
        if (!parsed.ok)
            return this.reject('ticket', where, parsed.problem.field, wordedOf(parsed.problem), raw);
        const t = parsed.record;
        resolveAliases(this.ctx.vocabulary, t);
        const bad = this.outOfRange([
            ['created', t.created],
            ['responded', t.responded],
            ...t.events.map((e, i) => [`events/${i}/at`, e.at]),
        ]);
        if (bad)
            return this.reject('ticket', where, bad, this.rangeMessage(), raw);
        const c = this.ctx;
        if (!c.priorities.has(t.priority)) {
            this.unknown.note('priority', t.priority, where, t.id);
            return this.reject('ticket', where, 'priority', worded('unknown-priority', { value: t.priority, known: [...c.priorities].join(', ') }), raw);
        }
        const badChange = t.events.findIndex((e) => e.priority !== null && !c.priorities.has(e.priority));
        if (badChange >= 0) {
            this.unknown.note('priority', t.events[badChange].priority, where, t.id);
            return this.reject('ticket', where, `events/${badChange}/priority`, worded('unknown-priority-change', { value: t.events[badChange].priority }), raw);
        }
        let tier;
        if (c.implicitTier) {
            if (t.tier !== null)
                return this.reject('ticket', where, 'tier', worded('no-tiers', { value: t.tier }), raw);
            tier = c.implicitTier;
        }
        else {
            const names = c.contract.tiers.map((x) => x.name).join(', ');
            if (t.tier === null)
                return this.reject('ticket', where, 'tier', worded('tier-required', { known: names }), raw);
            tier = c.tiers.get(t.tier);
            if (!tier) {
                this.unknown.note('tier', t.tier, where, t.id);
                return this.reject('ticket', where, 'tier', worded('unknown-tier', { value: t.tier, known: names }), raw);
            }
        }
        if (t.created < c.termFrom || t.created >= c.termTo)
            return this.reject('ticket', where, 'created', worded('created-outside-term'), raw, 'warning');
        if (this.now !== null && t.created > this.now)
            return this.reject('ticket', where, 'created', worded('created-after-now', { now: c.fmt(this.now) }), raw, 'warning');
        if (this.duplicate('ticket', t.id, where, raw))
            return false;
        this.accept('ticket');
        this.unknown.checkFields('ticket', t.fields, where, t.id);
        this.seeRange(t.created, t.created);
        this.seeEnd(t.responded);
        for (const e of t.events)
            this.seeEnd(e.at);
        const ref = this.ref('ticket', t.id, where);
        const seq = this.seq++;
        t.events.forEach((e, i) => {
            if (e.status === null || c.vocabulary.known(e.status, tier))
                return;
            this.unknown.note('status', e.status, where, t.id);
            if (this.strict) {
                this.problem({
                    kind: 'ticket',
                    file: where.file,
                    line: where.line,
                    index: where.index,
                    field: `events/${i}/status`,
                    id: t.id,
                    message: `unknown status '${e.status}': declare it in \`statuses\` (or as an alias of a known status)`,
                });
            }
        });
        if (this.ticketSink) {
            this.ticketSink(t, tier, ref, seq);
            return true;
        }
        const until = this.now ?? Infinity;
        const tl = buildTimeline(t, c.vocabulary, tier, until);
        // An open ticket waits for the evaluation instant: `now`, if given, else the end of the data.
        if (tl.resolvedAt !== null)
            this.finishTicket(t, tier, ref, seq, this.now ?? c.validTo);
        else if (this.now !== null)
            this.finishTicket(t, tier, ref, seq, this.now);
        else
            this.openTickets.push({ record: t, ref, seq, tier });
        return true;
    }
    finishTicket(t, tier, ref, seq, asOf) {
        const { result, open, notifications } = evaluateTicket(this.ctx, t, tier, ref, asOf, this.now);
        if (open)
            this.open.push(open);
        const subject = {
            priority: result.priority,
            tier: t.tier,
            channel: t.channel,
            language: t.language,
            fields: t.fields,
        };
        const resolvedAt = this.reopenCounters.length > 0 ? buildTimeline(t, this.ctx.vocabulary, tier, asOf).resolvedAt : null;
        for (const counter of this.reopenCounters) {
            if (!matchesChannel({ channel: counter.objective.measure.channel ?? null }, t.channel) ||
                !matchesAll(counter.objective.conditions, subject))
                continue;
            counter.add(this.ctx, this.ctx.zone.periodOf(counter.objective.period.unit, t.created).index, t, result.reopened, resolvedAt, ref);
        }
        for (const counter of this.timeCounters) {
            const m = counter.measure;
            if (m.source !== 'tickets' || !matchesChannel(m, t.channel) || !matchesAll(counter.objective.conditions, subject))
                continue;
            const index = this.ctx.zone.periodOf(counter.objective.period.unit, t.created).index;
            if (excludedCause(counter.objective, t.cause)) {
                counter.addExcluded(index);
                continue;
            }
            const tl = buildTimeline(t, this.ctx.vocabulary, tier, asOf);
            const stop = m.clock === 'response' ? responseOf(t, tl, asOf) : tl.resolvedAt;
            countTicketTime(counter, index, stop === null ? null : ticketTime(this.ctx, tl, clockStart(t, tier, this.ctx.vocabulary, asOf), stop, asOf, m.calendar), ref);
        }
        // percentage objectives on tickets
        for (const counter of this.ticketObjectives) {
            const m = counter.objective.measure;
            if (m.kind !== 'share' || !matchesChannel(m, t.channel))
                continue;
            const index = this.ctx.zone.periodOf(counter.objective.period.unit, t.created).index;
            const tally = (outcome) => counter.tally(index, t.created, outcome);
            if (!matchesAll(counter.objective.conditions, subject)) {
                tally('unmatched');
                continue;
            }
            if (excludedCause(counter.objective, t.cause)) {
                tally('excluded');
                continue;
            }
            if (m.onTime) {
                tally(onTimeOutcome(result, m.event));
                continue;
            }
            const tl = buildTimeline(t, this.ctx.vocabulary, tier, asOf);
            const stop = m.event === 'responded' ? responseOf(t, tl, asOf) : tl.resolvedAt;
            if (m.within === null) {
                tally(stop !== null ? 'hit' : 'pending');
                continue;
            }
            // The objective's limit on the ticket clock; unknown statuses count as changing nothing (they are reported).
            const limit = {
                priority: t.priority,
                target: m.event === 'responded' ? 'response' : 'resolution',
                within: m.within,
                calendar: m.calendar,
                line: counter.objective.line,
                from: 'tier',
            };
            const clock = evaluateClock(this.ctx, t, tier, tl, limit, t.priority, clockStart(t, tier, this.ctx.vocabulary, asOf), stop, asOf, ref).clock;
            const status = clock.assumed ?? clock.status;
            tally(status === 'met' ? 'hit' : status === 'breached' ? 'miss' : 'pending');
        }
        this.noteTicketCredits(result, t, t.created);
        this.listTicket(result, t.created, seq, t.fields, notifications);
    }
    /** The ticket's breached clocks that earn a credit per ticket (their band), for the incident credits. */
    noteTicketCredits(result, subject, created) {
        for (const clock of [result.response, result.resolution, result.nextReply, result.update]) {
            const band = clock?.status === 'breached'
                ? ticketCreditBand(this.ctx.contract, clock.kind, clock.priority, ticketSubject(subject, clock.priority))
                : undefined;
            if (band)
                this.breachedClocks.push({ ticket: result.id, target: clock.kind, priority: clock.priority, created, band });
        }
    }
    /**
     * A ticket result of another engine (`ticketSink`), counted and listed as if evaluated here;
     * `open`: its entry in the open list (`now`); `subject`: what the bands of credits per ticket ask about it.
     */
    addTicketResult(result, created, seq, open = null, subject = null) {
        if (open)
            this.open.push(open);
        if (subject)
            this.noteTicketCredits(result, subject, created);
        this.listTicket(result, created, seq, {}, []);
    }
    /**
     * Records another engine read and checked itself (the SQL engine's clean rows, which the checks
     * here would accept unchanged): accepted into the current input of `kind`, with the instants
     * they add to the data's range (earliest and latest creation, latest instant of all).
     */
    addCheckedRecords(kind, count, range) {
        this.supplied.add(kind);
        this.inputs.of(kind).read += count;
        this.accepted[kind] += count;
        this.inputs.of(kind).accepted += count;
        if (range === null)
            return;
        this.seeRange(range.from, range.to);
        this.seeEnd(range.end);
    }
    /**
     * What the report lists of the tickets, for an engine that selects them itself: the selection,
     * the period they must be created in (--period), and whether every result is wanted (`onTicket`).
     */
    ticketListing() {
        const { include, max } = this.tickets.selection;
        return { include, max, period: this.requested, each: this.onTicket !== null };
    }
    /**
     * Ticket results another engine counted itself instead of handing them to `addTicketResult`
     * (they are not listed): their counts in the summary, and how many of them the selection includes.
     */
    addTicketCounts(counts, selected) {
        for (const k of Object.keys(counts))
            this.summary[k] += counts[k];
        this.tickets.count(selected);
    }
    /**
     * The notifications of the tickets another engine evaluated itself (`ticketSink`): its earliest,
     * at most the list's length, each with its ticket's `seq`, and how many later ones it left out.
     */
    addNotifications(earliest, later) {
        for (const { seq, n } of earliest)
            this.notifications.add(seq, [n]);
        this.notifications.omit(later);
    }
    /** `now` (`--now`), or null: the instant open tickets are listed at. */
    nowInstant() {
        return this.now;
    }
    /**
     * The counter of an objective, for another engine (`ticketSink`) to add what it counted with the
     * counter's `addCounts` (per unit of the objective's period; a percentile's time per period with `setRanked`).
     */
    counterOf(objective) {
        const named = (c) => c.objective.name === objective;
        return this.shareCounters.get(objective) ?? this.timeCounters.find(named) ?? this.reopenCounters.find(named);
    }
    listTicket(result, created, seq, fields, notifications) {
        if (this.requested === null || (created >= this.requested.from && created < this.requested.to)) {
            const s = this.summary;
            s.total++;
            if (result.open)
                s.open++;
            else
                s.resolved++;
            for (const clock of [result.response, result.resolution, result.nextReply, result.update]) {
                if (!clock)
                    continue;
                if (clock.status === 'met')
                    s[metKey[clock.kind]]++;
                else if (clock.status === 'breached')
                    s[breachedKey[clock.kind]]++;
                else if (clock.status === 'uncertain')
                    s.uncertain++;
                else
                    s.pending++;
            }
            if (this.onTicket)
                this.onTicket(result, fields);
            this.tickets.add(seq, result);
            this.notifications.add(seq, notifications);
        }
    }
    addContact(raw, where) {
        const parsed = withZone(this.local, () => parseContact(raw));
        if (!parsed.ok)
            return this.reject('contact', where, parsed.problem.field, wordedOf(parsed.problem), raw);
        const x = parsed.record;
        const bad = this.outOfRange([
            ['arrived', x.arrived],
            ['answered', x.answered],
            ['abandoned', x.abandoned],
        ]);
        if (bad)
            return this.reject('contact', where, bad, this.rangeMessage(), raw);
        if (x.arrived < this.ctx.termFrom || x.arrived >= this.ctx.termTo)
            return this.reject('contact', where, 'arrived', worded('arrived-outside-term'), raw, 'warning');
        if (this.now !== null && x.arrived > this.now)
            return this.reject('contact', where, 'arrived', worded('arrived-after-now', { now: this.ctx.fmt(this.now) }), raw, 'warning');
        if (this.duplicate('contact', x.id, where, raw))
            return false;
        if (this.now !== null) {
            if (x.answered !== null && x.answered > this.now)
                x.answered = null;
            if (x.abandoned !== null && x.abandoned > this.now)
                x.abandoned = null;
        }
        this.accept('contact');
        this.unknown.checkFields('contact', x.fields, where, null);
        this.seeRange(x.arrived, x.arrived);
        this.seeEnd(x.answered);
        this.seeEnd(x.abandoned);
        // The percentage objectives and the times come back from the other engine (addShareCounts, TimeStatCounter.addCounts).
        if (this.recordSink) {
            this.recordSink.contact(x, this.ref('contact', x.id, where));
            return true;
        }
        const subject = { priority: null, tier: null, channel: x.channel, language: x.language, fields: x.fields };
        for (const counter of this.timeCounters) {
            const m = counter.measure;
            if (m.source === 'contacts' && matchesChannel(m, x.channel) && matchesAll(counter.objective.conditions, subject))
                countContactTime(this.ctx, counter, x, this.ref('contact', x.id, where));
        }
        const waiting = [];
        for (const counter of this.contactObjectives) {
            const m = counter.objective.measure;
            if (m.kind !== 'share' || !matchesChannel(m, x.channel))
                continue;
            const unmatched = !matchesAll(counter.objective.conditions, subject);
            if (unmatched || excludedCause(counter.objective, x.cause)) {
                counter.tally(this.ctx.zone.periodOf(counter.objective.period.unit, x.arrived).index, x.arrived, unmatched ? 'unmatched' : 'excluded');
                continue;
            }
            if (!countContact(this.ctx, counter, x, this.now))
                waiting.push(counter);
        }
        if (waiting.length > 0)
            this.waitingContacts.push({ contact: x, counters: waiting });
        return true;
    }
    addOutage(raw, where) {
        const parsed = withZone(this.local, () => parseOutage(raw));
        if (!parsed.ok)
            return this.reject('outage', where, parsed.problem.field, wordedOf(parsed.problem), raw);
        const x = parsed.record;
        const bad = this.outOfRange([
            ['start', x.start],
            ['end', x.end],
            ['announced', x.announced],
        ]);
        if (bad)
            return this.reject('outage', where, bad, this.rangeMessage(), raw);
        if (!this.ctx.services.has(x.service)) {
            return this.reject('outage', where, 'service', worded('unknown-service', { value: x.service, known: [...this.ctx.services].join(', ') }), raw);
        }
        if (this.now !== null) {
            if (x.start > this.now)
                return this.reject('outage', where, 'start', worded('starts-after-now', { now: this.ctx.fmt(this.now) }), raw, 'warning');
            if (x.end !== null && x.end > this.now)
                x.end = null;
        }
        if (this.duplicate('outage', x.id, where, raw))
            return false;
        this.accept('outage');
        this.seeRange(x.start, x.end ?? x.start);
        this.seeEnd(x.end);
        if (this.recordSink)
            this.recordSink.outage(x, this.ref('outage', x.id, where));
        else
            this.outages.push({ outage: x, ref: this.ref('outage', x.id, where) });
        return true;
    }
    addMeasurement(raw, where) {
        const parsed = withZone(this.local, () => parseMeasurement(raw));
        if (!parsed.ok)
            return this.reject('measurement', where, parsed.problem.field, wordedOf(parsed.problem), raw);
        const m = parsed.record;
        if (m.at !== null && !this.inRange(m.at))
            return this.reject('measurement', where, 'at', this.rangeMessage(), raw);
        if (m.forecast !== null)
            return this.addForecast(m, where, raw);
        let counters;
        if (m.objective !== null) {
            const c = this.qualityCounters.get(m.objective);
            if (!c) {
                const known = [...this.qualityCounters.keys()];
                const o = this.ctx.objectives.get(m.objective);
                return this.reject('measurement', where, 'objective', o
                    ? worded(this.reopenCounters.some((x) => x.objective === o) ? 'computed-objective' : 'not-quality-objective', {
                        objective: m.objective,
                    })
                    : worded('unknown-objective', { objective: m.objective, known: known.join(', ') }), raw);
            }
            counters = [c];
        }
        else {
            counters = [...this.qualityCounters.values()].filter((c) => {
                const q = c.objective.measure;
                return q.kind === 'quality' && q.metric === m.metric && (m.metric !== 'kpi' || q.kpi === m.kpi);
            });
            if (counters.length === 0)
                return this.reject('measurement', where, 'metric', worded('unmeasured-metric', { metric: `${m.metric}${m.kpi ? ` ${m.kpi}` : ''}` }), raw);
        }
        let ref = null;
        if (m.period !== null) {
            ref = parsePeriodKey(m.period);
            if (!ref)
                return this.reject('measurement', where, 'period', worded('bad-period', { value: m.period }), raw);
        }
        const range = ref ? this.ctx.zone.periodRange(ref) : { from: m.at, to: m.at + 1 };
        if (range.to <= this.ctx.termFrom || range.from >= this.ctx.termTo) {
            return this.reject('measurement', where, ref ? 'period' : 'at', worded('outside-term'), raw, 'warning');
        }
        if (this.now !== null && range.from > this.now)
            return this.reject('measurement', where, ref ? 'period' : 'at', worded('after-now', { now: this.ctx.fmt(this.now) }), raw, 'warning');
        // Resolve the period index per objective first, so a record is either used everywhere or rejected.
        const plan = [];
        for (const counter of counters) {
            const unit = counter.objective.period.unit;
            if (ref === null) {
                plan.push({ counter, index: this.ctx.zone.periodOf(unit, m.at).index });
                continue;
            }
            if (ref.unit === unit) {
                plan.push({ counter, index: ref.index });
                continue;
            }
            const days = periodDays(ref);
            const containing = periodOfDay(unit, days.from);
            const fits = periodDays(containing).to >= days.to;
            if (m.value !== null || !fits) {
                return this.reject('measurement', where, 'period', worded('period-mismatch', {
                    objective: counter.objective.name,
                    unit,
                    what: m.value !== null ? 'value' : 'count',
                    period: m.period,
                    periodUnit: ref.unit,
                }), raw);
            }
            plan.push({ counter, index: containing.index });
        }
        const rref = this.ref('measurement', null, where);
        for (const { counter, index } of plan) {
            const p = counter.add(index, m, rref);
            if (p)
                return this.reject('measurement', where, p.field, wordedOf(p), raw);
        }
        this.accept('measurement');
        this.seeRange(range.from, range.to - 1);
        return true;
    }
    /** `{"objective": "phone", "period": "2026-03", "forecast": 12000}`: the volume an `excluding volume above … of forecast` objective is allowed. */
    addForecast(m, where, raw) {
        const counter = this.shareCounters.get(m.objective);
        if (!counter || counter.volumeAbove === null) {
            const why = counter
                ? 'forecast-not-excluding'
                : this.ctx.objectives.has(m.objective)
                    ? 'forecast-not-percentage'
                    : 'forecast-no-objective';
            return this.reject('measurement', where, 'objective', worded(why, { objective: m.objective }), raw);
        }
        const ref = parsePeriodKey(m.period);
        const unit = counter.objective.period.unit;
        if (!ref || ref.unit !== unit)
            return this.reject('measurement', where, 'period', worded('forecast-period', { objective: m.objective, unit }), raw);
        if (counter.forecast.has(ref.index))
            return this.reject('measurement', where, 'period', worded('second-forecast', { objective: m.objective, period: m.period }), raw);
        counter.forecast.set(ref.index, m.forecast);
        this.accept('measurement');
        return true;
    }
    // -------------------------------------------------------------------------------------------
    /** The instant open items are evaluated at: `now`, else the latest instant in the data (known once every record is in). */
    evaluationInstant() {
        const c = this.ctx;
        return (this.now ??
            (Number.isFinite(this.dataEnd)
                ? Math.min(this.dataEnd, c.validTo)
                : this.requested
                    ? Math.min(this.requested.to, c.termTo)
                    : c.termTo));
    }
    finish() {
        if (this.finished)
            throw new Error('finish() was already called');
        this.finished = true;
        const c = this.ctx;
        const asOf = this.evaluationInstant();
        for (const t of this.openTickets)
            this.finishTicket(t.record, t.tier, t.ref, t.seq, asOf);
        this.openTickets.length = 0;
        for (const w of this.waitingContacts)
            for (const counter of w.counters)
                countContact(c, counter, w.contact, asOf);
        this.waitingContacts.length = 0;
        const scored = [];
        const objectives = [];
        const everyPeriod = [];
        const tallies = this.applyTallies();
        c.contract.objectives.forEach((o, order) => {
            const periods = this.periodsOf(o);
            const results = this.evaluateObjective(o, periods, asOf, tallies);
            periods.forEach((p, i) => {
                const r = results[i];
                scored.push({ objective: o, order, period: p, sli: r.exact, evidence: r.evidence });
                everyPeriod.push(r.result);
                this.onObjective?.(r.result);
                if (this.reported(p))
                    objectives.push(r.result);
            });
        });
        const ladders = evaluateLadders(c, scored);
        const keep = new Set(scored.filter((s) => this.reported(s.period)).map((s) => `${s.objective.name}|${s.period.key}`));
        const reportedMonths = new Set(ladders.credits
            .concat(ladders.bonuses)
            .filter((r) => keep.has(`${r.objective}|${r.period}`))
            .map((r) => r.bookedIn));
        const listed = this.tickets.finish();
        const notified = this.notifications.finish((ms) => c.fmt(ms));
        const fee = c.contract.agreement.fee;
        const incident = evaluateIncidentCredits(c, this.breachedClocks, everyPeriod, ladders.credits);
        const reportedIncident = incident.filter((i) => this.reportedMonth(i.bookedIn));
        const breachRules = evaluateBreachRules(c, everyPeriod);
        return {
            format: REPORT_FORMAT,
            contract: {
                source: c.contract.source,
                title: c.text(c.contract.agreement.title),
                provider: c.contract.agreement.provider,
                customer: c.contract.agreement.customer,
                version: c.contract.agreement.version,
                zone: c.contract.zone,
                currency: fee?.currency ?? null,
                monthlyFeeMinor: fee?.monthlyMinor ?? null,
            },
            options: { period: this.requested?.key ?? null, now: this.now === null ? null : c.fmt(this.now), asOf: c.fmt(asOf) },
            objectives,
            credits: ladders.credits.filter((r) => keep.has(`${r.objective}|${r.period}`)),
            bonuses: ladders.bonuses.filter((r) => keep.has(`${r.objective}|${r.period}`)),
            totals: settle(ladders.totals, incident, fee?.currency ?? null).filter((t) => reportedMonths.has(t.period) || reportedIncident.some((i) => i.bookedIn === t.period)),
            incidentCredits: reportedIncident,
            breachRules,
            ticketSummary: this.summary,
            tickets: listed.tickets,
            ticketsListed: listed.listed,
            open: this.open,
            notifications: notified.notifications,
            notificationsListed: notified.listed,
            data: {
                supplied: recordKinds.filter((k) => this.supplied.has(k)),
                accepted: this.accepted,
                rejected: this.rejected,
                skipped: this.skipped,
                problems: this.problems,
                problemsOmitted: this.problemsOmitted,
                files: this.inputs.summaries(),
                unknownValues: this.unknown.list(),
            },
        };
    }
    /** The periods `finish` evaluates an objective in: those the data touches and the one requested (known once every record is in). */
    periodsOf(o) {
        let from = this.dataFrom;
        let to = Number.isFinite(this.dataTo) ? this.dataTo + 1 : -Infinity;
        if (this.requested) {
            from = Math.min(from, this.requested.from);
            to = Math.max(to, this.requested.to);
        }
        return Number.isFinite(from) && Number.isFinite(to) ? objectivePeriods(this.ctx, o.period, from, to) : [];
    }
    /** The forecasts read for a percentage objective, per period index of its unit. */
    forecasts(objective) {
        return this.shareCounters.get(objective)?.forecast ?? new Map();
    }
    /** Counts of another engine (`recordSink`) for a percentage objective's period index, the volume rule applied. */
    addShareCounts(objective, index, counts) {
        const k = this.shareCounters.get(objective).at(index);
        for (const key of Object.keys(k))
            k[key] += counts[key];
    }
    /** The outage pieces of an availability objective another engine classified (`recordSink`), in input order. */
    setOutagePieces(objective, pieces) {
        this.outagePieces.set(objective, pieces);
    }
    reportedMonth(key) {
        if (!this.requested)
            return true;
        const ref = parsePeriodKey(key);
        if (!ref)
            return false;
        const named = this.ctx.zone.periodRange(ref);
        return named.from < this.requested.to && named.to > this.requested.from;
    }
    reported(p) {
        if (!this.requested)
            return true;
        const named = this.ctx.zone.periodRange(p.ref);
        return named.from < this.requested.to && named.to > this.requested.from;
    }
    /** Tallies per share objective: counts added to the objective's period indexes. */
    applyTallies() {
        const touched = new Set();
        for (const t of this.tallies) {
            const ref = parsePeriodKey(t.period);
            for (const counter of this.shareCounters.values()) {
                const o = counter.objective;
                const m = o.measure;
                if (m.kind !== 'share' || m.source !== t.source)
                    continue;
                if (!(m.channel === null || (t.channel !== null && t.channel === m.channel)))
                    continue;
                const hit = tallyHit(m, t);
                if (hit === null)
                    continue;
                const days = periodDays(ref);
                const containing = periodOfDay(o.period.unit, days.from);
                if (periodDays(containing).to < days.to)
                    continue;
                const k = counter.at(containing.index);
                k.counted += t.count;
                if (hit)
                    k.hits += t.count;
                touched.add(o.name);
            }
        }
        return touched;
    }
    evaluateObjective(o, periods, asOf, tallied) {
        const c = this.ctx;
        const m = o.measure;
        const target = targetNumber(m.target, m.target);
        const unit = unitOf(m.target);
        const build = (p, exact, detail, explain) => {
            const met = exact === null ? null : m.direction === 'at least' ? cmp(exact, target) >= 0 : cmp(exact, target) <= 0;
            const margin = exact === null ? null : toNumber(m.direction === 'at least' ? sub(exact, target) : sub(target, exact));
            const withUnit = (x) => `${fmtNumber(x)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
            const trace = [];
            if (met === false) {
                trace.push(...explain);
                trace.push({
                    rule: 'objective.target',
                    text: `${withUnit(toNumber(exact))} against a target of ${m.direction} ${withUnit(toNumber(target))}: missed by ${fmtNumber(-margin)}`,
                    line: o.line,
                });
            }
            return {
                exact,
                evidence: explain,
                result: {
                    objective: o.name,
                    title: c.text(o.title),
                    line: o.line,
                    period: p.key,
                    from: c.fmt(p.from),
                    to: c.fmt(p.to),
                    rolling: p.rolling,
                    sli: exact === null ? null : toNumber(exact),
                    target: toNumber(target),
                    unit,
                    direction: m.direction,
                    met,
                    margin,
                    detail,
                    explain: trace,
                    escalation: met === false ? escalateObjective(c, o, p.to, asOf) : [],
                },
            };
        };
        if (m.kind === 'availability') {
            const supplied = this.supplied.has('outage');
            const results = this.recordSink
                ? availabilityOf(c, o, this.outagePieces.get(o.name) ?? [], periods, asOf)
                : evaluateAvailability(c, o, this.outages, periods, asOf);
            return periods.map((p, i) => {
                const r = results[i];
                return build(p, supplied ? r.sli : null, r.detail, r.explain);
            });
        }
        if (m.kind === 'share') {
            const counter = this.shareCounters.get(o.name);
            const supplied = this.supplied.has(m.source === 'contacts' ? 'contact' : 'ticket') || tallied.has(o.name);
            return periods.map((p) => {
                const counts = countsFor(c, counter, p);
                const r = shareResult(c, o, counts);
                const what = `${m.noun} ${m.verb}${m.within ? ` within ${durationText(m.within)}` : ''}`;
                return build(p, supplied ? r.sli : null, r.detail, [
                    {
                        rule: 'share.count',
                        text: `${counts.hits} of ${counts.counted} ${what}${m.calendar ? ` (calendar ${m.calendar})` : ''}`,
                        line: o.line,
                    },
                    ...exclusionTrace(o, counts, counter.forecastFor(p, c)),
                ]);
            });
        }
        if (m.kind === 'time') {
            const counter = this.timeCounters.find((x) => x.objective === o);
            const supplied = this.supplied.has(m.source === 'contacts' ? 'contact' : 'ticket');
            return periods.map((p) => {
                const r = counter.result(c, p);
                const what = `${m.statistic === 'average' ? 'average' : `${m.percentile}th percentile of`} ${m.clock} time of ${r.detail.counted} ${m.noun ?? m.source}`;
                return build(p, supplied ? r.sli : null, r.detail, [
                    {
                        rule: 'time.statistic',
                        text: `${what}${m.calendar ? ` (calendar ${m.calendar})` : ''}`,
                        line: o.line,
                        records: r.detail.records,
                    },
                ]);
            });
        }
        const reopens = this.reopenCounters.find((x) => x.objective === o);
        if (reopens) {
            const supplied = this.supplied.has('ticket');
            return periods.map((p) => {
                const r = reopens.result(c, p);
                const open = r.pending ? ` (${r.pending} still open, not counted)` : '';
                const text = reopens.metric === 'reopen-ratio'
                    ? `${r.hits} of ${r.resolved} resolved tickets reopened${open}`
                    : `${r.hits} of ${r.resolved} resolved tickets first time right: not reopened, at most one reply, never waiting for the customer or a third party${open}`;
                return build(p, supplied ? r.sli : null, r.detail, [
                    {
                        rule: reopens.metric === 'reopen-ratio' ? 'quality.reopens' : 'quality.first-time-right',
                        text,
                        line: o.line,
                        records: r.detail.records,
                    },
                ]);
            });
        }
        const counter = this.qualityCounters.get(o.name);
        return periods.map((p) => {
            const first = c.zone.periodOf(p.ref.unit, p.from).index;
            const r = qualityResult(c, counter, p, first);
            return build(p, r.sli, r.detail, [
                {
                    rule: 'quality.measured',
                    text: r.detail.basis === 'value' ? 'the value given for the period' : `${r.detail.observations} observations`,
                    line: o.line,
                    records: r.detail.records,
                },
            ]);
        });
    }
}
/** Evaluates a whole dataset in memory: the function a compiled module exports. */
export function evaluate(contract, data, options = {}) {
    const ev = new Evaluation(contract, options);
    const feed = (kind, records) => {
        if (records === undefined)
            return;
        ev.supply(kind);
        ev.beginInput(null, kind, null);
        records.forEach((r, index) => ev.addRecord(kind, r, { file: null, line: null, index }));
        ev.endInput();
    };
    feed('ticket', data.tickets);
    feed('contact', data.contacts);
    feed('outage', data.outages);
    feed('measurement', data.measurements);
    return ev.finish();
}
