import * as T from './tokens.js';
function validToken(t) {
    return !!t && Number.isFinite(t.startOffset) && t.startOffset >= 0 && !t.isInsertedInRecovery;
}
export function tokenRange(t) {
    return {
        start: { line: t.startLine ?? 1, column: t.startColumn ?? 1, offset: t.startOffset },
        end: {
            line: t.endLine ?? t.startLine ?? 1,
            column: (t.endColumn ?? t.startColumn ?? 0) + 1,
            offset: (t.endOffset ?? t.startOffset) + 1,
        },
    };
}
function locationRange(loc, fallback) {
    if (!loc || !Number.isFinite(loc.startOffset) || !Number.isFinite(loc.endOffset ?? NaN))
        return fallback;
    return {
        start: { line: loc.startLine ?? 1, column: loc.startColumn ?? 1, offset: loc.startOffset },
        end: { line: loc.endLine ?? 1, column: (loc.endColumn ?? 0) + 1, offset: (loc.endOffset ?? loc.startOffset) + 1 },
    };
}
function unquote(image) {
    const body = image.endsWith('"') && image.length >= 2 ? image.slice(1, -1) : image.slice(1);
    return body.replace(/\\(.)/g, (_m, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
const weekdays = {
    monday: 'monday',
    tuesday: 'tuesday',
    wednesday: 'wednesday',
    thursday: 'thursday',
    friday: 'friday',
    saturday: 'saturday',
    sunday: 'sunday',
};
const timeUnits = {
    [T.Seconds.name]: 'second',
    [T.Minutes.name]: 'minute',
    [T.Hours.name]: 'hour',
    [T.Day.name]: 'day',
    [T.Days.name]: 'day',
    [T.Weeks.name]: 'week',
    [T.Months.name]: 'month',
    [T.Years.name]: 'year',
};
const periodUnits = {
    [T.Day.name]: 'day',
    [T.Days.name]: 'day',
    [T.Weeks.name]: 'week',
    [T.Months.name]: 'month',
    [T.Quarters.name]: 'quarter',
    [T.Years.name]: 'year',
};
/** Walks one CST; `lastGood` anchors nodes that recovery left without any token of their own. */
class AstBuilder {
    // Fresh objects per tree: the language service moves a tree's positions in place.
    lastGood = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    tokens(ctx, type) {
        return ctx[type.name] ?? [];
    }
    token(ctx, type, i = 0) {
        const t = this.tokens(ctx, type)[i];
        return validToken(t) ? t : undefined;
    }
    has(ctx, type) {
        return this.tokens(ctx, type).length > 0;
    }
    /** The meaning of the first keyword of `table` present in ctx: how alternatives are told apart. */
    pick(ctx, table, fallback) {
        for (const [type, value] of table)
            if (this.has(ctx, type))
                return value;
        return fallback;
    }
    cause(ctx) {
        const c = this.node(ctx, 'cause')?.children;
        return c
            ? this.pick(c, [
                [T.Force, 'force-majeure'],
                [T.Customer, 'customer-caused'],
            ], 'third-party')
            : null;
    }
    nodes(ctx, rule) {
        return ctx[rule] ?? [];
    }
    node(ctx, rule, i = 0) {
        return this.nodes(ctx, rule)[i];
    }
    range(node) {
        const r = locationRange(node.location, this.lastGood);
        this.lastGood = r;
        return r;
    }
    tokRange(t, fallback) {
        return t ? tokenRange(t) : fallback;
    }
    ident(t, fallback) {
        return { kind: 'Ident', name: t?.image ?? '', range: this.tokRange(t, fallback) };
    }
    identOf(ctx, type, i, fallback) {
        return this.ident(this.token(ctx, type, i), fallback);
    }
    string(t, fallback) {
        return { kind: 'String', value: t ? unquote(t.image) : '', range: this.tokRange(t, fallback) };
    }
    identList(node, fallback) {
        if (!node)
            return [];
        return this.tokens(node.children, T.Identifier)
            .filter(validToken)
            .map((t) => this.ident(t, fallback));
    }
    text(node, fallback) {
        if (!node)
            return { kind: 'Text', parts: [], range: fallback };
        const range = this.range(node);
        const parts = this.nodes(node.children, 'textPart').map((p) => {
            const pr = this.range(p);
            const lang = this.token(p.children, T.Identifier);
            const str = this.token(p.children, T.StringLiteral);
            return { kind: 'TextPart', lang: lang ? lang.image : null, value: str ? unquote(str.image) : '', range: pr };
        });
        return { kind: 'Text', parts, range };
    }
    optText(ctx, fallback) {
        const n = this.node(ctx, 'textParts');
        return n ? this.text(n, fallback) : null;
    }
    textStmt(node) {
        const range = this.range(node);
        return { kind: 'TextStmt', range, text: this.text(this.node(node.children, 'textParts'), range) };
    }
    onCalendar(ctx) {
        const n = this.node(ctx, 'onCalendar');
        return n ? this.identOf(n.children, T.Identifier, 0, this.range(n)) : null;
    }
    zone(ctx, fallback) {
        const n = this.node(ctx, 'zone');
        if (!n)
            return this.ident(undefined, fallback);
        return this.ident(this.token(n.children, T.ZoneName) ?? this.token(n.children, T.Identifier), this.range(n));
    }
    value(node, fallback) {
        if (!node)
            return { kind: 'Number', value: 0, raw: '', range: fallback };
        const range = this.range(node);
        const c = node.children;
        const pct = this.token(c, T.PercentageToken);
        if (pct)
            return { kind: 'Percentage', value: Number(pct.image.slice(0, -1)), raw: pct.image, range };
        const numbers = this.tokens(c, T.NumberToken).filter(validToken);
        const first = numbers[0];
        const raw = first?.image ?? '0';
        const value = Number(raw);
        const currency = this.token(c, T.Identifier);
        if (currency && this.tokens(c, T.Per).length === 0 && currency.startOffset < (first?.startOffset ?? Infinity)) {
            return { kind: 'Money', currency: currency.image, minor: Math.round(value * 100), raw, range };
        }
        const second = numbers[1]?.image ?? '0';
        if (this.has(c, T.Out))
            return { kind: 'Score', value, raw, outOf: Number(second), outOfRaw: second, range };
        if (this.has(c, T.Per)) {
            return {
                kind: 'Rate',
                count: value,
                raw,
                per: Number(second),
                perRaw: second,
                noun: this.token(c, T.Identifier, 0)?.image ?? '',
                range,
            };
        }
        const unit = this.node(c, 'unit');
        if (unit) {
            const u = unit.children;
            const clock = this.has(u, T.Business)
                ? 'business'
                : this.has(u, T.Working)
                    ? 'working'
                    : this.has(u, T.CalendarDays)
                        ? 'calendar'
                        : 'elapsed';
            const unitToken = Object.keys(timeUnits).find((name) => (u[name]?.length ?? 0) > 0);
            return { kind: 'Duration', value, raw, unit: unitToken ? timeUnits[unitToken] : 'hour', clock, range };
        }
        return { kind: 'Number', value, raw, range };
    }
    valueOf(ctx, i, fallback) {
        return this.value(this.node(ctx, 'value', i), fallback);
    }
    period(node) {
        if (!node)
            return null;
        const range = this.range(node);
        const c = node.children;
        const count = this.token(c, T.NumberToken);
        const unitName = Object.keys(periodUnits).find((name) => (c[name]?.length ?? 0) > 0);
        return {
            kind: 'Period',
            unit: unitName ? periodUnits[unitName] : 'month',
            count: count ? Number(count.image) : 1,
            countRaw: count ? count.image : null,
            rolling: !!count,
            range,
        };
    }
    direction(node) {
        return node && this.has(node.children, T.Most) ? 'at most' : 'at least';
    }
    dateTime(node, fallback) {
        if (!node)
            return { kind: 'DateTime', date: '', time: '', range: fallback };
        const range = this.range(node);
        return {
            kind: 'DateTime',
            date: this.token(node.children, T.DateToken)?.image ?? '',
            time: this.token(node.children, T.TimeToken)?.image ?? '',
            range,
        };
    }
    periodLit(node, fallback) {
        if (!node)
            return { kind: 'PeriodLit', value: '', period: 'month', range: fallback };
        const range = this.range(node);
        const c = node.children;
        const m = this.token(c, T.MonthToken);
        const q = this.token(c, T.QuarterToken);
        const y = this.token(c, T.NumberToken);
        if (m)
            return { kind: 'PeriodLit', value: m.image, period: 'month', range };
        if (q)
            return { kind: 'PeriodLit', value: q.image, period: 'quarter', range };
        return { kind: 'PeriodLit', value: y?.image ?? '', period: 'year', range };
    }
    date(t, fallback) {
        return { kind: 'Date', value: t?.image ?? '', range: this.tokRange(t, fallback) };
    }
    time(t, fallback) {
        const value = t?.image ?? '00:00';
        const [h, m] = value.split(':').map(Number);
        return { kind: 'Time', value, minutes: (h ?? 0) * 60 + (m ?? 0), range: this.tokRange(t, fallback) };
    }
    amount(node, fallback) {
        if (!node)
            return { kind: 'Amount', value: this.value(undefined, fallback), ofFee: false, range: fallback };
        const range = this.range(node);
        return { kind: 'Amount', value: this.valueOf(node.children, 0, range), ofFee: this.has(node.children, T.Fee), range };
    }
    // ----- declarations ----------------------------------------------------------------------
    document(node, tokens) {
        const range = documentRange(tokens);
        const declarations = [];
        for (const d of this.nodes(node.children, 'declaration')) {
            const inner = Object.values(d.children)[0]?.[0];
            if (!inner || !('name' in inner))
                continue;
            const decl = this.declaration(inner);
            if (decl)
                declarations.push(decl);
        }
        return { kind: 'Document', declarations, range };
    }
    declaration(node) {
        const range = this.range(node);
        const c = node.children;
        const name = () => this.identOf(c, T.Identifier, 0, range);
        const body = (rule, f) => this.nodes(c, rule).map(f);
        switch (node.name) {
            case 'agreement':
                return {
                    kind: 'Agreement',
                    range,
                    title: this.text(this.node(c, 'textParts'), range),
                    body: body('agreementStmt', (n) => this.agreementStmt(n)),
                };
            case 'service':
                return { kind: 'Service', range, name: name(), title: this.optText(c, range), body: body('textStmt', (n) => this.textStmt(n)) };
            case 'list':
                return {
                    kind: 'List',
                    range,
                    list: this.has(c, T.Exclusions) ? 'exclusions' : 'responsibilities',
                    items: body('textStmt', (n) => this.textStmt(n)),
                };
            case 'calendar':
                return {
                    kind: 'Calendar',
                    range,
                    name: name(),
                    title: this.optText(c, range),
                    body: body('calendarStmt', (n) => this.calendarStmt(n)),
                };
            case 'priority':
                return { kind: 'Priority', range, name: name(), title: this.optText(c, range), body: body('textStmt', (n) => this.textStmt(n)) };
            case 'matrix':
                return { kind: 'Matrix', range, body: body('matrixStmt', (n) => this.matrixStmt(n)) };
            case 'targets':
                return { kind: 'Targets', range, body: body('targetStmt', (n) => this.targetStmt(n)) };
            case 'tier':
                return { kind: 'Tier', range, name: name(), title: this.optText(c, range), body: body('targetStmt', (n) => this.targetStmt(n)) };
            case 'objective':
                return {
                    kind: 'Objective',
                    range,
                    name: name(),
                    title: this.optText(c, range),
                    body: body('objectiveStmt', (n) => this.objectiveStmt(n)),
                };
            case 'credits':
                return { kind: 'Credits', range, objective: name(), body: body('ladderStmt', (n) => this.ladderStmt(n)) };
            case 'creditTerms':
                return { kind: 'CreditTerms', range, body: body('ladderStmt', (n) => this.ladderStmt(n)) };
            case 'bonus':
                return { kind: 'Bonus', range, objective: name(), body: body('ladderStmt', (n) => this.ladderStmt(n)) };
            case 'escalation':
                return {
                    kind: 'Escalation',
                    range,
                    name: name(),
                    title: this.optText(c, range),
                    body: body('escalationStmt', (n) => this.escalationStmt(n)),
                };
            case 'underpinning':
                return {
                    kind: 'Underpinning',
                    range,
                    title: this.optText(c, range),
                    body: body('underpinningStmt', (n) => this.underpinningStmt(n)),
                };
            case 'reporting':
                return {
                    kind: 'Reporting',
                    range,
                    body: [...body('report', (n) => this.report(n)), ...body('textStmt', (n) => this.textStmt(n))].sort((a, b) => a.range.start.offset - b.range.start.offset),
                };
            case 'scenario':
                return {
                    kind: 'Scenario',
                    range,
                    title: this.text(this.node(c, 'textParts'), range),
                    body: body('scenarioStmt', (n) => this.scenarioStmt(n)),
                };
            case 'statuses':
                return {
                    kind: 'Statuses',
                    range,
                    body: [...body('statusStmt', (n) => this.statusStmt(n)), ...body('textStmt', (n) => this.textStmt(n))].sort((a, b) => a.range.start.offset - b.range.start.offset),
                };
            case 'aliases':
                return { kind: 'Aliases', range, body: body('aliasStmt', (n) => this.aliasStmt(n)) };
            case 'party':
                return {
                    kind: 'Party',
                    range,
                    role: this.has(c, T.Customer) ? 'customer' : 'provider',
                    body: body('partyStmt', (n) => this.partyStmt(n)),
                };
            case 'legal':
                return { kind: 'Legal', range, body: body('legalStmt', (n) => this.legalStmt(n)) };
            case 'incidentCredits':
                return this.incidentCredits(node, range);
            case 'revisions':
                return { kind: 'Revisions', range, body: body('revisionStmt', (n) => this.revisionStmt(n)) };
            case 'field':
                return {
                    kind: 'Field',
                    range,
                    name: name(),
                    title: this.optText(c, range),
                    values: this.has(c, T.Values)
                        ? this.tokens(c, T.StringLiteral)
                            .filter(validToken)
                            .map((t) => this.string(t, range))
                        : null,
                    body: body('textStmt', (n) => this.textStmt(n)),
                };
            case 'importDecl':
                return this.importDecl(node, range);
            default:
                return undefined;
        }
    }
    importDecl(node, range) {
        const c = node.children;
        const itemNodes = this.nodes(c, 'importItem');
        let previous = null;
        const items = itemNodes.map((n) => {
            const ic = n.children;
            const r = this.range(n);
            const kinded = this.pick(ic, [
                [T.Statuses, 'statuses'],
                [T.Aliases, 'aliases'],
                [T.Matrix, 'matrix'],
                [T.Provider, 'party provider'],
                [T.Customer, 'party customer'],
                [T.Calendar, 'calendar'],
                [T.Priority, 'priority'],
                [T.Service, 'service'],
                [T.Field, 'field'],
            ], null);
            const id = this.token(ic, T.Identifier);
            const named = kinded === null || kinded === 'calendar' || kinded === 'priority' || kinded === 'service' || kinded === 'field';
            // A bare name continues the kind of the item before it, if that kind has names.
            const what = kinded ?? (previous === 'calendar' || previous === 'priority' || previous === 'service' || previous === 'field' ? previous : null);
            previous = what;
            return { kind: 'ImportItem', range: r, what, name: named ? this.ident(id, r) : null };
        });
        return {
            kind: 'Import',
            range,
            items: this.has(c, T.From) || itemNodes.length > 0 ? items : null,
            path: this.string(this.token(c, T.StringLiteral), range),
        };
    }
    agreementStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const str = () => this.string(this.token(c, T.StringLiteral), range);
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        if (this.has(c, T.Provider))
            return { kind: 'Provider', range, name: str() };
        if (this.has(c, T.Kind)) {
            const value = this.has(c, T.Internal) ? 'internal' : this.has(c, T.Multilevel) ? 'multilevel' : 'customer';
            return { kind: 'AgreementKind', range, value };
        }
        if (this.has(c, T.Customer))
            return { kind: 'Customer', range, name: str() };
        if (this.has(c, T.Version))
            return { kind: 'Version', range, value: str() };
        if (this.has(c, T.Term)) {
            return {
                kind: 'Term',
                range,
                from: this.date(this.token(c, T.DateToken, 0), range),
                to: this.date(this.token(c, T.DateToken, 1), range),
            };
        }
        if (this.has(c, T.Fee)) {
            const period = this.has(c, T.Quarterly) ? 'quarter' : this.has(c, T.Yearly) ? 'year' : 'month';
            return { kind: 'Fee', range, amount: this.valueOf(c, 0, range), period };
        }
        if (this.has(c, T.Languages))
            return { kind: 'Languages', range, languages: this.identList(this.node(c, 'identList'), range) };
        if (this.has(c, T.Review))
            return { kind: 'Review', range, every: this.valueOf(c, 0, range) };
        if (this.has(c, T.Governing))
            return { kind: 'GoverningLaw', range, country: this.identOf(c, T.Identifier, 0, range) };
        if (this.has(c, T.Change))
            return { kind: 'ChangeProcedure', range, text: this.text(this.node(c, 'textParts'), range) };
        if (this.has(c, T.Acceptance))
            return { kind: 'AcceptancePeriod', range, duration: this.valueOf(c, 0, range) };
        return { kind: 'TimeZone', range, zone: this.zone(c, range) };
    }
    calendarStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        const hours = this.node(c, 'hours');
        if (hours) {
            const h = hours.children;
            return { kind: 'Hours', range, everyDay: this.has(h, T.Every), days: this.daySpans(h), hours: this.timeRanges(h) };
        }
        const open = this.node(c, 'openOn');
        if (open) {
            const o = open.children;
            return {
                kind: 'SpecialHours',
                range,
                dates: this.tokens(o, T.DateToken)
                    .filter(validToken)
                    .map((t) => this.date(t, range)),
                holidays: this.has(o, T.Holidays),
                hours: this.timeRanges(o),
            };
        }
        const closed = this.node(c, 'closed');
        if (closed) {
            const cc = closed.children;
            if (this.has(cc, T.Holidays)) {
                const region = this.token(cc, T.Identifier, 1);
                return {
                    kind: 'Holidays',
                    range,
                    country: this.identOf(cc, T.Identifier, 0, range),
                    region: region ? this.ident(region, range) : null,
                };
            }
            return {
                kind: 'ClosedDates',
                range,
                dates: this.tokens(cc, T.DateToken)
                    .filter(validToken)
                    .map((t) => this.date(t, range)),
            };
        }
        return { kind: 'TimeZone', range, zone: this.zone(c, range) };
    }
    daySpans(c) {
        const list = this.node(c, 'daySpans');
        return this.nodes(list?.children ?? {}, 'daySpan').map((d) => {
            const dr = this.range(d);
            const [from, to] = this.nodes(d.children, 'weekday').map((w) => this.weekday(w));
            return { kind: 'DaySpan', from: from ?? 'monday', to: to ?? from ?? 'monday', range: dr };
        });
    }
    /** From `every` to the last time range of a maintenance window. */
    windowRange(c, fallback) {
        const every = this.token(c, T.Every);
        const last = this.timeRanges(c).at(-1);
        return every && last ? { start: tokenRange(every).start, end: last.range.end } : fallback;
    }
    timeRanges(c) {
        const list = this.node(c, 'timeRanges');
        return this.nodes(list?.children ?? {}, 'timeRange').map((t) => {
            const tr = this.range(t);
            return {
                kind: 'TimeRange',
                from: this.time(this.token(t.children, T.TimeToken, 0), tr),
                to: this.time(this.token(t.children, T.TimeToken, 1), tr),
                range: tr,
            };
        });
    }
    condition(node) {
        const range = this.range(node);
        const c = node.children;
        const keyword = this.token(c, T.Priority) ?? this.token(c, T.Tier) ?? this.token(c, T.Language);
        const idents = this.tokens(c, T.Identifier).filter(validToken);
        const fieldToken = keyword ?? idents[0];
        const values = [...(keyword ? idents : idents.slice(1)), ...this.tokens(c, T.StringLiteral).filter(validToken)]
            .sort((a, b) => a.startOffset - b.startOffset)
            .map((t) => {
            const quoted = t.tokenType === T.StringLiteral;
            return { kind: 'ConditionValue', value: quoted ? unquote(t.image) : t.image, quoted, range: tokenRange(t) };
        });
        return { kind: 'Condition', range, field: this.ident(fieldToken, range), values };
    }
    weekday(node) {
        const t = Object.values(node.children)[0]?.[0];
        return weekdays[t?.image ?? ''] ?? 'monday';
    }
    matrixStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        if (this.has(c, T.Levels)) {
            return {
                kind: 'Levels',
                range,
                axis: this.has(c, T.Impact) ? 'impact' : 'urgency',
                levels: this.identList(this.node(c, 'identList'), range),
            };
        }
        return {
            kind: 'Cell',
            range,
            impact: this.identOf(c, T.Identifier, 0, range),
            urgency: this.identOf(c, T.Identifier, 1, range),
            priority: this.identOf(c, T.Identifier, 2, range),
        };
    }
    defaultCalendar(node) {
        const range = this.range(node);
        return { kind: 'DefaultCalendar', range, calendar: this.identOf(node.children, T.Identifier, 0, range) };
    }
    /** Statements that several blocks share: `text …` and `calendar <name>`. */
    sharedStmt(c) {
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        const dc = this.node(c, 'defaultCalendar');
        return dc ? this.defaultCalendar(dc) : undefined;
    }
    targetStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const shared = this.sharedStmt(c);
        if (shared)
            return shared;
        if (this.has(c, T.Paused)) {
            const status = this.token(c, T.StringLiteral);
            const condition = this.has(c, T.Customer) ? 'customer' : this.has(c, T.Third) ? 'third-party' : 'status';
            return {
                kind: 'Pause',
                range,
                condition,
                status: status ? this.string(status, range) : null,
                cap: this.has(c, T.Most) ? this.valueOf(c, 0, range) : null,
            };
        }
        const start = this.node(c, 'clockStart');
        if (start) {
            const s = start.children;
            const sr = this.range(start);
            const status = this.token(s, T.StringLiteral);
            const at = this.pick(s, [
                [T.Creation, 'creation'],
                [T.Assignment, 'assignment'],
            ], 'status');
            return { kind: 'ClockStart', range: sr, at, status: status ? this.string(status, sr) : null };
        }
        return {
            kind: 'Target',
            range,
            target: this.pick(c, [
                [T.Resolution, 'resolution'],
                [T.Next, 'next-reply'],
                [T.Update, 'update'],
            ], 'response'),
            priorities: this.identList(this.node(c, 'identList'), range),
            within: this.valueOf(c, 0, range),
            calendar: this.onCalendar(c),
            conditions: this.nodes(c, 'condition').map((n) => this.condition(n)),
        };
    }
    strings(ctx, fallback) {
        return this.tokens(ctx, T.StringLiteral)
            .filter(validToken)
            .map((t) => this.string(t, fallback));
    }
    statusStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const word = this.token(c, T.Identifier);
        const reason = this.has(c, T.Customer) ? 'customer' : this.has(c, T.Third) ? 'third-party' : null;
        return { kind: 'Status', range, names: this.strings(c, range), meaning: word ? this.ident(word, range) : null, reason };
    }
    aliasStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const field = this.pick(c, [
            [T.Priority, 'priority'],
            [T.Tier, 'tier'],
        ], 'status');
        const strings = this.strings(c, range);
        const ident = this.token(c, T.Identifier);
        const target = ident ? this.ident(ident, range) : (strings.pop() ?? this.string(undefined, range));
        return { kind: 'Alias', range, field, values: strings, target };
    }
    clockKind(node) {
        const c = node?.children ?? {};
        return this.pick(c, [
            [T.Response, 'response'],
            [T.Next, 'next-reply'],
            [T.Update, 'update'],
        ], 'resolution');
    }
    objectiveStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const inner = (rule) => this.node(c, rule);
        const textStmt = inner('textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        const av = inner('availability');
        if (av) {
            const a = av.children;
            return {
                kind: 'Availability',
                range: this.range(av),
                service: this.identOf(a, T.Identifier, 0, range),
                direction: this.direction(this.node(a, 'direction')),
                target: this.valueOf(a, 0, range),
                period: this.period(this.node(a, 'period')),
                calendar: this.onCalendar(a),
            };
        }
        const share = inner('share');
        if (share) {
            const s = share.children;
            const values = this.nodes(s, 'value');
            const verb = this.node(s, 'verb');
            const verbToken = verb ? Object.values(verb.children)[0]?.[0] : undefined;
            return {
                kind: 'Share',
                range: this.range(share),
                direction: this.has(s, T.Most) || (this.node(s, 'direction') && this.direction(this.node(s, 'direction')) === 'at most')
                    ? 'at most'
                    : 'at least',
                target: this.value(values[0], range),
                noun: this.identOf(s, T.Identifier, 0, range),
                verb: this.ident(validToken(verbToken) ? verbToken : undefined, range),
                within: values[1] ? this.value(values[1], range) : null,
                onTime: this.has(s, T.Time),
                period: this.period(this.node(s, 'period')),
                calendar: this.onCalendar(s),
            };
        }
        const condition = inner('condition');
        if (condition)
            return this.condition(condition);
        const stat = inner('timeStat');
        if (stat) {
            const q = stat.children;
            const sr = this.range(stat);
            const ordinal = this.token(q, T.OrdinalToken);
            const clockToken = this.token(q, T.Response) ?? this.token(q, T.Resolution);
            const idents = this.tokens(q, T.Identifier).filter(validToken);
            const clock = clockToken ? this.ident(clockToken, sr) : this.ident(idents.shift(), sr);
            return {
                kind: 'TimeStat',
                range: sr,
                statistic: ordinal ? 'percentile' : 'average',
                percentile: ordinal ? Number.parseInt(ordinal.image, 10) : null,
                clock,
                noun: this.has(q, T.Of) && (ordinal ? this.tokens(q, T.Of).length > 1 : true) ? this.ident(idents[0], sr) : null,
                direction: this.direction(this.node(q, 'direction')),
                target: this.valueOf(q, 0, sr),
                period: this.period(this.node(q, 'period')),
                calendar: this.onCalendar(q),
            };
        }
        const quality = inner('quality');
        if (quality) {
            const q = quality.children;
            const metric = this.pick(q, [
                [T.First, 'first-time-right'],
                [T.Csat, 'csat'],
                [T.Nps, 'nps'],
                [T.Reopen, 'reopen-ratio'],
                [T.ErrorKw, 'error-rate'],
            ], 'kpi');
            const kpi = metric === 'kpi' ? this.identOf(q, T.Identifier, 0, range) : null;
            const noun = (metric === 'reopen-ratio' || metric === 'first-time-right') && this.has(q, T.Of) ? this.identOf(q, T.Identifier, 0, range) : null;
            return {
                kind: 'Quality',
                range: this.range(quality),
                metric,
                kpi,
                noun,
                direction: this.direction(this.node(q, 'direction')),
                target: this.valueOf(q, 0, range),
                period: this.period(this.node(q, 'period')),
            };
        }
        const ex = inner('exclusion');
        const e = ex?.children ?? {};
        const exRange = ex ? this.range(ex) : range;
        const exclusion = this.has(e, T.Maintenance)
            ? 'maintenance'
            : this.has(e, T.Calamities)
                ? 'calamity'
                : this.has(e, T.Volume)
                    ? 'volume'
                    : (this.cause(e) ?? 'third-party');
        const values = this.nodes(e, 'value');
        const announced = this.has(e, T.Announced);
        const notice = announced && values[0] ? this.value(values[0], exRange) : null;
        const capNode = this.has(e, T.Most) ? values[announced ? 1 : 0] : undefined;
        return {
            kind: 'Exclusion',
            range: exRange,
            exclusion,
            notice,
            cap: capNode ? this.value(capNode, exRange) : null,
            capPeriod: this.period(this.node(e, 'period')),
            volumeAbove: exclusion === 'volume' && values[0] ? this.value(values[0], exRange) : null,
            window: this.has(e, T.Every)
                ? {
                    kind: 'MaintenanceWindow',
                    range: this.windowRange(e, exRange),
                    everyDay: this.has(e, T.Day),
                    days: this.daySpans(e),
                    hours: this.timeRanges(e),
                }
                : null,
            noticeCalendar: this.onCalendar(e),
        };
    }
    ladderStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        if (this.has(c, T.Sole))
            return { kind: 'SoleRemedy', range };
        if (this.has(c, T.Penalty))
            return { kind: 'Penalty', range };
        const amount = this.amount(this.node(c, 'amount'), range);
        if (this.has(c, T.Below) || this.has(c, T.Above)) {
            return { kind: 'Band', range, comparison: this.has(c, T.Above) ? 'above' : 'below', threshold: this.valueOf(c, 0, range), amount };
        }
        return {
            kind: 'Cap',
            range,
            amount,
            period: this.period(this.node(c, 'period')) ?? { kind: 'Period', unit: 'month', count: 1, countRaw: null, rolling: false, range },
        };
    }
    escalationStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const shared = this.sharedStmt(c);
        if (shared)
            return shared;
        const step = this.node(c, 'step');
        if (step) {
            const s = step.children;
            const sr = this.range(step);
            const num = this.token(s, T.NumberToken);
            const contact = this.node(s, 'textParts', 1);
            return {
                kind: 'Step',
                range: sr,
                number: { kind: 'Number', value: Number(num?.image ?? '0'), raw: num?.image ?? '', range: this.tokRange(num, sr) },
                role: this.text(this.node(s, 'textParts'), sr),
                after: this.valueOf(s, 0, sr),
                calendar: this.onCalendar(s),
                contact: contact ? this.text(contact, sr) : null,
            };
        }
        if (this.has(c, T.For) && this.has(c, T.Objective))
            return { kind: 'AppliesToObjectives', range, objectives: this.identList(this.node(c, 'identList'), range) };
        const condition = this.node(c, 'condition');
        if (condition)
            return this.condition(condition);
        if (this.has(c, T.For))
            return { kind: 'AppliesTo', range, priorities: this.identList(this.node(c, 'identList'), range) };
        if (this.has(c, T.Counted))
            return { kind: 'CountedFrom', range, from: this.has(c, T.Breach) ? 'breach' : 'creation' };
        if (this.has(c, T.Including))
            return { kind: 'IncludingPaused', range };
        return {
            kind: 'Warning',
            range,
            at: this.valueOf(c, 0, range),
            target: this.clockKind(this.node(c, 'clockKind')),
            to: this.optText(c, range),
        };
    }
    report(node) {
        const range = this.range(node);
        const c = node.children;
        const frequency = this.pick(c, [
            [T.Real, 'real time'],
            [T.Daily, 'daily'],
            [T.Weekly, 'weekly'],
            [T.Quarterly, 'quarterly'],
            [T.Yearly, 'yearly'],
        ], 'monthly');
        const recipient = this.node(c, 'textParts', 1);
        return {
            kind: 'Report',
            range,
            title: this.text(this.node(c, 'textParts'), range),
            frequency,
            recipient: recipient ? this.text(recipient, range) : null,
            covering: this.identList(this.node(c, 'identList'), range),
        };
    }
    underpinningStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        if (this.has(c, T.Agreement)) {
            return {
                kind: 'UnderpinningAgreement',
                range,
                name: this.identOf(c, T.Identifier, 0, range),
                path: this.string(this.token(c, T.StringLiteral), range),
            };
        }
        if (this.has(c, T.Availability)) {
            const components = this.nodes(c, 'componentObjective').map((n) => {
                const r = this.range(n);
                return {
                    kind: 'ComponentObjective',
                    range: r,
                    agreement: this.identOf(n.children, T.Identifier, 0, r),
                    objective: this.identOf(n.children, T.Identifier, 1, r),
                };
            });
            return { kind: 'SeriesAvailability', range, objective: this.identOf(c, T.Identifier, 0, range), components };
        }
        const levels = this.nodes(c, 'underpinningLevel').map((n) => {
            const r = this.range(n);
            const l = n.children;
            const value = this.node(l, 'value');
            return {
                kind: 'ChainLevel',
                range: r,
                agreement: this.identOf(l, T.Identifier, 0, r),
                tier: this.has(l, T.Tier) ? this.identOf(l, T.Identifier, 1, r) : null,
                handover: value ? this.value(value, r) : null,
                calendar: this.onCalendar(l),
            };
        });
        return {
            kind: 'Chain',
            range,
            target: this.has(c, T.Response) ? 'response' : 'resolution',
            priorities: this.identList(this.node(c, 'identList'), range),
            tier: this.has(c, T.Tier) ? this.identOf(c, T.Identifier, 0, range) : null,
            levels,
        };
    }
    scenarioStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const inner = (rule) => this.node(c, rule);
        const textStmt = inner('textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        if (this.has(c, T.Timezone))
            return { kind: 'TimeZone', range, zone: this.zone(c, range) };
        if (this.has(c, T.Now))
            return { kind: 'Now', range, at: this.dateTime(inner('dateTime'), range) };
        const ticket = inner('ticket');
        if (ticket) {
            const t = ticket.children;
            const tr = this.range(ticket);
            const tier = this.has(t, T.Tier) ? this.token(t, T.Identifier, 2) : undefined;
            const names = this.tokens(t, T.Identifier).slice(this.has(t, T.Tier) ? 3 : 2);
            const strings = this.tokens(t, T.StringLiteral);
            return {
                kind: 'Ticket',
                range: tr,
                id: this.identOf(t, T.Identifier, 0, tr),
                priority: this.identOf(t, T.Identifier, 1, tr),
                tier: tier ? this.ident(tier, tr) : null,
                fields: names.map((n, i) => {
                    const str = validToken(strings[i]) ? strings[i] : undefined;
                    const nr = validToken(n) ? tokenRange(n) : tr;
                    const fr = str ? { start: nr.start, end: tokenRange(str).end } : nr;
                    return { kind: 'FieldValue', range: fr, field: this.ident(validToken(n) ? n : undefined, nr), value: this.string(str, fr) };
                }),
                created: this.dateTime(this.node(t, 'dateTime'), tr),
                events: this.nodes(t, 'ticketEvent').map((e) => this.ticketEvent(e)),
            };
        }
        const outage = inner('outage');
        if (outage) {
            const o = outage.children;
            const or = this.range(outage);
            const dts = this.nodes(o, 'dateTime');
            const kind = this.pick(o, [[T.Planned, 'planned']], this.cause(o) ?? 'unplanned');
            return {
                kind: 'Outage',
                range: or,
                service: this.identOf(o, T.Identifier, 0, or),
                from: this.dateTime(dts[0], or),
                to: this.dateTime(dts[1], or),
                outage: kind,
                announced: dts[2] ? this.dateTime(dts[2], or) : null,
            };
        }
        const contacts = inner('contacts');
        if (contacts) {
            const k = contacts.children;
            const kr = this.range(contacts);
            const num = this.token(k, T.NumberToken);
            const verb = this.node(k, 'verb');
            const verbToken = verb ? Object.values(verb.children)[0]?.[0] : undefined;
            const after = this.node(k, 'value');
            return {
                kind: 'Contacts',
                range: kr,
                count: { kind: 'Number', value: Number(num?.image ?? '0'), raw: num?.image ?? '', range: this.tokRange(num, kr) },
                noun: this.identOf(k, T.Identifier, 0, kr),
                verb: this.ident(validToken(verbToken) ? verbToken : undefined, kr),
                after: after ? this.value(after, kr) : null,
                period: this.periodLit(this.node(k, 'periodLit'), kr),
            };
        }
        const measured = inner('measured');
        if (measured) {
            const m = measured.children;
            const mr = this.range(measured);
            return {
                kind: 'Measurement',
                range: mr,
                objective: this.identOf(m, T.Identifier, 0, mr),
                period: this.periodLit(this.node(m, 'periodLit'), mr),
                value: this.valueOf(m, 0, mr),
            };
        }
        return this.expectation(inner('expect'), range);
    }
    ticketEvent(e) {
        const er = this.range(e);
        const c = e.children;
        const event = this.pick(c, [
            [T.Responded, 'responded'],
            [T.Reopened, 'reopened'],
            [T.Paused, 'paused'],
            [T.Resumed, 'resumed'],
            [T.Assigned, 'assigned'],
            [T.Replied, 'replied'],
            [T.Wrote, 'customer-wrote'],
            [T.Status, 'status'],
            [T.Priority, 'priority'],
        ], 'resolved');
        const status = this.token(c, T.StringLiteral);
        const priority = this.token(c, T.Identifier);
        return {
            kind: 'TicketEvent',
            range: er,
            event,
            at: this.dateTime(this.node(c, 'dateTime'), er),
            status: event === 'status' ? this.string(status, er) : null,
            priority: event === 'priority' ? this.ident(priority, er) : null,
        };
    }
    expectation(node, fallback) {
        const range = node ? this.range(node) : fallback;
        const c = node?.children ?? {};
        const period = this.periodLit(this.node(c, 'periodLit'), range);
        const outcomeNode = this.node(c, 'outcome');
        const outcome = this.pick(outcomeNode?.children ?? {}, [
            [T.Breached, 'breached'],
            [T.Pending, 'pending'],
            [T.Paused, 'paused'],
            [T.Uncertain, 'uncertain'],
        ], 'met');
        const name = this.identOf(c, T.Identifier, 0, range);
        const breach = this.node(c, 'breachExpectation');
        if (breach)
            return this.breachExpectation(breach, range);
        const incident = this.node(c, 'incidentSubject');
        if (incident)
            return this.incidentCredit(incident, this.has(c, T.None) ? null : this.amount(this.node(c, 'amount'), range), range);
        if (this.has(c, T.Credit)) {
            return {
                kind: 'ExpectCredit',
                range,
                objective: name,
                period,
                amount: this.has(c, T.None) ? null : this.amount(this.node(c, 'amount'), range),
            };
        }
        const clock = this.node(c, 'clockKind');
        if (clock) {
            const target = this.clockKind(clock);
            if (this.has(c, T.Due))
                return { kind: 'ExpectClock', range, ticket: name, target, measure: 'due', at: this.dateTime(this.node(c, 'dateTime'), range) };
            if (this.has(c, T.Elapsed) || this.has(c, T.Remaining)) {
                return {
                    kind: 'ExpectClock',
                    range,
                    ticket: name,
                    target,
                    measure: this.has(c, T.Elapsed) ? 'elapsed' : 'remaining',
                    value: this.valueOf(c, 0, range),
                };
            }
            if (this.has(c, T.Risk))
                return { kind: 'ExpectAtRisk', range, ticket: name, target };
            return { kind: 'ExpectTicket', range, ticket: name, target, outcome };
        }
        if (this.has(c, T.Escalation)) {
            const num = this.token(c, T.NumberToken);
            const esc = this.token(c, T.Identifier, 1);
            return {
                kind: 'ExpectStep',
                range,
                ticket: name,
                escalation: esc ? this.ident(esc, range) : null,
                step: num ? { kind: 'Number', value: Number(num.image), raw: num.image, range: tokenRange(num) } : null,
            };
        }
        if (outcomeNode)
            return { kind: 'ExpectObjective', range, objective: name, period, outcome };
        return { kind: 'ExpectValue', range, objective: name, period, value: this.valueOf(c, 0, range) };
    }
    incidentCredit(node, amount, range) {
        const c = node.children;
        const name = this.identOf(c, T.Identifier, 0, range);
        if (this.has(c, T.Ticket))
            return { kind: 'ExpectTicketCredit', range, ticket: name, target: this.clockKind(this.node(c, 'clockKind')), amount };
        return { kind: 'ExpectOutageCredit', range, objective: name, from: this.dateTime(this.node(c, 'dateTime'), range), amount };
    }
    breachExpectation(node, range) {
        const c = node.children;
        const period = this.node(c, 'periodLit');
        return {
            kind: 'ExpectBreachRule',
            range,
            consequence: this.has(c, T.Termination) ? 'termination' : 'improvement-plan',
            objective: this.identOf(c, T.Identifier, 0, range),
            period: period ? this.periodLit(period, range) : null,
        };
    }
    // ----- legal frame and credits per incident ------------------------------------------------
    partyStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        const str = () => this.string(this.token(c, T.StringLiteral), range);
        if (this.has(c, T.Kvk))
            return { kind: 'Kvk', range, value: str() };
        if (this.has(c, T.Address))
            return { kind: 'Address', range, value: str() };
        const text = this.text(this.node(c, 'textParts'), range);
        return this.has(c, T.Represented) ? { kind: 'Representative', range, text } : { kind: 'DefinedTerm', range, text };
    }
    number(t, fallback) {
        return { kind: 'Number', value: t ? Number(t.image) : 0, raw: t?.image ?? '', range: this.tokRange(t, fallback) };
    }
    breachRule(node, fallback) {
        const range = node ? this.range(node) : fallback;
        const c = node?.children ?? {};
        const window = this.node(c, 'breachWindow');
        const w = window?.children;
        return {
            kind: 'BreachRule',
            range,
            consecutive: this.has(c, T.Consecutive) ? this.number(this.token(c, T.NumberToken), range) : null,
            inWindow: w
                ? { count: this.number(this.token(w, T.NumberToken, 0), range), months: this.number(this.token(w, T.NumberToken, 1), range) }
                : null,
        };
    }
    legalStmt(node) {
        const range = this.range(node);
        const c = node.children;
        const textStmt = this.node(c, 'textStmt');
        if (textStmt)
            return this.textStmt(textStmt);
        if (this.has(c, T.Main)) {
            return this.has(c, T.Prevails)
                ? { kind: 'MainPrevails', range }
                : { kind: 'MainAgreement', range, text: this.text(this.node(c, 'textParts'), range) };
        }
        if (this.has(c, T.Prevailing))
            return { kind: 'PrevailingLanguage', range, language: this.identOf(c, T.Identifier, 0, range) };
        if (this.has(c, T.Disputes)) {
            const steps = this.nodes(c, 'forum').map((f) => {
                const fr = this.range(f);
                const forum = this.pick(f.children, [
                    [T.Mediation, 'mediation'],
                    [T.Arbitration, 'arbitration'],
                ], 'court');
                const name = this.token(f.children, T.StringLiteral);
                return { range: fr, forum, name: name ? this.string(name, fr) : null };
            });
            return { kind: 'Disputes', range, steps };
        }
        if (this.has(c, T.Renewal))
            return {
                kind: 'Renewal',
                range,
                every: this.valueOf(c, 0, range),
                notice: this.node(c, 'value', 1) ? this.valueOf(c, 1, range) : null,
            };
        if (this.has(c, T.Liability))
            return {
                kind: 'Liability',
                range,
                amount: this.valueOf(c, 0, range),
                ofFee: this.has(c, T.Fee),
                period: this.period(this.node(c, 'period')),
            };
        if (this.has(c, T.Data))
            return { kind: 'DataProcessing', range, text: this.text(this.node(c, 'textParts'), range) };
        if (this.has(c, T.Audit))
            return {
                kind: 'Audit',
                range,
                period: this.period(this.node(c, 'period')),
                notice: this.node(c, 'value') ? this.valueOf(c, 0, range) : null,
            };
        const norms = this.identList(this.node(c, 'identList'), range);
        const rule = this.breachRule(this.node(c, 'breachRule'), range);
        if (this.has(c, T.Improvement))
            return { kind: 'ImprovementPlan', range, norms, rule, within: this.valueOf(c, 0, range) };
        return { kind: 'Termination', range, norms, rule };
    }
    revisionStmt(node) {
        const range = this.range(node);
        const c = node.children;
        if (this.has(c, T.Status))
            return { kind: 'DocumentStatus', range, status: this.has(c, T.Final) ? 'final' : 'draft' };
        const date = this.date(this.token(c, T.DateToken), range);
        if (this.has(c, T.DateKw))
            return { kind: 'DocumentDate', range, date };
        return {
            kind: 'Revision',
            range,
            version: this.string(this.token(c, T.StringLiteral), range),
            date,
            text: this.text(this.node(c, 'textParts'), range),
        };
    }
    incidentCredits(node, range) {
        const c = node.children;
        const stmts = this.nodes(c, 'incidentCreditStmt').map((n) => {
            const r = this.range(n);
            const s = n.children;
            const textStmt = this.node(s, 'textStmt');
            if (textStmt)
                return this.textStmt(textStmt);
            const amount = this.amount(this.node(s, 'amount'), r);
            if (this.has(s, T.Least))
                return { kind: 'OutageBand', range: r, length: this.valueOf(s, 0, r), amount };
            const clock = this.node(s, 'clockKind');
            if (clock) {
                const target = this.clockKind(clock);
                return {
                    kind: 'TicketBand',
                    range: r,
                    target,
                    priorities: this.identList(this.node(s, 'identList'), r),
                    amount,
                    conditions: this.nodes(s, 'condition').map((n) => this.condition(n)),
                };
            }
            const cap = {
                kind: 'Cap',
                range: r,
                amount,
                period: this.period(this.node(s, 'period')) ?? {
                    kind: 'Period',
                    unit: 'month',
                    count: 1,
                    countRaw: null,
                    rolling: false,
                    range: r,
                },
            };
            return cap;
        });
        if (this.has(c, T.Outage)) {
            return {
                kind: 'OutageCredits',
                range,
                objective: this.identOf(c, T.Identifier, 0, range),
                body: stmts.filter((s) => s.kind !== 'TicketBand'),
            };
        }
        return { kind: 'TicketCredits', range, body: stmts.filter((s) => s.kind !== 'OutageBand') };
    }
}
/**
 * A document spans its significant tokens, from the first to the last, whether or not they parsed
 * (the CST leaves out tokens that recovery skipped); without tokens it is empty at 1:1.
 */
export function documentRange(tokens) {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last)
        return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    return { start: tokenRange(first).start, end: tokenRange(last).end };
}
export function buildAst(cst, tokens) {
    return new AstBuilder().document(cst, tokens);
}
