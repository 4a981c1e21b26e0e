/** The slac grammar as a pure chevrotain CstParser: no actions, meaning lives in build-ast.ts. */
import { CstParser, EOF, tokenMatcher } from 'chevrotain';
import * as T from './tokens.js';
import { errorMessages } from './parse-messages.js';
export class SlacParser extends CstParser {
    /**
     * `validate` runs chevrotain's grammar validations (ambiguities, left recursion …). They cost
     * about a third of the start-up of every `slac` command and find nothing at run time once the
     * grammar is right, so only the tests ask for them (test/grammar/validations.test.ts).
     */
    constructor(options = {}) {
        super(T.allTokens, {
            recoveryEnabled: true,
            nodeLocationTracking: 'full',
            maxLookahead: 4,
            errorMessageProvider: errorMessages,
            skipValidations: options.validate !== true,
        });
        this.performSelfAnalysis();
    }
    /** Per follow set: the last answer of `findReSyncTokenType`, valid from any position in [from, match). */
    resyncs = new Map();
    reset() {
        super.reset();
        this.resyncs?.clear();
    }
    /**
     * Chevrotain looks for the next token that may follow the current rule by scanning forward from
     * the current token, every time it recovers; at the top level only the end of the file follows,
     * so each mistake scanned to the end (5,000 mistakes took seconds). The first match at or after
     * a position is also the first match from any later position up to it: remember it.
     */
    findReSyncTokenType() {
        const follows = this.flattenFollowSet();
        const key = follows.map((t) => t.tokenTypeIdx).join(',');
        const from = this.currIdx;
        const known = this.resyncs.get(key);
        if (known && known.from <= from && from < known.match)
            return known.type;
        for (let k = 1;; k++) {
            const token = this.LA(k);
            // Statements are lines: a word in the middle of a line (`customer` in `waiting for
            // customer`) is no place to start again, or one mistake would give a second error.
            if (!startsAgain(this.LA(k - 1), token))
                continue;
            const type = follows.find((t) => tokenMatcher(token, t));
            // The end of the file follows every rule, so the loop ends.
            if (type) {
                this.resyncs.set(key, { from, match: from + k, type });
                return type;
            }
        }
    }
    /** The repetition that an outer recovery resumes, and how a tail call asks it to resume again. */
    resuming = null;
    /**
     * Chevrotain resumes a repetition after skipping tokens by calling the repetition again from
     * inside its recovery, so every recovered mistake in one block costs stack frames, and 5,000
     * broken lines overflowed the stack. Here the outermost recovery of a repetition resumes it in a
     * loop; a recovery of the same repetition at its tail only asks for another round.
     */
    tryInRepetitionRecovery(rule, args, lookahead, expected) {
        const depth = this.RULE_STACK_IDX;
        const current = this.resuming;
        if (current && current.rule === rule && current.depth === depth && current.args.every((a, i) => a === args[i])) {
            chevrotainRepetitionRecovery.call(this, current.again, [], lookahead, expected);
            return;
        }
        let again = false;
        const frame = { rule, args, depth, again: () => void (again = true) };
        chevrotainRepetitionRecovery.call(this, frame.again, [], lookahead, expected);
        try {
            this.resuming = frame;
            while (again) {
                again = false;
                rule.apply(this, args);
            }
        }
        finally {
            this.resuming = current;
        }
    }
    document = this.RULE('document', () => {
        this.MANY(() => this.SUBRULE(this.declaration));
    });
    declaration = this.RULE('declaration', () => {
        this.OR([
            { ALT: () => this.SUBRULE(this.agreement) },
            { ALT: () => this.SUBRULE(this.service) },
            { ALT: () => this.SUBRULE(this.list) },
            { ALT: () => this.SUBRULE(this.calendar) },
            { ALT: () => this.SUBRULE(this.priority) },
            { ALT: () => this.SUBRULE(this.matrix) },
            { ALT: () => this.SUBRULE(this.targets) },
            { ALT: () => this.SUBRULE(this.tier) },
            { ALT: () => this.SUBRULE(this.objective) },
            { ALT: () => this.SUBRULE(this.credits) },
            { ALT: () => this.SUBRULE(this.creditTerms) },
            { ALT: () => this.SUBRULE(this.bonus) },
            { ALT: () => this.SUBRULE(this.escalation) },
            { ALT: () => this.SUBRULE(this.reporting) },
            { ALT: () => this.SUBRULE(this.underpinning) },
            { ALT: () => this.SUBRULE(this.scenario) },
            { ALT: () => this.SUBRULE(this.statuses) },
            { ALT: () => this.SUBRULE(this.aliases) },
            { ALT: () => this.SUBRULE(this.party) },
            { ALT: () => this.SUBRULE(this.legal) },
            { ALT: () => this.SUBRULE(this.incidentCredits) },
            { ALT: () => this.SUBRULE(this.revisions) },
            { ALT: () => this.SUBRULE(this.field) },
            { ALT: () => this.SUBRULE(this.importDecl) },
        ]);
    });
    // ----- imports of shared definitions -------------------------------------------------------
    /** `import "shared.sla"`, `import calendar office, always and priority P1 from "shared.sla"` */
    importDecl = this.RULE('importDecl', () => {
        this.CONSUME(T.Import);
        this.OPTION(() => {
            this.SUBRULE(this.importItem);
            this.MANY(() => {
                this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.And) }]);
                this.SUBRULE2(this.importItem);
            });
            this.CONSUME(T.From);
        });
        this.CONSUME(T.StringLiteral);
    });
    /** `calendar office`, `office` (the kind of the item before), `priority matrix`, `statuses`, `party provider` */
    importItem = this.RULE('importItem', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Statuses) },
            { ALT: () => this.CONSUME(T.Aliases) },
            {
                ALT: () => {
                    this.CONSUME(T.Party);
                    this.OR2([{ ALT: () => this.CONSUME(T.Provider) }, { ALT: () => this.CONSUME(T.Customer) }]);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Priority);
                    this.OR3([{ ALT: () => this.CONSUME(T.Matrix) }, { ALT: () => this.CONSUME(T.Identifier) }]);
                },
            },
            {
                ALT: () => {
                    this.OR4([{ ALT: () => this.CONSUME(T.Calendar) }, { ALT: () => this.CONSUME(T.Service) }, { ALT: () => this.CONSUME(T.Field) }]);
                    this.CONSUME2(T.Identifier);
                },
            },
            { ALT: () => this.CONSUME3(T.Identifier) },
        ]);
    });
    // ----- custom fields and conditions --------------------------------------------------------
    /** `field team nl "Team" en "Team" values "Netwerk", "Werkplek" { text … }` */
    field = this.RULE('field', () => {
        this.CONSUME(T.Field);
        this.CONSUME(T.Identifier);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.OPTION2(() => {
            this.CONSUME(T.Values);
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.StringLiteral) });
        });
        this.OPTION3(() => this.block(() => this.SUBRULE(this.textStmt)));
    });
    /** `for priority P1, P2`, `for tier Gold`, `for language nl`, `for channel phone`, `for team "Netwerk", "Werkplek"` */
    condition = this.RULE('condition', () => {
        this.CONSUME(T.For);
        // `language` is a keyword of the legal frame (`prevailing language`); as a condition it names the field.
        this.OR([
            { ALT: () => this.CONSUME(T.Priority) },
            { ALT: () => this.CONSUME(T.Tier) },
            { ALT: () => this.CONSUME(T.Language) },
            { ALT: () => this.CONSUME(T.Identifier) },
        ]);
        this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => this.OR2([{ ALT: () => this.CONSUME2(T.Identifier) }, { ALT: () => this.CONSUME(T.StringLiteral) }]),
        });
    });
    // ----- shared pieces -------------------------------------------------------------------------
    /** `"Gold"` or `nl "Kritiek" en "Critical"`. */
    textParts = this.RULE('textParts', () => {
        this.SUBRULE(this.textPart);
        // Repetitions look one token ahead; a name starts the next statement unless a string follows it.
        this.MANY({
            GATE: () => this.LA(1).tokenType === T.StringLiteral || (this.LA(1).tokenType === T.Identifier && this.LA(2).tokenType === T.StringLiteral),
            DEF: () => this.SUBRULE2(this.textPart),
        });
    });
    textPart = this.RULE('textPart', () => {
        this.OPTION(() => this.CONSUME(T.Identifier));
        this.CONSUME(T.StringLiteral);
    });
    textStmt = this.RULE('textStmt', () => {
        this.CONSUME(T.TextKw);
        this.SUBRULE(this.textParts);
    });
    block(stmt) {
        this.CONSUME(T.LCurly);
        this.MANY(() => stmt());
        this.CONSUME(T.RCurly);
    }
    identList = this.RULE('identList', () => {
        this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) });
    });
    zone = this.RULE('zone', () => {
        this.OR([{ ALT: () => this.CONSUME(T.ZoneName) }, { ALT: () => this.CONSUME(T.Identifier) }]);
    });
    onCalendar = this.RULE('onCalendar', () => {
        this.CONSUME(T.On);
        this.CONSUME(T.Identifier);
    });
    /** Any value; the checker decides whether its unit fits the place. */
    value = this.RULE('value', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.PercentageToken) },
            {
                // Money: `EUR 12500`. The gate keeps a stray word from reading as a currency.
                GATE: () => /^[A-Z]{3}$/.test(this.LA(1).image),
                ALT: () => {
                    this.CONSUME(T.Identifier);
                    this.CONSUME(T.NumberToken);
                },
            },
            {
                ALT: () => {
                    this.CONSUME2(T.NumberToken);
                    // `per` after a number is a rate only in `2 per 100 tasks`; `30 per year` is a period.
                    this.OPTION({
                        GATE: () => this.LA(1).tokenType !== T.Per || (this.LA(2).tokenType === T.NumberToken && this.LA(3).tokenType === T.Identifier),
                        DEF: () => this.OR2([
                            {
                                ALT: () => {
                                    this.CONSUME(T.Out);
                                    this.CONSUME(T.Of);
                                    this.CONSUME3(T.NumberToken);
                                },
                            },
                            {
                                ALT: () => {
                                    this.CONSUME(T.Per);
                                    this.CONSUME4(T.NumberToken);
                                    this.CONSUME2(T.Identifier);
                                },
                            },
                            { ALT: () => this.SUBRULE(this.unit) },
                        ]),
                    });
                },
            },
        ]);
    });
    unit = this.RULE('unit', () => {
        this.OPTION(() => this.OR([
            { ALT: () => this.CONSUME(T.Business) },
            { ALT: () => this.CONSUME(T.Working) },
            { ALT: () => this.CONSUME(T.CalendarDays) },
        ]));
        this.OR2([
            { ALT: () => this.CONSUME(T.Seconds) },
            { ALT: () => this.CONSUME(T.Minutes) },
            { ALT: () => this.CONSUME(T.Hours) },
            { ALT: () => this.CONSUME(T.Day) },
            { ALT: () => this.CONSUME(T.Days) },
            { ALT: () => this.CONSUME(T.Weeks) },
            { ALT: () => this.CONSUME(T.Months) },
            { ALT: () => this.CONSUME(T.Years) },
        ]);
    });
    /** `per month`, `per 12 months` */
    period = this.RULE('period', () => {
        this.CONSUME(T.Per);
        this.OPTION(() => this.CONSUME(T.NumberToken));
        this.OR([
            { ALT: () => this.CONSUME(T.Day) },
            { ALT: () => this.CONSUME(T.Days) },
            { ALT: () => this.CONSUME(T.Weeks) },
            { ALT: () => this.CONSUME(T.Months) },
            { ALT: () => this.CONSUME(T.Quarters) },
            { ALT: () => this.CONSUME(T.Years) },
        ]);
    });
    direction = this.RULE('direction', () => {
        this.CONSUME(T.At);
        this.OR([{ ALT: () => this.CONSUME(T.Least) }, { ALT: () => this.CONSUME(T.Most) }]);
    });
    dateTime = this.RULE('dateTime', () => {
        this.CONSUME(T.DateToken);
        this.CONSUME(T.TimeToken);
    });
    periodLit = this.RULE('periodLit', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.MonthToken) },
            { ALT: () => this.CONSUME(T.QuarterToken) },
            { ALT: () => this.CONSUME(T.NumberToken) },
        ]);
    });
    // ----- agreement ---------------------------------------------------------------------------
    agreement = this.RULE('agreement', () => {
        this.CONSUME(T.Agreement);
        this.SUBRULE(this.textParts);
        this.block(() => this.SUBRULE(this.agreementStmt));
    });
    agreementStmt = this.RULE('agreementStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Provider);
                    this.CONSUME(T.StringLiteral);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Customer);
                    this.CONSUME2(T.StringLiteral);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Kind);
                    this.OR2([
                        {
                            ALT: () => {
                                this.CONSUME2(T.Customer);
                                this.CONSUME(T.Sla);
                            },
                        },
                        {
                            ALT: () => {
                                this.CONSUME(T.Internal);
                                this.CONSUME(T.Ola);
                            },
                        },
                        { ALT: () => this.CONSUME(T.Multilevel) },
                    ]);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Version);
                    this.CONSUME3(T.StringLiteral);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Term);
                    this.CONSUME(T.DateToken);
                    this.CONSUME(T.To);
                    this.CONSUME2(T.DateToken);
                },
            },
            {
                ALT: () => {
                    this.OR3([
                        { ALT: () => this.CONSUME(T.Monthly) },
                        { ALT: () => this.CONSUME(T.Quarterly) },
                        { ALT: () => this.CONSUME(T.Yearly) },
                    ]);
                    this.CONSUME(T.Fee);
                    this.SUBRULE(this.value);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Languages);
                    this.SUBRULE(this.identList);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Review);
                    this.CONSUME(T.Every);
                    this.SUBRULE2(this.value);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Governing);
                    this.CONSUME(T.Law);
                    this.CONSUME(T.Identifier);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Change);
                    this.CONSUME(T.Procedure);
                    this.SUBRULE(this.textParts);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Acceptance);
                    this.CONSUME(T.Period);
                    this.SUBRULE3(this.value);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Timezone);
                    this.SUBRULE(this.zone);
                },
            },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    // ----- services and lists ------------------------------------------------------------------
    service = this.RULE('service', () => {
        this.CONSUME(T.Service);
        this.CONSUME(T.Identifier);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.OPTION2(() => this.block(() => this.SUBRULE(this.textStmt)));
    });
    list = this.RULE('list', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Exclusions) },
            {
                ALT: () => {
                    this.CONSUME(T.Customer);
                    this.CONSUME(T.Responsibilities);
                },
            },
        ]);
        this.block(() => this.SUBRULE(this.textStmt));
    });
    // ----- calendars ---------------------------------------------------------------------------
    calendar = this.RULE('calendar', () => {
        this.CONSUME(T.Calendar);
        this.CONSUME(T.Identifier);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.block(() => this.SUBRULE(this.calendarStmt));
    });
    calendarStmt = this.RULE('calendarStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Timezone);
                    this.SUBRULE(this.zone);
                },
            },
            { ALT: () => this.SUBRULE(this.hours) },
            { ALT: () => this.SUBRULE(this.closed) },
            { ALT: () => this.SUBRULE(this.openOn) },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    hours = this.RULE('hours', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Every);
                    this.CONSUME(T.Day);
                },
            },
            { ALT: () => this.SUBRULE(this.daySpans) },
        ]);
        this.OPTION(() => this.SUBRULE(this.timeRanges));
    });
    /** `monday to friday`, `monday, wednesday and friday` */
    daySpans = this.RULE('daySpans', () => {
        this.SUBRULE(this.daySpan);
        this.MANY(() => {
            this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.And) }]);
            this.SUBRULE2(this.daySpan);
        });
    });
    /** `08:00 to 12:00 and 13:00 to 17:00` */
    timeRanges = this.RULE('timeRanges', () => {
        this.SUBRULE(this.timeRange);
        this.MANY(() => {
            this.CONSUME(T.And);
            this.SUBRULE2(this.timeRange);
        });
    });
    daySpan = this.RULE('daySpan', () => {
        this.SUBRULE(this.weekday);
        this.OPTION(() => {
            this.CONSUME(T.To);
            this.SUBRULE2(this.weekday);
        });
    });
    weekday = this.RULE('weekday', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Monday) },
            { ALT: () => this.CONSUME(T.Tuesday) },
            { ALT: () => this.CONSUME(T.Wednesday) },
            { ALT: () => this.CONSUME(T.Thursday) },
            { ALT: () => this.CONSUME(T.Friday) },
            { ALT: () => this.CONSUME(T.Saturday) },
            { ALT: () => this.CONSUME(T.Sunday) },
        ]);
    });
    timeRange = this.RULE('timeRange', () => {
        this.CONSUME(T.TimeToken);
        this.CONSUME(T.To);
        this.CONSUME2(T.TimeToken);
    });
    closed = this.RULE('closed', () => {
        this.CONSUME(T.Closed);
        this.CONSUME(T.On);
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Public);
                    this.CONSUME(T.Holidays);
                    this.CONSUME(T.Identifier);
                    this.OPTION(() => {
                        this.CONSUME(T.Region);
                        this.CONSUME2(T.Identifier);
                    });
                },
            },
            {
                ALT: () => this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.DateToken) }),
            },
        ]);
    });
    /** `open on 2026-12-24, 2026-12-31 08:00 to 12:00`, `open on public holidays 10:00 to 16:00` */
    openOn = this.RULE('openOn', () => {
        this.CONSUME(T.Open);
        this.CONSUME(T.On);
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Public);
                    this.CONSUME(T.Holidays);
                },
            },
            { ALT: () => this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.DateToken) }) },
        ]);
        this.SUBRULE(this.timeRanges);
    });
    // ----- priorities --------------------------------------------------------------------------
    priority = this.RULE('priority', () => {
        this.CONSUME(T.Priority);
        this.CONSUME(T.Identifier);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.OPTION2(() => this.block(() => this.SUBRULE(this.textStmt)));
    });
    matrix = this.RULE('matrix', () => {
        this.CONSUME(T.Priority);
        this.CONSUME(T.Matrix);
        this.block(() => this.SUBRULE(this.matrixStmt));
    });
    matrixStmt = this.RULE('matrixStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.OR2([{ ALT: () => this.CONSUME(T.Impact) }, { ALT: () => this.CONSUME(T.Urgency) }]);
                    this.CONSUME(T.Levels);
                    this.SUBRULE(this.identList);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Identifier);
                    this.CONSUME2(T.Impact);
                    this.CONSUME(T.And);
                    this.CONSUME2(T.Identifier);
                    this.CONSUME2(T.Urgency);
                    this.CONSUME(T.Is);
                    this.CONSUME3(T.Identifier);
                },
            },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    // ----- targets and tiers -------------------------------------------------------------------
    targets = this.RULE('targets', () => {
        this.CONSUME(T.Targets);
        this.block(() => this.SUBRULE(this.targetStmt));
    });
    tier = this.RULE('tier', () => {
        this.CONSUME(T.Tier);
        this.CONSUME(T.Identifier);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.block(() => this.SUBRULE(this.targetStmt));
    });
    targetStmt = this.RULE('targetStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.OR2([{ ALT: () => this.CONSUME(T.Response) }, { ALT: () => this.CONSUME(T.Resolution) }]);
                    this.SUBRULE(this.identList);
                    this.CONSUME(T.Within);
                    this.SUBRULE(this.value);
                    this.OPTION(() => this.SUBRULE(this.onCalendar));
                    // `… for team "Netwerk"`: the target applies to the tickets that match (several `for` must all hold).
                    this.MANY(() => this.SUBRULE(this.condition));
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Next);
                    this.CONSUME(T.Reply);
                    this.SUBRULE2(this.identList);
                    this.CONSUME2(T.Within);
                    this.SUBRULE2(this.value);
                    this.OPTION2(() => this.SUBRULE2(this.onCalendar));
                    this.MANY2(() => this.SUBRULE2(this.condition));
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Update);
                    this.SUBRULE3(this.identList);
                    this.CONSUME(T.Every);
                    this.SUBRULE3(this.value);
                    this.OPTION3(() => this.SUBRULE3(this.onCalendar));
                    this.MANY3(() => this.SUBRULE3(this.condition));
                },
            },
            { ALT: () => this.SUBRULE(this.clockStart) },
            {
                ALT: () => {
                    this.CONSUME(T.Paused);
                    this.CONSUME(T.While);
                    this.OR3([
                        {
                            ALT: () => {
                                this.CONSUME(T.Waiting);
                                this.CONSUME(T.For);
                                this.OR4([
                                    { ALT: () => this.CONSUME(T.Customer) },
                                    {
                                        ALT: () => {
                                            this.CONSUME(T.Third);
                                            this.CONSUME(T.Party);
                                        },
                                    },
                                ]);
                            },
                        },
                        {
                            ALT: () => {
                                this.CONSUME(T.Status);
                                this.CONSUME(T.StringLiteral);
                            },
                        },
                    ]);
                    this.OPTION4(() => {
                        this.CONSUME(T.Comma);
                        this.CONSUME(T.At);
                        this.CONSUME(T.Most);
                        this.SUBRULE4(this.value);
                        this.CONSUME(T.Per);
                        this.CONSUME(T.Ticket);
                    });
                },
            },
            { ALT: () => this.SUBRULE(this.defaultCalendar) },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    /** `clocks start at creation | assignment | status "…"` */
    clockStart = this.RULE('clockStart', () => {
        this.CONSUME(T.Clocks);
        this.CONSUME(T.Start);
        this.CONSUME(T.At);
        this.OR([
            { ALT: () => this.CONSUME(T.Creation) },
            { ALT: () => this.CONSUME(T.Assignment) },
            {
                ALT: () => {
                    this.CONSUME(T.Status);
                    this.CONSUME(T.StringLiteral);
                },
            },
        ]);
    });
    /** The clock a warning or an expectation is about: `response`, `resolution`, `next reply`, `update`. */
    clockKind = this.RULE('clockKind', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Response) },
            { ALT: () => this.CONSUME(T.Resolution) },
            {
                ALT: () => {
                    this.CONSUME(T.Next);
                    this.CONSUME(T.Reply);
                },
            },
            { ALT: () => this.CONSUME(T.Update) },
        ]);
    });
    // ----- statuses and aliases ----------------------------------------------------------------
    statuses = this.RULE('statuses', () => {
        this.CONSUME(T.Statuses);
        this.block(() => this.OR([{ ALT: () => this.SUBRULE(this.statusStmt) }, { ALT: () => this.SUBRULE(this.textStmt) }]));
    });
    /**
     * `"Wacht op klant", "Wacht op aanvrager" pauses waiting for customer`. The meanings are words,
     * not keywords, so that contracts may keep names such as `reopens`; the checker knows them.
     */
    statusStmt = this.RULE('statusStmt', () => {
        this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.StringLiteral) });
        this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.None) }]);
        this.OPTION(() => {
            this.CONSUME(T.Waiting);
            this.CONSUME(T.For);
            this.OR2([
                { ALT: () => this.CONSUME(T.Customer) },
                {
                    ALT: () => {
                        this.CONSUME(T.Third);
                        this.CONSUME(T.Party);
                    },
                },
            ]);
        });
    });
    aliases = this.RULE('aliases', () => {
        this.CONSUME(T.Aliases);
        this.block(() => this.SUBRULE(this.aliasStmt));
    });
    /** `priority "1 - Kritiek" is P1`, `tier "Premium" is Gold`, `status "Klaar" is "Opgelost"` */
    aliasStmt = this.RULE('aliasStmt', () => {
        this.OR([{ ALT: () => this.CONSUME(T.Priority) }, { ALT: () => this.CONSUME(T.Tier) }, { ALT: () => this.CONSUME(T.Status) }]);
        this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.StringLiteral) });
        this.CONSUME(T.Is);
        this.OR2([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME2(T.StringLiteral) }]);
    });
    defaultCalendar = this.RULE('defaultCalendar', () => {
        this.CONSUME(T.Calendar);
        this.CONSUME(T.Identifier);
    });
    // ----- objectives --------------------------------------------------------------------------
    objective = this.RULE('objective', () => {
        this.CONSUME(T.Objective);
        this.CONSUME(T.Identifier);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.block(() => this.SUBRULE(this.objectiveStmt));
    });
    objectiveStmt = this.RULE('objectiveStmt', () => {
        this.OR([
            { ALT: () => this.SUBRULE(this.availability) },
            { ALT: () => this.SUBRULE(this.share) },
            { ALT: () => this.SUBRULE(this.timeStat) },
            { ALT: () => this.SUBRULE(this.quality) },
            { ALT: () => this.SUBRULE(this.condition) },
            { ALT: () => this.SUBRULE(this.exclusion) },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    availability = this.RULE('availability', () => {
        this.CONSUME(T.Availability);
        this.CONSUME(T.Of);
        this.OPTION(() => this.CONSUME(T.Service));
        this.CONSUME(T.Identifier);
        this.SUBRULE(this.direction);
        this.SUBRULE(this.value);
        this.OPTION2(() => this.SUBRULE(this.period));
        this.OPTION3(() => this.SUBRULE(this.onCalendar));
    });
    share = this.RULE('share', () => {
        this.OPTION(() => this.SUBRULE(this.direction));
        this.SUBRULE(this.value);
        this.CONSUME(T.Of);
        this.CONSUME(T.Identifier);
        this.SUBRULE(this.verb);
        this.OPTION2(() => this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Within);
                    this.SUBRULE2(this.value);
                },
            },
            {
                // `on time`: within each item's own target (compiler/measures.ts)
                ALT: () => {
                    this.CONSUME(T.On);
                    this.CONSUME(T.Time);
                },
            },
        ]));
        this.OPTION3(() => this.SUBRULE(this.period));
        this.OPTION4(() => this.SUBRULE(this.onCalendar));
    });
    verb = this.RULE('verb', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Identifier) },
            { ALT: () => this.CONSUME(T.Resolved) },
            { ALT: () => this.CONSUME(T.Responded) },
            { ALT: () => this.CONSUME(T.Replied) },
        ]);
    });
    /** `average resolution time at most 8 business hours per month on office`, `90th percentile of response time …`, `average answer time of calls …` */
    timeStat = this.RULE('timeStat', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Average) },
            {
                ALT: () => {
                    this.CONSUME(T.OrdinalToken);
                    this.CONSUME(T.Percentile);
                    this.CONSUME(T.Of);
                },
            },
        ]);
        this.OR2([
            { ALT: () => this.CONSUME(T.Response) },
            { ALT: () => this.CONSUME(T.Resolution) },
            { ALT: () => this.CONSUME(T.Identifier) },
        ]);
        this.CONSUME(T.Time);
        this.OPTION(() => {
            this.CONSUME2(T.Of);
            this.CONSUME2(T.Identifier);
        });
        this.SUBRULE(this.direction);
        this.SUBRULE(this.value);
        this.OPTION2(() => this.SUBRULE(this.period));
        this.OPTION3(() => this.SUBRULE(this.onCalendar));
    });
    quality = this.RULE('quality', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.First);
                    this.CONSUME(T.Time);
                    this.CONSUME(T.Right);
                    // `of tickets`: derived from the ticket events (runtime/evaluate/reopens.ts)
                    this.OPTION4(() => {
                        this.CONSUME2(T.Of);
                        this.CONSUME3(T.Identifier);
                    });
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Average);
                    this.CONSUME(T.Csat);
                },
            },
            { ALT: () => this.CONSUME(T.Nps) },
            {
                ALT: () => {
                    this.CONSUME(T.Reopen);
                    this.CONSUME(T.Ratio);
                    // `of tickets`: computed from the ticket data (runtime/evaluate/reopens.ts)
                    this.OPTION3(() => {
                        this.CONSUME(T.Of);
                        this.CONSUME2(T.Identifier);
                    });
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.ErrorKw);
                    this.CONSUME(T.Rate);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Kpi);
                    this.CONSUME(T.Identifier);
                },
            },
        ]);
        this.SUBRULE(this.direction);
        this.SUBRULE(this.value);
        this.OPTION(() => this.SUBRULE(this.period));
    });
    exclusion = this.RULE('exclusion', () => {
        this.CONSUME(T.Excluding);
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Maintenance);
                    // `every sunday 02:00 to 06:00`: a recurring maintenance window.
                    this.OPTION3(() => {
                        this.CONSUME(T.Every);
                        this.OR2([{ ALT: () => this.CONSUME(T.Day) }, { ALT: () => this.SUBRULE(this.daySpans) }]);
                        this.SUBRULE(this.timeRanges);
                    });
                    this.OPTION(() => {
                        this.CONSUME(T.Announced);
                        this.SUBRULE(this.value);
                        this.CONSUME(T.Ahead);
                        // The calendar the notice is counted on, when it is not the objective's.
                        this.OPTION4(() => this.SUBRULE(this.onCalendar));
                    });
                    this.OPTION2(() => {
                        this.CONSUME(T.Comma);
                        this.CONSUME(T.At);
                        this.CONSUME(T.Most);
                        this.SUBRULE2(this.value);
                        this.SUBRULE(this.period);
                    });
                },
            },
            { ALT: () => this.SUBRULE(this.cause) },
            // Contact and ticket objectives (compiler/passes/check-exclusions.ts).
            { ALT: () => this.CONSUME(T.Calamities) },
            {
                ALT: () => {
                    this.CONSUME(T.Volume);
                    this.CONSUME(T.Above);
                    this.SUBRULE3(this.value);
                    this.CONSUME(T.Of);
                    this.CONSUME(T.Forecast);
                },
            },
        ]);
    });
    /** Causes of downtime that an availability objective may exclude and a scenario outage may have. */
    cause = this.RULE('cause', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Force);
                    this.CONSUME(T.Majeure);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Customer);
                    this.CONSUME(T.Caused);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Third);
                    this.CONSUME(T.Party);
                },
            },
        ]);
    });
    // ----- credits and bonuses -----------------------------------------------------------------
    credits = this.RULE('credits', () => {
        this.CONSUME(T.Credits);
        this.CONSUME(T.For);
        this.CONSUME(T.Identifier);
        this.block(() => this.SUBRULE(this.ladderStmt));
    });
    creditTerms = this.RULE('creditTerms', () => {
        this.CONSUME(T.Credit);
        this.CONSUME(T.Terms);
        this.block(() => this.SUBRULE(this.ladderStmt));
    });
    bonus = this.RULE('bonus', () => {
        this.CONSUME(T.Bonus);
        this.CONSUME(T.For);
        this.CONSUME(T.Identifier);
        this.block(() => this.SUBRULE(this.ladderStmt));
    });
    ladderStmt = this.RULE('ladderStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.OR2([{ ALT: () => this.CONSUME(T.Below) }, { ALT: () => this.CONSUME(T.Above) }]);
                    this.SUBRULE(this.value);
                    this.OR3([{ ALT: () => this.CONSUME(T.Credit) }, { ALT: () => this.CONSUME(T.Bonus) }]);
                    this.SUBRULE(this.amount);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.At);
                    this.CONSUME(T.Most);
                    this.SUBRULE2(this.amount);
                    this.SUBRULE(this.period);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Sole);
                    this.CONSUME(T.Remedy);
                },
            },
            { ALT: () => this.CONSUME(T.Penalty) },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    amount = this.RULE('amount', () => {
        this.SUBRULE(this.value);
        this.OPTION(() => {
            this.CONSUME(T.Of);
            this.CONSUME(T.Monthly);
            this.CONSUME(T.Fee);
        });
    });
    // ----- escalation and reporting ------------------------------------------------------------
    escalation = this.RULE('escalation', () => {
        this.CONSUME(T.Escalation);
        this.CONSUME(T.Identifier);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.block(() => this.SUBRULE(this.escalationStmt));
    });
    escalationStmt = this.RULE('escalationStmt', () => {
        this.OR([
            {
                // `for team "Netwerk"`, `for priority P1`: a condition; `for P1, P2` names priorities and
                // `for objective uptime` objectives (below).
                GATE: () => {
                    const [a, b] = [this.LA(2).tokenType, this.LA(3).tokenType];
                    return a !== T.Objective && (a === T.Priority || a === T.Tier || a === T.Language || b === T.Identifier || b === T.StringLiteral);
                },
                ALT: () => this.SUBRULE(this.condition),
            },
            {
                ALT: () => {
                    this.CONSUME(T.For);
                    this.OPTION2(() => this.CONSUME(T.Objective));
                    this.SUBRULE(this.identList);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Counted);
                    this.CONSUME(T.From);
                    this.OR2([{ ALT: () => this.CONSUME(T.Creation) }, { ALT: () => this.CONSUME(T.Breach) }]);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Warn);
                    this.CONSUME(T.At);
                    this.SUBRULE(this.value);
                    this.CONSUME(T.Of);
                    this.SUBRULE(this.clockKind);
                    this.CONSUME(T.Time);
                    this.OPTION(() => {
                        this.CONSUME(T.To);
                        this.SUBRULE(this.textParts);
                    });
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Including);
                    this.CONSUME(T.Paused);
                    this.CONSUME2(T.Time);
                },
            },
            { ALT: () => this.SUBRULE(this.step) },
            { ALT: () => this.SUBRULE(this.defaultCalendar) },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    step = this.RULE('step', () => {
        this.CONSUME(T.Step);
        this.CONSUME(T.NumberToken);
        this.SUBRULE(this.textParts);
        this.CONSUME(T.After);
        this.SUBRULE(this.value);
        this.OPTION(() => this.SUBRULE(this.onCalendar));
        this.OPTION2(() => {
            this.CONSUME(T.Contact);
            this.SUBRULE2(this.textParts);
        });
    });
    reporting = this.RULE('reporting', () => {
        this.CONSUME(T.Reporting);
        this.block(() => this.OR([{ ALT: () => this.SUBRULE(this.report) }, { ALT: () => this.SUBRULE(this.textStmt) }]));
    });
    report = this.RULE('report', () => {
        this.CONSUME(T.Report);
        this.SUBRULE(this.textParts);
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Real);
                    this.CONSUME(T.Time);
                },
            },
            { ALT: () => this.CONSUME(T.Daily) },
            { ALT: () => this.CONSUME(T.Weekly) },
            { ALT: () => this.CONSUME(T.Monthly) },
            { ALT: () => this.CONSUME(T.Quarterly) },
            { ALT: () => this.CONSUME(T.Yearly) },
        ]);
        this.OPTION(() => {
            this.CONSUME(T.To);
            this.SUBRULE2(this.textParts);
        });
        this.OPTION2(() => {
            this.CONSUME(T.Covering);
            this.SUBRULE(this.identList);
        });
    });
    // ----- underpinning agreements (grammar/ast-underpinning.ts) -------------------------------
    /** `underpinning nl "…" en "…" { agreement network "ola-network.sla" … }` */
    underpinning = this.RULE('underpinning', () => {
        this.CONSUME(T.Underpinning);
        this.OPTION(() => this.SUBRULE(this.textParts));
        this.block(() => this.SUBRULE(this.underpinningStmt));
    });
    underpinningStmt = this.RULE('underpinningStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Agreement);
                    this.CONSUME(T.Identifier);
                    this.CONSUME(T.StringLiteral);
                },
            },
            {
                // `resolution P1, P2 for tier Vitaal by network after 15 minutes then hardware after 30 minutes`
                ALT: () => {
                    this.OR2([{ ALT: () => this.CONSUME(T.Response) }, { ALT: () => this.CONSUME(T.Resolution) }]);
                    this.SUBRULE(this.identList);
                    this.OPTION(() => {
                        this.CONSUME(T.For);
                        this.CONSUME(T.Tier);
                        this.CONSUME2(T.Identifier);
                    });
                    this.CONSUME(T.By);
                    this.AT_LEAST_ONE_SEP({ SEP: T.Then, DEF: () => this.SUBRULE(this.underpinningLevel) });
                },
            },
            {
                // `availability uptime by network lan_uptime, hardware server_uptime`
                ALT: () => {
                    this.CONSUME(T.Availability);
                    this.CONSUME3(T.Identifier);
                    this.CONSUME2(T.By);
                    this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => this.SUBRULE(this.componentObjective) });
                },
            },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    /** `hardware tier Spoed after 30 minutes on office` */
    underpinningLevel = this.RULE('underpinningLevel', () => {
        this.CONSUME(T.Identifier);
        this.OPTION(() => {
            this.CONSUME(T.Tier);
            this.CONSUME2(T.Identifier);
        });
        this.OPTION2(() => {
            this.CONSUME(T.After);
            this.SUBRULE(this.value);
            this.OPTION3(() => this.SUBRULE(this.onCalendar));
        });
    });
    componentObjective = this.RULE('componentObjective', () => {
        this.CONSUME(T.Identifier);
        this.CONSUME2(T.Identifier);
    });
    // ----- scenarios ---------------------------------------------------------------------------
    scenario = this.RULE('scenario', () => {
        this.CONSUME(T.Scenario);
        this.SUBRULE(this.textParts);
        this.block(() => this.SUBRULE(this.scenarioStmt));
    });
    scenarioStmt = this.RULE('scenarioStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Timezone);
                    this.SUBRULE(this.zone);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Now);
                    this.SUBRULE(this.dateTime);
                },
            },
            { ALT: () => this.SUBRULE(this.ticket) },
            { ALT: () => this.SUBRULE(this.outage) },
            { ALT: () => this.SUBRULE(this.contacts) },
            { ALT: () => this.SUBRULE(this.measured) },
            { ALT: () => this.SUBRULE(this.expect) },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    ticket = this.RULE('ticket', () => {
        this.CONSUME(T.Ticket);
        this.CONSUME(T.Identifier);
        this.CONSUME(T.Priority);
        this.CONSUME2(T.Identifier);
        this.OPTION(() => {
            this.CONSUME(T.Tier);
            this.CONSUME3(T.Identifier);
        });
        // Field values: `team "Netwerk" channel "email"`.
        this.MANY2(() => {
            this.CONSUME4(T.Identifier);
            this.CONSUME(T.StringLiteral);
        });
        this.CONSUME(T.Created);
        this.SUBRULE(this.dateTime);
        this.MANY(() => this.SUBRULE(this.ticketEvent));
    });
    ticketEvent = this.RULE('ticketEvent', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Responded) },
            { ALT: () => this.CONSUME(T.Resolved) },
            { ALT: () => this.CONSUME(T.Reopened) },
            { ALT: () => this.CONSUME(T.Paused) },
            { ALT: () => this.CONSUME(T.Resumed) },
            { ALT: () => this.CONSUME(T.Assigned) },
            { ALT: () => this.CONSUME(T.Replied) },
            {
                ALT: () => {
                    this.CONSUME(T.Customer);
                    this.CONSUME(T.Wrote);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Status);
                    this.CONSUME(T.StringLiteral);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Priority);
                    this.CONSUME(T.Identifier);
                },
            },
        ]);
        this.SUBRULE(this.dateTime);
    });
    outage = this.RULE('outage', () => {
        this.CONSUME(T.Outage);
        this.CONSUME(T.Of);
        this.CONSUME(T.Identifier);
        this.CONSUME(T.From);
        this.SUBRULE(this.dateTime);
        this.CONSUME(T.To);
        this.SUBRULE2(this.dateTime);
        this.OPTION(() => this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Planned);
                    this.OPTION2(() => {
                        this.CONSUME(T.Announced);
                        this.SUBRULE3(this.dateTime);
                    });
                },
            },
            { ALT: () => this.CONSUME(T.Unplanned) },
            { ALT: () => this.SUBRULE(this.cause) },
        ]));
    });
    contacts = this.RULE('contacts', () => {
        this.CONSUME(T.NumberToken);
        this.CONSUME(T.Identifier);
        this.SUBRULE(this.verb);
        this.OPTION(() => {
            this.CONSUME(T.After);
            this.SUBRULE(this.value);
        });
        this.CONSUME(T.In);
        this.SUBRULE(this.periodLit);
    });
    measured = this.RULE('measured', () => {
        this.CONSUME(T.Measured);
        this.CONSUME(T.Identifier);
        this.CONSUME(T.In);
        this.SUBRULE(this.periodLit);
        this.CONSUME(T.Is);
        this.SUBRULE(this.value);
    });
    expect = this.RULE('expect', () => {
        this.CONSUME(T.Expect);
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Credit);
                    this.CONSUME(T.For);
                    this.OR8([
                        {
                            ALT: () => {
                                this.CONSUME(T.Identifier);
                                this.CONSUME(T.In);
                                this.SUBRULE(this.periodLit);
                            },
                        },
                        { ALT: () => this.SUBRULE(this.incidentSubject) },
                    ]);
                    this.CONSUME(T.Is);
                    this.OR2([{ ALT: () => this.CONSUME(T.None) }, { ALT: () => this.SUBRULE(this.amount) }]);
                },
            },
            {
                ALT: () => {
                    this.CONSUME2(T.Identifier);
                    this.OR3([
                        {
                            ALT: () => {
                                this.SUBRULE(this.clockKind);
                                this.OR4([
                                    { ALT: () => this.SUBRULE(this.outcome) },
                                    {
                                        ALT: () => {
                                            this.CONSUME(T.Due);
                                            this.SUBRULE(this.dateTime);
                                        },
                                    },
                                    {
                                        ALT: () => {
                                            this.OR6([{ ALT: () => this.CONSUME(T.Elapsed) }, { ALT: () => this.CONSUME(T.Remaining) }]);
                                            this.SUBRULE3(this.value);
                                        },
                                    },
                                    {
                                        ALT: () => {
                                            this.CONSUME(T.At);
                                            this.CONSUME(T.Risk);
                                        },
                                    },
                                ]);
                            },
                        },
                        {
                            ALT: () => {
                                this.CONSUME(T.Escalation);
                                this.OPTION(() => this.CONSUME3(T.Identifier));
                                this.OR7([
                                    {
                                        ALT: () => {
                                            this.CONSUME(T.Step);
                                            this.CONSUME(T.NumberToken);
                                        },
                                    },
                                    { ALT: () => this.CONSUME2(T.None) },
                                ]);
                            },
                        },
                        {
                            ALT: () => {
                                this.CONSUME2(T.In);
                                this.SUBRULE2(this.periodLit);
                                this.OR5([
                                    { ALT: () => this.SUBRULE2(this.outcome) },
                                    {
                                        ALT: () => {
                                            this.CONSUME2(T.Is);
                                            this.SUBRULE(this.value);
                                        },
                                    },
                                ]);
                            },
                        },
                    ]);
                },
            },
            { ALT: () => this.SUBRULE(this.breachExpectation) },
        ]);
    });
    /** `ticket T1 resolution`, `outage of uptime from 2026-03-10 02:00`: one credit per incident. */
    incidentSubject = this.RULE('incidentSubject', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Ticket);
                    this.CONSUME(T.Identifier);
                    this.SUBRULE(this.clockKind);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Outage);
                    this.CONSUME(T.Of);
                    this.CONSUME2(T.Identifier);
                    this.CONSUME(T.From);
                    this.SUBRULE(this.dateTime);
                },
            },
        ]);
    });
    /** `improvement plan for uptime in 2026-05`, `termination for uptime none` (after `expect`). */
    breachExpectation = this.RULE('breachExpectation', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Improvement);
                    this.CONSUME(T.Plan);
                },
            },
            { ALT: () => this.CONSUME(T.Termination) },
        ]);
        this.CONSUME(T.For);
        this.CONSUME(T.Identifier);
        this.OR2([
            {
                ALT: () => {
                    this.CONSUME(T.In);
                    this.SUBRULE(this.periodLit);
                },
            },
            { ALT: () => this.CONSUME(T.None) },
        ]);
    });
    outcome = this.RULE('outcome', () => {
        this.OR([
            { ALT: () => this.CONSUME(T.Met) },
            { ALT: () => this.CONSUME(T.Breached) },
            { ALT: () => this.CONSUME(T.Pending) },
            { ALT: () => this.CONSUME(T.Paused) },
            { ALT: () => this.CONSUME(T.Uncertain) },
        ]);
    });
    // ----- legal frame and credits per incident ------------------------------------------------
    party = this.RULE('party', () => {
        this.CONSUME(T.Party);
        this.OR([{ ALT: () => this.CONSUME(T.Provider) }, { ALT: () => this.CONSUME(T.Customer) }]);
        this.block(() => this.SUBRULE(this.partyStmt));
    });
    partyStmt = this.RULE('partyStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Kvk);
                    this.CONSUME(T.StringLiteral);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Address);
                    this.CONSUME2(T.StringLiteral);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Represented);
                    this.CONSUME(T.By);
                    this.SUBRULE(this.textParts);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Called);
                    this.SUBRULE2(this.textParts);
                },
            },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    legal = this.RULE('legal', () => {
        this.CONSUME(T.Legal);
        this.block(() => this.SUBRULE(this.legalStmt));
    });
    legalStmt = this.RULE('legalStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Main);
                    this.CONSUME(T.Agreement);
                    this.OR2([{ ALT: () => this.CONSUME(T.Prevails) }, { ALT: () => this.SUBRULE(this.textParts) }]);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Prevailing);
                    this.CONSUME(T.Language);
                    this.CONSUME(T.Identifier);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Disputes);
                    this.AT_LEAST_ONE_SEP({ SEP: T.Then, DEF: () => this.SUBRULE(this.forum) });
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Renewal);
                    this.CONSUME(T.Every);
                    this.SUBRULE(this.value);
                    this.OPTION(() => {
                        this.CONSUME(T.Comma);
                        this.CONSUME(T.Notice);
                        this.SUBRULE2(this.value);
                    });
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Liability);
                    this.CONSUME(T.At);
                    this.CONSUME(T.Most);
                    this.SUBRULE3(this.value);
                    this.OPTION2(() => {
                        this.CONSUME(T.Of);
                        this.CONSUME(T.Fee);
                    });
                    this.OPTION3(() => this.SUBRULE(this.period));
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Data);
                    this.CONSUME(T.Processing);
                    this.CONSUME2(T.Agreement);
                    this.SUBRULE2(this.textParts);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Audit);
                    this.CONSUME2(T.Of);
                    this.CONSUME(T.Measurements);
                    this.OPTION4(() => this.SUBRULE2(this.period));
                    this.OPTION5(() => {
                        this.CONSUME2(T.Comma);
                        this.CONSUME2(T.Notice);
                        this.SUBRULE4(this.value);
                    });
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Improvement);
                    this.CONSUME(T.Plan);
                    this.CONSUME(T.For);
                    this.SUBRULE(this.identList);
                    this.SUBRULE(this.breachRule);
                    this.CONSUME(T.Within);
                    this.SUBRULE5(this.value);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Termination);
                    this.CONSUME2(T.For);
                    this.SUBRULE2(this.identList);
                    this.SUBRULE2(this.breachRule);
                },
            },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
    /** `court "Rechtbank Midden-Nederland"`, `mediation`, `arbitration "Nederlands Arbitrage Instituut"`. */
    forum = this.RULE('forum', () => {
        this.OR([{ ALT: () => this.CONSUME(T.Mediation) }, { ALT: () => this.CONSUME(T.Arbitration) }, { ALT: () => this.CONSUME(T.Court) }]);
        this.OPTION(() => this.CONSUME(T.StringLiteral));
    });
    /** `after 3 consecutive breaches`, `after 4 breaches in 12 months`, or both joined by `or`. */
    breachRule = this.RULE('breachRule', () => {
        this.CONSUME(T.After);
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.NumberToken);
                    this.CONSUME(T.Consecutive);
                    this.CONSUME(T.Breaches);
                    this.OPTION(() => {
                        this.CONSUME(T.Or);
                        this.SUBRULE(this.breachWindow);
                    });
                },
            },
            { ALT: () => this.SUBRULE2(this.breachWindow) },
        ]);
    });
    breachWindow = this.RULE('breachWindow', () => {
        this.CONSUME(T.NumberToken);
        this.CONSUME(T.Breaches);
        this.CONSUME(T.In);
        this.CONSUME2(T.NumberToken);
        this.CONSUME(T.Months);
    });
    /** `revisions { status draft  date 2026-01-15  change "1.3" 2026-01-15 nl "…" en "…" }` */
    revisions = this.RULE('revisions', () => {
        this.CONSUME(T.Revisions);
        this.block(() => this.SUBRULE(this.revisionStmt));
    });
    revisionStmt = this.RULE('revisionStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Status);
                    this.OR2([{ ALT: () => this.CONSUME(T.Draft) }, { ALT: () => this.CONSUME(T.Final) }]);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.DateKw);
                    this.CONSUME(T.DateToken);
                },
            },
            {
                ALT: () => {
                    this.CONSUME(T.Change);
                    this.CONSUME(T.StringLiteral);
                    this.CONSUME2(T.DateToken);
                    this.SUBRULE(this.textParts);
                },
            },
        ]);
    });
    incidentCredits = this.RULE('incidentCredits', () => {
        this.CONSUME(T.Credits);
        this.CONSUME(T.Per);
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.Outage);
                    this.CONSUME(T.For);
                    this.CONSUME(T.Identifier);
                },
            },
            { ALT: () => this.CONSUME(T.Ticket) },
        ]);
        this.block(() => this.SUBRULE(this.incidentCreditStmt));
    });
    incidentCreditStmt = this.RULE('incidentCreditStmt', () => {
        this.OR([
            {
                ALT: () => {
                    this.CONSUME(T.At);
                    this.CONSUME(T.Least);
                    this.SUBRULE(this.value);
                    this.CONSUME(T.Credit);
                    this.SUBRULE(this.amount);
                },
            },
            {
                ALT: () => {
                    this.CONSUME2(T.At);
                    this.CONSUME(T.Most);
                    this.SUBRULE2(this.amount);
                    this.SUBRULE(this.period);
                },
            },
            {
                ALT: () => {
                    this.SUBRULE(this.clockKind);
                    this.SUBRULE(this.identList);
                    this.CONSUME2(T.Credit);
                    this.SUBRULE3(this.amount);
                    this.MANY(() => this.SUBRULE(this.condition));
                },
            },
            { ALT: () => this.SUBRULE(this.textStmt) },
        ]);
    });
}
/** A token that recovery may resynchronise at: the first of its line, a brace, or after one. */
function startsAgain(previous, token) {
    if (token.tokenType === EOF || previous.tokenType === EOF || !Number.isFinite(previous.startOffset))
        return true;
    if (token.tokenType === T.LCurly || token.tokenType === T.RCurly || previous.tokenType === T.LCurly || previous.tokenType === T.RCurly)
        return true;
    return (previous.endLine ?? 0) < (token.startLine ?? 0);
}
const chevrotainRepetitionRecovery = CstParser.prototype
    .tryInRepetitionRecovery;
/** One parser instance is reused: chevrotain parsers are stateful but reset by setting `input`. */
export const parser = new SlacParser();
