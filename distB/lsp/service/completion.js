/**
 * Completion. The grammar decides what may come next: chevrotain's `computeContentAssist` runs
 * the parser's grammar over the tokens of the current statement (or declaration header) before
 * the cursor and returns every token type that can follow. Keywords become keyword items (a
 * keyword that can only be followed by more fixed words is offered as the whole phrase); a name
 * slot becomes the declared names of the right namespace, IANA zones, country codes, languages …;
 * at the start of a declaration or statement, snippets for whole blocks are added.
 */
import { createTokenInstance } from 'chevrotain';
import { DateTime } from 'luxon';
import { CompletionItemKind, InsertTextFormat, MarkupKind, } from 'vscode-languageserver';
import { parser } from '../../grammar/parser.js';
import * as T from '../../grammar/tokens.js';
import { nouns, verbs } from '../../compiler/measures.js';
import { contractLanguages, textIn, titleOf } from './facts.js';
import { countryList, currencyList, regionList, timeZoneList } from './reference-data.js';
import { blockSnippets, statementSnippets } from './snippets.js';
const WORD_CHAR = /[A-Za-z0-9_\-/+]/;
/** Longest window of tokens handed to the content assist (it is linear, but keep it bounded). */
const MAX_WINDOW = 600;
function locate(doc, offset) {
    const { text } = doc;
    for (const c of doc.analysis.comments) {
        if (c.range.start.offset < offset && offset <= c.range.end.offset)
            return null;
        if (c.range.start.offset >= offset)
            break;
    }
    const tokens = doc.analysis.tokens;
    // First token that starts at or after the cursor.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].startOffset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    const before = tokens[lo - 1];
    if (before && (before.tokenType === T.StringLiteral || before.tokenType === T.UnterminatedString)) {
        const last = before.endOffset ?? before.startOffset;
        const closed = last > before.startOffset && text[last] === '"';
        if (offset <= last || (!closed && offset === last + 1))
            return null;
    }
    let wordStart = offset;
    while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1]))
        wordStart--;
    const word = text.slice(wordStart, offset);
    if (/^-?[0-9]/.test(word))
        return null; // typing a number, date or time: nothing to offer
    let end = lo;
    while (end > 0 && tokens[end - 1].startOffset >= wordStart)
        end--;
    return { wordStart, word, preceding: tokens.slice(0, end) };
}
function blockKind(header) {
    const [first, second] = header;
    if (!first)
        return null;
    switch (first.tokenType) {
        case T.Agreement:
            return 'agreement';
        case T.Service:
            return 'service';
        case T.Exclusions:
            return 'list';
        case T.Customer:
            return 'list';
        case T.Calendar:
            return 'calendar';
        case T.Priority:
            return second?.tokenType === T.Matrix ? 'matrix' : 'priority';
        case T.Targets:
            return 'targets';
        case T.Tier:
            return 'tier';
        case T.Objective:
            return 'objective';
        case T.Credits:
            return second?.tokenType === T.Per ? 'incidentCredits' : 'credits';
        case T.Credit:
            return 'creditTerms';
        case T.Bonus:
            return 'bonus';
        case T.Escalation:
            return 'escalation';
        case T.Reporting:
            return 'reporting';
        case T.Scenario:
            return 'scenario';
        case T.Statuses:
            return 'statuses';
        case T.Aliases:
            return 'aliases';
        case T.Party:
            return 'party';
        case T.Legal:
            return 'legal';
        case T.Revisions:
            return 'revisions';
        default:
            return null;
    }
}
const statementRules = {
    agreement: ['agreementStmt'],
    service: ['textStmt'],
    list: ['textStmt'],
    calendar: ['calendarStmt'],
    priority: ['textStmt'],
    matrix: ['matrixStmt'],
    targets: ['targetStmt'],
    tier: ['targetStmt'],
    objective: ['objectiveStmt'],
    credits: ['ladderStmt'],
    creditTerms: ['ladderStmt'],
    bonus: ['ladderStmt'],
    escalation: ['escalationStmt'],
    reporting: ['report', 'textStmt'],
    scenario: ['scenarioStmt'],
    statuses: ['statusStmt', 'textStmt'],
    aliases: ['aliasStmt'],
    party: ['partyStmt'],
    legal: ['legalStmt'],
    incidentCredits: ['incidentCreditStmt'],
    revisions: ['revisionStmt'],
};
/** Runs `f` without capturing stack traces: chevrotain throws and catches while it recovers. */
function quietly(f) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return f();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
function assist(rules, tokens) {
    if (tokens.length > MAX_WINDOW)
        return [];
    const out = [];
    for (const rule of rules) {
        try {
            out.push(...quietly(() => parser.computeContentAssist(rule, tokens)));
        }
        catch {
            // An unexpected input shape must never break completion.
        }
    }
    return out;
}
function grammarContext(preceding, cursorLine) {
    let depth = 0;
    let declStart = 0;
    let blockOpen = -1;
    // Start at the declaration the cursor is in: the last declaration keyword at the start of an
    // unindented line (where the formatter puts every declaration); from the top otherwise.
    let from = preceding.length - 1;
    while (from > 0 &&
        !(preceding[from].startColumn === 1 &&
            T.declarationStarters.has(preceding[from].tokenType) &&
            preceding[from - 1].startLine !== preceding[from].startLine))
        from--;
    declStart = Math.max(0, from);
    for (let i = declStart; i < preceding.length; i++) {
        const t = preceding[i];
        // A declaration keyword at the start of an unindented line begins a declaration, even if the
        // block before it was left open (as while typing it): recover from the missing `}`.
        if (depth > 0 && t.startColumn === 1 && T.declarationStarters.has(t.tokenType) && preceding[i - 1]?.startLine !== t.startLine) {
            depth = 0;
            declStart = i;
            blockOpen = -1;
        }
        if (t.tokenType === T.LCurly) {
            if (depth === 0)
                blockOpen = i;
            depth++;
        }
        else if (t.tokenType === T.RCurly) {
            depth--;
            if (depth <= 0) {
                depth = 0;
                declStart = i + 1;
                blockOpen = -1;
            }
        }
    }
    if (depth === 0) {
        let window = preceding.slice(declStart);
        let paths = window.length <= MAX_WINDOW ? assist(['document'], window) : [];
        // A broken header: start again from the last word that begins a declaration.
        for (let i = window.length - 1; paths.length === 0 && i >= 0; i--) {
            if (!T.declarationStarters.has(window[i].tokenType))
                continue;
            const from = window.slice(i);
            paths = assist(['document'], from);
            if (paths.length > 0)
                window = from;
        }
        if (paths.length === 0) {
            window = [];
            paths = assist(['document'], []);
        }
        const atStart = paths.some((p) => p.ruleStack.length === 3 && T.declarationStarters.has(p.nextTokenType));
        return { paths, block: null, atStart, window };
    }
    if (depth > 1 || blockOpen < 0)
        return { paths: [], block: null, atStart: false, window: [] };
    // Declarations without a block (`service Mail "E-mail"`) may precede the header: it starts at the last declaration keyword.
    let headerStart = blockOpen - 1;
    while (headerStart > declStart && !T.declarationStarters.has(preceding[headerStart].tokenType))
        headerStart--;
    const block = blockKind(preceding.slice(headerStart, blockOpen));
    if (!block)
        return { paths: [], block: null, atStart: false, window: [] };
    const rules = statementRules[block];
    const body = preceding.slice(blockOpen + 1);
    const onLine = body.filter((t) => t.startLine === cursorLine);
    if (onLine.length === 0)
        return { paths: assist(rules, []), block, atStart: true, window: [] };
    // The statement starts on this line, or (rarely) continues one from an earlier line.
    let start = body.indexOf(onLine[0]);
    for (let attempts = 0; start >= 0 && attempts < 8; attempts++) {
        const window = body.slice(start);
        const paths = assist(rules, window);
        if (paths.length > 0)
            return { paths, block, atStart: false, window };
        const line = body[start - 1]?.startLine;
        if (line === undefined)
            break;
        while (start > 0 && body[start - 1].startLine === line)
            start--;
    }
    return { paths: [], block, atStart: false, window: [] };
}
function slotOf(path) {
    const rule = path.ruleStack[path.ruleStack.length - 1];
    const parent = path.ruleStack[path.ruleStack.length - 2];
    const occ = path.nextTokenOccurrence;
    if (path.nextTokenType === T.ZoneName)
        return { kind: 'zone' };
    switch (rule) {
        case 'onCalendar':
        case 'defaultCalendar':
            return { kind: 'names', namespace: 'calendar' };
        case 'zone':
            return { kind: 'zone' };
        case 'identList':
            if (parent === 'targetStmt' || parent === 'escalationStmt' || parent === 'incidentCreditStmt')
                return { kind: 'names', namespace: 'priority' };
            if (parent === 'report' || parent === 'legalStmt')
                return { kind: 'names', namespace: 'objective' };
            if (parent === 'agreementStmt')
                return { kind: 'language' };
            return null;
        case 'textPart':
            return { kind: 'contract-language' };
        case 'value':
            return occ === 0 ? { kind: 'currency' } : null;
        case 'agreementStmt':
            return { kind: 'country' };
        case 'closed':
            return occ === 2 ? { kind: 'region' } : { kind: 'country' };
        case 'availability':
        case 'outage':
            return { kind: 'names', namespace: 'service' };
        case 'share':
        case 'contacts':
            return { kind: 'noun' };
        case 'verb':
            return { kind: 'verb' };
        case 'credits':
        case 'incidentCredits':
        case 'bonus':
        case 'measured':
            return { kind: 'names', namespace: 'objective' };
        case 'matrixStmt':
            return occ === 2
                ? { kind: 'names', namespace: 'urgency level' }
                : occ === 3
                    ? { kind: 'names', namespace: 'priority' }
                    : { kind: 'names', namespace: 'impact level' };
        case 'ticket':
            return occ === 2 ? { kind: 'names', namespace: 'priority' } : occ === 3 ? { kind: 'names', namespace: 'tier' } : null;
        case 'expect':
            return occ === 2 ? { kind: 'objective-or-ticket' } : { kind: 'names', namespace: 'objective' };
        case 'incidentSubject':
            return occ === 2 ? { kind: 'names', namespace: 'objective' } : { kind: 'ticket' };
        case 'breachExpectation':
            return { kind: 'names', namespace: 'objective' };
        default:
            return null;
    }
}
const nameKinds = {
    calendar: CompletionItemKind.Class,
    priority: CompletionItemKind.EnumMember,
    tier: CompletionItemKind.Enum,
    service: CompletionItemKind.Module,
    objective: CompletionItemKind.Function,
    escalation: CompletionItemKind.Event,
    'impact level': CompletionItemKind.EnumMember,
    'urgency level': CompletionItemKind.EnumMember,
    field: CompletionItemKind.Property,
    agreement: CompletionItemKind.File,
};
function declarationTitle(node) {
    return 'title' in node && node.title && node.title.kind === 'Text' ? titleOf(node.title) : null;
}
function slotItems(doc, slot, site, offset) {
    switch (slot.kind) {
        case 'names':
            return doc.symbols.all(slot.namespace).map((d) => {
                const title = declarationTitle(d.node);
                const data = { resolve: 'name', uri: doc.uri, version: doc.version, namespace: slot.namespace, name: d.name };
                return {
                    label: d.name,
                    kind: nameKinds[slot.namespace],
                    detail: title ? `${slot.namespace} · ${title}` : slot.namespace,
                    sortText: `0${d.name}`,
                    data,
                };
            });
        case 'objective-or-ticket':
            return [
                ...slotItems(doc, { kind: 'ticket' }, site, offset),
                ...slotItems(doc, { kind: 'names', namespace: 'objective' }, site, offset),
            ];
        case 'ticket': {
            const scenario = doc.document.declarations.find((d) => d.kind === 'Scenario' && d.range.start.offset <= offset && offset <= d.range.end.offset);
            return (scenario?.body ?? [])
                .filter((s) => s.kind === 'Ticket' && s.id.name !== '')
                .map((s) => ({
                label: s.id.name,
                kind: CompletionItemKind.Variable,
                detail: `ticket · priority ${s.priority.name}`,
                sortText: `0${s.id.name}`,
            }));
        }
        case 'zone': {
            // `timezone Ams` finds Europe/Amsterdam in clients that match the typed word as a prefix:
            // until a `/` is typed, a zone is filtered by its city first.
            const byCity = !site.word.includes('/');
            return timeZoneList().map((z) => ({
                label: z,
                kind: CompletionItemKind.Value,
                detail: 'IANA time zone',
                filterText: byCity ? `${z.slice(z.lastIndexOf('/') + 1)} ${z}` : z,
                sortText: z === 'Europe/Amsterdam' ? '0' : `1${z}`,
                data: { resolve: 'zone', zone: z },
            }));
        }
        case 'country':
            return countryList().map(({ code, name }) => ({
                label: code,
                kind: CompletionItemKind.Value,
                detail: name,
                filterText: `${code} ${name}`,
                sortText: code,
            }));
        case 'region': {
            const region = site.preceding[site.preceding.length - 1];
            const country = region?.tokenType === T.Region ? site.preceding[site.preceding.length - 2]?.image : undefined;
            return country
                ? regionList(country).map(({ code, name }) => ({
                    label: code,
                    kind: CompletionItemKind.Value,
                    detail: name,
                    filterText: `${code} ${name}`,
                }))
                : [];
        }
        case 'language':
            return [
                { label: 'nl', kind: CompletionItemKind.Value, detail: 'Dutch' },
                { label: 'en', kind: CompletionItemKind.Value, detail: 'English' },
            ];
        case 'contract-language':
            return contractLanguages(doc.document).map((l) => ({ label: l, kind: CompletionItemKind.Value, detail: 'contract language' }));
        case 'currency':
            return currencyList().map((c, i) => ({
                label: c,
                kind: CompletionItemKind.Unit,
                detail: 'ISO 4217 currency',
                sortText: String(i).padStart(4, '0'),
            }));
        case 'noun':
            return Object.entries(nouns).map(([noun, info]) => ({
                label: noun,
                kind: CompletionItemKind.Unit,
                detail: info.source === 'contacts'
                    ? `contacts${info.channel ? ` · ${info.channel}` : ''}`
                    : `tickets${info.channel ? ` · ${info.channel}` : ''}`,
            }));
        case 'verb': {
            const noun = site.preceding[site.preceding.length - 1]?.image ?? '';
            const sources = nouns[noun] ? [nouns[noun].source] : ['contacts', 'tickets'];
            const seen = new Set();
            const items = [];
            for (const source of sources) {
                for (const [verb, event] of Object.entries(verbs[source])) {
                    if (seen.has(verb))
                        continue;
                    seen.add(verb);
                    items.push({ label: verb, kind: CompletionItemKind.Unit, detail: `counts ${event} ${source}` });
                }
            }
            return items;
        }
    }
}
const singular = new Map([
    [T.Seconds, 'second'],
    [T.Minutes, 'minute'],
    [T.Hours, 'hour'],
    [T.Weeks, 'week'],
    [T.Months, 'month'],
    [T.Quarters, 'quarter'],
    [T.Years, 'year'],
]);
/** Words after which a number is a duration. */
const durationIntroducers = new Set([T.Within, T.After, T.Announced]);
const durationUnits = new Set([...singular.keys(), T.Days, T.Business, T.Working, T.CalendarDays]);
function keywordWord(type, previous) {
    if (type === T.CalendarDays)
        return 'calendar days';
    const one = singular.get(type);
    if (one && previous && (previous.tokenType === T.Per || (previous.tokenType === T.NumberToken && Number(previous.image) === 1)))
        return one;
    return T.keywordWords.get(type);
}
function fakeToken(type, image) {
    return createTokenInstance(type, image, NaN, NaN, NaN, NaN, NaN, NaN);
}
/** True when the tokens form a whole statement (or declaration) of one of the rules. */
function isWhole(rules, tokens) {
    for (const rule of rules) {
        try {
            const ok = quietly(() => {
                parser.input = tokens;
                parser[rule]();
                return parser.errors.length === 0;
            });
            if (ok)
                return true;
        }
        catch {
            // not a whole statement
        }
    }
    return false;
}
/** Phrases depend on the grammar only: remember them per window (token kinds, and names for the currency gate). */
const phrases = new Map();
/**
 * `paused` → `paused while`, `first` → `first time right`: extend a keyword while the grammar
 * requires exactly one fixed word next (never through an optional part: `4 hours` stays, though
 * `on calendar` may follow).
 */
function phrase(rules, window, type, first) {
    const key = `${rules.join(',')}|${window.map((t) => (t.tokenType === T.Identifier ? `I:${t.image}` : t.tokenType.name)).join(' ')}|${type.name}|${first}`;
    const known = phrases.get(key);
    if (known !== undefined)
        return known;
    const result = extend(rules, window, type, first);
    if (phrases.size > 5000)
        phrases.clear();
    phrases.set(key, result);
    return result;
}
function extend(rules, window, type, first) {
    const words = [first];
    const tokens = [...window, fakeToken(type, first)];
    for (let n = 0; n < 3; n++) {
        if (isWhole(rules, tokens))
            break;
        const next = new Set(assist(rules, tokens).map((p) => p.nextTokenType));
        if (next.size !== 1)
            break;
        const [only] = [...next];
        const word = only ? keywordWord(only, tokens[tokens.length - 1]) : undefined;
        // `at` leaves the choice least/most open: stop before it.
        if (!only || !word || only === T.CalendarDays || only === T.At)
            break;
        words.push(word);
        tokens.push(fakeToken(only, word));
    }
    return words.join(' ');
}
export function complete(doc, position) {
    const offset = doc.offsetAt(position);
    const site = locate(doc, offset);
    if (!site)
        return { isIncomplete: false, items: [] };
    const ctx = grammarContext(site.preceding, position.line + 1);
    const range = { start: doc.positionAt(site.wordStart), end: position };
    const rules = ctx.block ? statementRules[ctx.block] : ['document'];
    const previous = site.preceding[site.preceding.length - 1];
    const items = [];
    const seen = new Set();
    const add = (item) => {
        const key = `${item.label}|${item.kind ?? ''}`;
        if (seen.has(key))
            return;
        seen.add(key);
        items.push({ ...item, textEdit: { range, newText: item.insertText ?? item.label } });
        delete items[items.length - 1].insertText;
    };
    // A file has one agreement: once written, it is not offered again.
    const hasAgreement = doc.document.declarations.some((d) => d.kind === 'Agreement' && !(d.range.start.offset <= offset && offset <= d.range.end.offset));
    // `within 30 `, `after 5 `: a duration, so only its units (a bare number there is a unit error).
    const beforeNumber = site.preceding[site.preceding.length - 2];
    const unitsOnly = previous?.tokenType === T.NumberToken && beforeNumber !== undefined && durationIntroducers.has(beforeNumber.tokenType);
    const slots = new Map();
    for (const path of ctx.paths) {
        const type = path.nextTokenType;
        if ((hasAgreement && type === T.Agreement) || (unitsOnly && !durationUnits.has(type)))
            continue;
        const word = keywordWord(type, previous);
        if (word) {
            const text = type === T.CalendarDays ? word : phrase(rules, ctx.window, type, word);
            add({ label: text, kind: CompletionItemKind.Keyword, sortText: `5${text}` });
            continue;
        }
        if (type === T.Identifier || type === T.ZoneName) {
            const slot = slotOf(path);
            // A statement can start with money (`EUR 500`), but offering currencies there is noise.
            if (slot && !(slot.kind === 'currency' && ctx.window.length === 0))
                slots.set(JSON.stringify(slot), slot);
        }
    }
    for (const slot of slots.values())
        for (const item of slotItems(doc, slot, site, offset))
            add(item);
    if (ctx.atStart) {
        const snippets = ctx.block
            ? statementSnippets(ctx.block)
            : blockSnippets.filter((b) => !(hasAgreement && b.label.startsWith('agreement')));
        for (const s of snippets) {
            add({
                label: s.label,
                kind: CompletionItemKind.Snippet,
                detail: s.detail,
                insertText: s.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `9${s.label}`,
                filterText: s.label,
                data: { resolve: 'snippet', body: s.body },
            });
        }
    }
    // Large lists (zones, currencies) are complete too: the client filters them as the user types.
    return { isIncomplete: false, items };
}
/** Winter and summer offsets of a zone in a fixed year, so the answer never depends on the clock. */
function zoneOffsets(zone) {
    const offset = (iso) => DateTime.fromISO(iso, { zone }).toFormat('ZZ');
    const winter = offset('2026-01-15T12:00');
    const summer = offset('2026-07-15T12:00');
    return winter === summer ? `UTC${winter} all year` : `UTC${winter} in January, UTC${summer} in July (2026)`;
}
export function resolveCompletion(item, lookup) {
    const data = item.data;
    if (!data || typeof data !== 'object')
        return item;
    let value = null;
    switch (data.resolve) {
        case 'zone':
            value = `IANA time zone **${data.zone}**: ${zoneOffsets(data.zone)}`;
            break;
        case 'snippet':
            value = ['```slac', data.body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, ''), '```'].join('\n');
            break;
        case 'name': {
            const doc = lookup(data.uri);
            const node = doc?.version === data.version ? doc.symbols.get(data.namespace, data.name)?.node : undefined;
            if (!node)
                break;
            const texts = 'body' in node && Array.isArray(node.body)
                ? node.body.filter((s) => s.kind === 'TextStmt').map((s) => textIn(s.text, 'en'))
                : [];
            const title = declarationTitle(node);
            value = [
                `**${data.namespace}** \`${data.name}\`${title ? ` — ${title}` : ''}`,
                ...texts.filter((t) => !!t).slice(0, 1),
            ].join('\n\n');
            break;
        }
    }
    return value ? { ...item, documentation: { kind: MarkupKind.Markdown, value } } : item;
}
