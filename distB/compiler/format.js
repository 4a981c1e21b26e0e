import { parse } from '../grammar/index.js';
import { LCurly } from '../grammar/tokens.js';
import { clockNames, isLifecycleStatement, printLifecycle, printPauseCap, printTicketEvent, targetVerb } from './format-lifecycle.js';
import { printLegalHeader, printLegalStatement } from './format-legal.js';
import { isUnderpinningStatement, printUnderpinningHeader, printUnderpinningStatement } from './format-underpinning.js';
export function format(text) {
    const parsed = parse(text);
    if (parsed.diagnostics.some((d) => d.severity === 'error'))
        return { text, diagnostics: parsed.diagnostics };
    const braces = parsed.tokens.filter((t) => t.tokenType === LCurly).map((t) => t.startOffset);
    const printer = new Printer(text, parsed.comments, braces);
    return { text: printer.document(parsed.document), diagnostics: parsed.diagnostics };
}
/** Joins the words that are present with single spaces. */
function words(...parts) {
    return parts.filter((p) => typeof p === 'string' && p.length > 0).join(' ');
}
/** `a`, `a and b`, `a, b and c`. */
function joinAnd(items) {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function plural(unit, count) {
    return count === 1 ? unit : `${unit}s`;
}
/** A string literal that reads back as `value`. */
export function quote(value) {
    return `"${value.replace(/[\\"\n\t]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\${c}`))}"`;
}
export function printNames(names) {
    return names.map((n) => n.name).join(', ');
}
export function printText(t) {
    return t.parts.map((p) => words(p.lang, quote(p.value))).join(' ');
}
const clockWords = {
    elapsed: null,
    business: 'business',
    working: 'working',
    calendar: 'calendar',
};
export function printValue(v) {
    switch (v.kind) {
        case 'Number':
        case 'Percentage':
            return v.raw;
        case 'Money':
            return `${v.currency} ${v.raw}`;
        case 'Duration':
            return words(v.raw, clockWords[v.clock], plural(v.unit, v.value));
        case 'Score':
            return `${v.raw} out of ${v.outOfRaw}`;
        case 'Rate':
            return `${v.raw} per ${v.perRaw} ${v.noun}`;
    }
}
export function printPeriod(p) {
    if (!p)
        return null;
    return p.rolling ? `per ${p.countRaw ?? p.count} ${plural(p.unit, p.count)}` : `per ${p.unit}`;
}
export function printAmount(a) {
    return words(printValue(a.value), a.ofFee && 'of monthly fee');
}
function printOnCalendar(calendar) {
    return calendar && `on ${calendar.name}`;
}
export function printDateTime(dt) {
    return `${dt.date} ${dt.time}`;
}
function printDaySpan(d) {
    return d.from === d.to ? d.from : `${d.from} to ${d.to}`;
}
function printHours(s) {
    const days = s.everyDay ? 'every day' : joinAnd(s.days.map(printDaySpan));
    return words(days, printRanges(s.hours));
}
/** `90th`, `1st`, `22nd`, `13th`. */
function ordinal(n) {
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
}
function printRanges(hours) {
    return hours.map((h) => `${h.from.value} to ${h.to.value}`).join(' and ');
}
const agreementKinds = { customer: 'customer sla', internal: 'internal ola', multilevel: 'multilevel' };
const feePeriods = { month: 'monthly', quarter: 'quarterly', year: 'yearly' };
const pauseConditions = {
    customer: 'waiting for customer',
    'third-party': 'waiting for third party',
};
const qualityMetrics = {
    'first-time-right': 'first time right',
    csat: 'average CSAT',
    nps: 'NPS',
    'reopen-ratio': 'reopen ratio',
    'error-rate': 'error rate',
};
/** Causes shared by exclusions and outages; `maintenance`, `planned` and `unplanned` are printed by their statement. */
const causes = {
    'force-majeure': 'force majeure',
    'customer-caused': 'customer caused',
    'third-party': 'third party',
};
export function printCondition(s) {
    return `for ${s.field.name} ${s.values.map((v) => (v.quoted ? quote(v.value) : v.value)).join(', ')}`;
}
function printPause(s) {
    return `paused while ${s.condition === 'status' ? `status ${quote(s.status?.value ?? '')}` : pauseConditions[s.condition]}${printPauseCap(s, printValue)}`;
}
function printQuality(s) {
    const metric = s.metric === 'kpi' ? `kpi ${s.kpi?.name ?? ''}` : qualityMetrics[s.metric];
    return words(metric, s.noun && `of ${s.noun.name}`, s.direction, printValue(s.target), printPeriod(s.period));
}
function printShare(s) {
    // `at least` is what a share means when no direction is written: only `at most` is spelled out.
    return words(s.direction === 'at most' && 'at most', printValue(s.target), 'of', s.noun.name, s.verb.name, s.within && `within ${printValue(s.within)}`, s.onTime && 'on time', printPeriod(s.period), printOnCalendar(s.calendar));
}
function printExclusion(s) {
    if (s.exclusion === 'calamity')
        return 'excluding calamities';
    if (s.exclusion === 'volume')
        return `excluding volume above ${s.volumeAbove ? printValue(s.volumeAbove) : ''} of forecast`;
    if (s.exclusion !== 'maintenance')
        return `excluding ${causes[s.exclusion]}`;
    const window = s.window && ` every ${s.window.everyDay ? 'day' : joinAnd(s.window.days.map(printDaySpan))} ${printRanges(s.window.hours)}`;
    const notice = s.notice && ` ${words(`announced ${printValue(s.notice)} ahead`, printOnCalendar(s.noticeCalendar))}`;
    const cap = s.cap && `, at most ${words(printValue(s.cap), printPeriod(s.capPeriod))}`;
    return `excluding maintenance${window || ''}${notice || ''}${cap || ''}`;
}
function printTicket(s) {
    return words(`ticket ${s.id.name} priority ${s.priority.name}`, s.tier && `tier ${s.tier.name}`, ...s.fields.map((f) => `${f.field.name} ${quote(f.value.value)}`), `created ${printDateTime(s.created)}`, ...s.events.map((e) => printTicketEvent(e, quote, printDateTime)));
}
function printOutage(s) {
    // `unplanned` is the default and is left out.
    const kind = s.outage === 'planned'
        ? words('planned', s.announced && `announced ${printDateTime(s.announced)}`)
        : s.outage === 'unplanned'
            ? null
            : causes[s.outage];
    return words(`outage of ${s.service.name} from ${printDateTime(s.from)} to ${printDateTime(s.to)}`, kind);
}
function printStatement(s, ladder) {
    switch (s.kind) {
        case 'TextStmt':
            return `text ${printText(s.text)}`;
        // agreement
        case 'Provider':
            return `provider ${quote(s.name.value)}`;
        case 'Customer':
            return `customer ${quote(s.name.value)}`;
        case 'AgreementKind':
            return `kind ${agreementKinds[s.value]}`;
        case 'Version':
            return `version ${quote(s.value.value)}`;
        case 'Term':
            return `term ${s.from.value} to ${s.to.value}`;
        case 'Fee':
            return `${feePeriods[s.period]} fee ${printValue(s.amount)}`;
        case 'Languages':
            return `languages ${printNames(s.languages)}`;
        case 'Review':
            return `review every ${printValue(s.every)}`;
        case 'GoverningLaw':
            return `governing law ${s.country.name}`;
        case 'ChangeProcedure':
            return `change procedure ${printText(s.text)}`;
        case 'AcceptancePeriod':
            return `acceptance period ${printValue(s.duration)}`;
        case 'TimeZone':
            return `timezone ${s.zone.name}`;
        // calendars
        case 'Hours':
            return printHours(s);
        case 'Holidays':
            return words(`closed on public holidays ${s.country.name}`, s.region && `region ${s.region.name}`);
        case 'ClosedDates':
            return `closed on ${s.dates.map((d) => d.value).join(', ')}`;
        case 'SpecialHours':
            return words('open on', s.holidays ? 'public holidays' : s.dates.map((d) => d.value).join(', '), printRanges(s.hours));
        case 'Condition':
            return printCondition(s);
        case 'TimeStat':
            return words(s.statistic === 'average' ? 'average' : `${ordinal(s.percentile ?? 0)} percentile of`, `${s.clock.name} time`, s.noun && `of ${s.noun.name}`, s.direction, printValue(s.target), printPeriod(s.period), printOnCalendar(s.calendar));
        // priority matrix
        case 'Levels':
            return `${s.axis} levels ${printNames(s.levels)}`;
        case 'Cell':
            return `${s.impact.name} impact and ${s.urgency.name} urgency is ${s.priority.name}`;
        // targets and tiers
        case 'Target':
            return words(clockNames[s.target], printNames(s.priorities), targetVerb(s.target), printValue(s.within), printOnCalendar(s.calendar), ...s.conditions.map(printCondition));
        case 'Pause':
            return printPause(s);
        case 'DefaultCalendar':
            return `calendar ${s.calendar.name}`;
        // objectives
        case 'Availability':
            return words(`availability of service ${s.service.name}`, s.direction, printValue(s.target), printPeriod(s.period), printOnCalendar(s.calendar));
        case 'Share':
            return printShare(s);
        case 'Quality':
            return printQuality(s);
        case 'Exclusion':
            return printExclusion(s);
        // credits and bonuses
        case 'Band':
            return words(s.comparison, printValue(s.threshold), ladder, printAmount(s.amount));
        case 'Cap':
            return words('at most', printAmount(s.amount), printPeriod(s.period));
        case 'SoleRemedy':
            return 'sole remedy';
        case 'Penalty':
            return 'penalty';
        // escalation and reporting
        case 'AppliesTo':
            return `for ${printNames(s.priorities)}`;
        case 'CountedFrom':
            return `counted from ${s.from}`;
        case 'Warning':
            return words(`warn at ${printValue(s.at)} of ${clockNames[s.target]} time`, s.to && `to ${printText(s.to)}`);
        case 'Step':
            return words(`step ${s.number.raw} ${printText(s.role)} after ${printValue(s.after)}`, printOnCalendar(s.calendar), s.contact && `contact ${printText(s.contact)}`);
        case 'Report':
            return words(`report ${printText(s.title)} ${s.frequency}`, s.recipient && `to ${printText(s.recipient)}`, s.covering.length > 0 && `covering ${printNames(s.covering)}`);
        // scenarios
        case 'Now':
            return `now ${printDateTime(s.at)}`;
        case 'Ticket':
            return printTicket(s);
        case 'Outage':
            return printOutage(s);
        case 'Contacts':
            return words(`${s.count.raw} ${s.noun.name} ${s.verb.name}`, s.after && `after ${printValue(s.after)}`, `in ${s.period.value}`);
        case 'Measurement':
            return `measured ${s.objective.name} in ${s.period.value} is ${printValue(s.value)}`;
        case 'ExpectTicket':
            return `expect ${s.ticket.name} ${clockNames[s.target]} ${s.outcome}`;
        case 'ExpectCredit':
            return `expect credit for ${s.objective.name} in ${s.period.value} is ${s.amount ? printAmount(s.amount) : 'none'}`;
        case 'ExpectObjective':
            return `expect ${s.objective.name} in ${s.period.value} ${s.outcome}`;
        case 'ExpectValue':
            return `expect ${s.objective.name} in ${s.period.value} is ${printValue(s.value)}`;
        default:
            if (isUnderpinningStatement(s))
                return printUnderpinningStatement(s);
            return isLifecycleStatement(s) ? printLifecycle(s, quote, printValue, printDateTime) : printLegalStatement(s);
    }
}
// ---------------------------------------------------------------------------------------------
// Declarations: a header line and a block of statements.
function named(keyword, name, title) {
    return words(keyword, name.name, title && printText(title));
}
function printHeader(d) {
    switch (d.kind) {
        case 'Agreement':
            return `agreement ${printText(d.title)}`;
        case 'Service':
            return named('service', d.name, d.title);
        case 'List':
            return d.list === 'exclusions' ? 'exclusions' : 'customer responsibilities';
        case 'Calendar':
            return named('calendar', d.name, d.title);
        case 'Priority':
            return named('priority', d.name, d.title);
        case 'Matrix':
            return 'priority matrix';
        case 'Targets':
            return 'targets';
        case 'Tier':
            return named('tier', d.name, d.title);
        case 'Objective':
            return named('objective', d.name, d.title);
        case 'Credits':
            return `credits for ${d.objective.name}`;
        case 'CreditTerms':
            return 'credit terms';
        case 'Bonus':
            return `bonus for ${d.objective.name}`;
        case 'Escalation':
            return named('escalation', d.name, d.title);
        case 'Reporting':
            return 'reporting';
        case 'Underpinning':
            return printUnderpinningHeader(d);
        case 'Scenario':
            return `scenario ${printText(d.title)}`;
        case 'Statuses':
            return 'statuses';
        case 'Aliases':
            return 'aliases';
        case 'Field':
            return words(named('field', d.name, d.title), d.values && `values ${d.values.map((v) => quote(v.value)).join(', ')}`);
        case 'Import':
            return printImport(d);
        default:
            return printLegalHeader(d);
    }
}
function statementsOf(d) {
    return d.kind === 'List' ? d.items : d.kind === 'Import' ? [] : d.body;
}
/** The kind word is written where it changes: `import calendar office, always and priority P1 from "…"`. */
function printImport(d) {
    if (d.items === null)
        return `import ${quote(d.path.value)}`;
    const items = d.items.map((item, i) => {
        const kindWord = item.what === null || (item.name && item.what === d.items[i - 1]?.what) ? '' : importWords[item.what];
        return words(kindWord, item.name?.name);
    });
    return `import ${items.join(', ')} from ${quote(d.path.value)}`;
}
const importWords = {
    calendar: 'calendar',
    priority: 'priority',
    service: 'service',
    field: 'field',
    statuses: 'statuses',
    aliases: 'aliases',
    matrix: 'priority matrix',
    'party provider': 'party provider',
    'party customer': 'party customer',
};
/** Service and priority may leave out their block; the formatter does so when it would be empty. */
function blockIsOptional(d) {
    return d.kind === 'Service' || d.kind === 'Priority' || d.kind === 'Field';
}
const INDENT = '  ';
class Printer {
    text;
    comments;
    braces;
    used = new Set();
    constructor(text, comments, braces) {
        this.text = text;
        this.comments = comments;
        this.braces = braces;
    }
    document(doc) {
        const items = doc.declarations.map((d) => this.declarationItem(d));
        const lines = this.sequence(items, 0, this.text.length, '', true);
        if (this.used.size !== this.comments.length) {
            throw new Error(`internal error: the formatter kept ${this.used.size} of ${this.comments.length} comments`);
        }
        return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    }
    declarationItem(d) {
        const start = d.range.start.offset;
        const end = d.range.end.offset;
        const open = this.braces.find((b) => b >= start && b < end);
        return { start, end, headerEnd: open ?? end, print: (indent, trailing) => this.declaration(d, open, indent, trailing) };
    }
    declaration(d, open, indent, trailing) {
        const header = indent + printHeader(d);
        const after = trailing === null ? '' : ` ${trailing}`;
        if (open === undefined)
            return [header + after];
        const close = d.range.end.offset - 1;
        const statements = statementsOf(d);
        const ladder = d.kind === 'Bonus' ? 'bonus' : 'credit';
        const items = statements.map((s) => {
            const start = s.range.start.offset;
            const end = s.range.end.offset;
            return { start, end, headerEnd: end, print: (ind, tr) => [ind + printStatement(s, ladder) + (tr === null ? '' : ` ${tr}`)] };
        });
        // An end-of-line comment after `{` stays on the header line.
        const headComment = this.endOfLineComment(open + 1, statements[0]?.range.start.offset ?? close);
        const body = this.sequence(items, headComment?.range.end.offset ?? open + 1, close, indent + INDENT, false);
        if (body.length === 0 && !headComment)
            return [header + (statements.length === 0 && blockIsOptional(d) ? '' : ' {}') + after];
        return [`${header} {${headComment ? ` ${this.take(headComment)}` : ''}`, ...body, `${indent}}${after}`];
    }
    /**
     * Prints items with the comments of [from, to) around them. Top-level declarations are always
     * separated by one blank line; elsewhere one blank line is kept where the source had any.
     */
    sequence(items, from, to, indent, topLevel) {
        const out = [];
        let prevEnd = from;
        let groupStart = false;
        const emit = (lines, anchor, end) => {
            const blank = out.length > 0 && (groupStart || this.blankBetween(prevEnd, anchor));
            if (blank)
                out.push('');
            out.push(...lines);
            prevEnd = Math.max(prevEnd, end);
            groupStart = false;
        };
        const emitComment = (c, anchor) => emit([indent + this.take(c)], anchor, c.range.end.offset);
        let cursor = from;
        items.forEach((item, i) => {
            groupStart = topLevel && i > 0;
            for (const c of this.commentsIn(cursor, item.start))
                emitComment(c, c.range.start.offset);
            // Comments inside the item's line(s) go before it, as if they stood at its start.
            for (const c of this.commentsIn(item.start, item.headerEnd))
                emitComment(c, item.start);
            const trailing = this.endOfLineComment(item.end, items[i + 1]?.start ?? to);
            const end = trailing?.range.end.offset ?? item.end;
            emit(item.print(indent, trailing ? this.take(trailing) : null), item.start, end);
            cursor = end;
        });
        groupStart = false;
        for (const c of this.commentsIn(cursor, to))
            emitComment(c, c.range.start.offset);
        return out;
    }
    /** The comment that starts in [from, to) on the line where `from` is, if any. */
    endOfLineComment(from, to) {
        const c = this.commentsIn(from, to)[0];
        return c && !this.text.slice(from, c.range.start.offset).includes('\n') ? c : undefined;
    }
    commentsIn(from, to) {
        return this.comments.filter((c) => c.range.start.offset >= from && c.range.start.offset < to);
    }
    /** True when only whitespace with at least one empty line lies between the two offsets. */
    blankBetween(from, to) {
        if (from >= to)
            return false;
        const gap = this.text.slice(from, to);
        return /^\s*$/.test(gap) && (gap.match(/\n/g)?.length ?? 0) >= 2;
    }
    /** Marks a comment as printed (each exactly once) and returns its text. */
    take(c) {
        if (this.used.has(c))
            throw new Error(`internal error: the formatter printed a comment twice: ${c.text}`);
        this.used.add(c);
        return c.text;
    }
}
