/**
 * Hover: on a name, its declaration in brief; on a clause (a target, a measure, a band, a calendar
 * line), the clause in English and Dutch plus derived facts: allowed downtime, weekly open hours,
 * public holidays in the term, amounts of money.
 */
import { MarkupKind } from 'vscode-languageserver';
import { forEachNode } from '../../compiler/walk.js';
import { agreementTerm, availabilityDowntime, describeWeek, formatHours, formatMoney, holidaysInTerm, monthlyFee, periodPhrase, textIn, titleOf, weeklyOpenMinutes, } from './facts.js';
import { declarationOf, occurrenceAt, occurrencesOf } from './names.js';
import { exclusionSentence, measureSentence, targetSentence, valueWords } from './sentences.js';
import { clauseSentence, tierOfDefaultTarget } from './contract-text.js';
import { markdownText as md } from '../../runtime/escape.js';
const langs = ['en', 'nl'];
const HOLIDAYS_SHOWN = 12;
/** The nodes that contain the offset, outermost first. */
function nodesAt(doc, offset) {
    const decl = doc.document.declarations.find((d) => d.range.start.offset <= offset && offset <= d.range.end.offset);
    if (!decl)
        return [];
    const path = [];
    forEachNode(decl, (node) => {
        const r = node.range;
        if (r && r.start.offset <= offset && offset <= r.end.offset && r.end.offset > r.start.offset)
            path.push(node);
    });
    return path;
}
function calendarDecl(doc, name) {
    if (!name)
        return null;
    const node = doc.symbols.get('calendar', name)?.node;
    return node && node.kind === 'Calendar' ? node : null;
}
function priorityTitle(doc, name) {
    const node = doc.symbols.get('priority', name)?.node;
    const title = node && node.kind === 'Priority' ? titleOf(node.title) : null;
    return title ? `${name} (${title})` : name;
}
function bilingual(sentences) {
    return langs.map((l) => `${l === 'en' ? '🇬🇧' : '🇳🇱'} ${md(sentences[l])}`);
}
/** The clause as the contract words it, or the service's own summary when the documents cannot say. */
function contractOr(doc, ref, own) {
    return { en: clauseSentence(doc, ref, 'en') ?? own('en'), nl: clauseSentence(doc, ref, 'nl') ?? own('nl') };
}
/** The contract's sentences for a named clause, when the documents know it. */
function contract(doc, ref) {
    const en = clauseSentence(doc, ref, 'en');
    const nl = clauseSentence(doc, ref, 'nl');
    return en && nl ? bilingual({ en, nl }) : [];
}
// ---------------------------------------------------------------------------------------------
// Facts
function calendarFacts(doc, cal, withHolidays) {
    const lines = [];
    const perDay = weeklyOpenMinutes(cal);
    const week = perDay.reduce((a, b) => a + b, 0);
    const zone = cal.body.find((s) => s.kind === 'TimeZone')?.zone.name;
    const days = perDay.filter((m) => m > 0).length;
    lines.push(`**${formatHours(week)} open per week** (${days} day${days === 1 ? '' : 's'}${describeWeek(cal) ? `: ${describeWeek(cal)}` : ''})${zone ? `, ${zone}` : ''}`);
    if (!withHolidays)
        return lines;
    const term = agreementTerm(doc.document);
    for (const s of cal.body) {
        if (s.kind === 'Holidays' && s.country.name) {
            const region = s.region?.name ?? null;
            const where = `${s.country.name}${region ? ` region ${region}` : ''}`;
            if (!term) {
                lines.push(`Closed on public holidays ${where} (no agreement term to list them for)`);
                continue;
            }
            const list = holidaysInTerm(s.country.name, region, term.from, term.to);
            lines.push(`Closed on **${list.length} public holidays** ${where} in the term ${term.from} – ${term.to}:`);
            for (const h of list.slice(0, HOLIDAYS_SHOWN))
                lines.push(`- ${h.date} ${md(h.en)}${h.nl !== h.en ? ` / ${md(h.nl)}` : ''}`);
            if (list.length > HOLIDAYS_SHOWN)
                lines.push(`- … and ${list.length - HOLIDAYS_SHOWN} more`);
        }
        else if (s.kind === 'ClosedDates' && s.dates.length > 0) {
            lines.push(`Also closed on ${s.dates.map((d) => d.value).join(', ')}`);
        }
    }
    return lines;
}
function downtimeFacts(doc, m) {
    const cal = calendarDecl(doc, m.calendar?.name);
    const fact = availabilityDowntime(doc.document, doc.analysis.model, m, cal);
    if (!fact)
        return [];
    return cal ? [...fact.lines, ...calendarFacts(doc, cal, false)] : fact.lines;
}
function amountFact(doc, a) {
    if (a.value.kind !== 'Percentage')
        return null;
    const fee = monthlyFee(doc.document);
    if (!fee)
        return null;
    return `${a.value.raw} of the monthly fee = **${formatMoney((fee.minor * a.value.value) / 100, fee.currency)}**`;
}
function ladderFacts(doc, objective) {
    const lines = [];
    for (const d of doc.document.declarations) {
        if ((d.kind !== 'Credits' && d.kind !== 'Bonus') || d.objective.name !== objective)
            continue;
        for (const s of d.body) {
            if (s.kind === 'Band') {
                const money = amountFact(doc, s.amount);
                lines.push(`- ${s.comparison} ${valueWords(s.threshold, 'en')}: ${d.kind === 'Credits' ? 'credit' : 'bonus'} ${valueWords(s.amount.value, 'en')}${money ? ` (${money.split(' = ')[1]})` : ''}`);
            }
            else if (s.kind === 'Cap') {
                lines.push(`- at most ${valueWords(s.amount.value, 'en')} ${periodPhrase(s.period, 'en')}`);
            }
        }
    }
    return lines.length > 0 ? ['Credits and bonuses:', ...lines] : [];
}
// ---------------------------------------------------------------------------------------------
// Hovers by subject
function header(kind, name, title) {
    return `**${kind}** \`${name}\`${title ? ` — ${md(title)}` : ''}`;
}
function texts(body) {
    const out = [];
    for (const s of body) {
        if (s.kind !== 'TextStmt')
            continue;
        const t = s.text;
        for (const l of langs) {
            const v = textIn(t, l);
            if (v)
                out.push(`${l === 'en' ? '🇬🇧' : '🇳🇱'} ${md(v)}`);
        }
        break; // the first text describes the thing; the rest is in the contract
    }
    return out;
}
function targetsFor(doc, priority) {
    const lines = [];
    const model = doc.analysis.model;
    if (model) {
        for (const tier of model.tiers) {
            const ts = tier.targets
                .filter((t) => t.priority === priority)
                .sort((a, b) => (a.target === b.target ? 0 : a.target === 'response' ? -1 : 1));
            if (ts.length === 0)
                continue;
            const parts = ts.map((t) => `${t.target} ${t.within.value} ${t.within.clock === 'elapsed' ? '' : `${t.within.clock} `}${t.within.unit}${t.within.value === 1 ? '' : 's'}${t.calendar ? ` on ${t.calendar}` : ''}`);
            lines.push(`- ${tier.implicit ? 'all tickets' : `tier ${tier.name}`}: ${parts.join('; ')}`);
        }
        return lines;
    }
    for (const d of doc.document.declarations) {
        if (d.kind !== 'Targets' && d.kind !== 'Tier')
            continue;
        const ts = d.body.filter((s) => s.kind === 'Target' && s.priorities.some((p) => p.name === priority));
        if (ts.length === 0)
            continue;
        lines.push(`- ${d.kind === 'Targets' ? 'defaults' : `tier ${d.name.name}`}: ${ts.map((t) => `${t.target} ${valueWords(t.within, 'en')}${t.calendar?.name ? ` on ${t.calendar.name}` : ''}`).join('; ')}`);
    }
    return lines;
}
function nameHover(doc, o) {
    const decl = declarationOf(doc, o);
    const uses = occurrencesOf(doc, o).filter((x) => !x.declaration).length;
    const usage = `${uses} reference${uses === 1 ? '' : 's'}`;
    if (!decl)
        return [`**${o.kind}** \`${o.name}\` — not declared`];
    if (o.kind === 'ticket') {
        const t = decl.scope?.body.find((s) => s.kind === 'Ticket' && s.id.name === o.name);
        return [
            `**ticket** \`${o.name}\`${t ? ` — priority ${t.priority.name}${t.tier?.name ? `, tier ${t.tier.name}` : ''}, created ${t.created.date} ${t.created.time}` : ''}`,
            usage,
        ];
    }
    const node = doc.symbols.get(o.kind, o.name)?.node;
    if (!node)
        return [`**${o.kind}** \`${o.name}\``];
    switch (node.kind) {
        case 'Calendar':
            return [
                header('calendar', o.name, titleOf(node.title)),
                ...contract(doc, { kind: 'calendar', name: o.name }),
                ...calendarFacts(doc, node, true),
                usage,
            ];
        case 'Priority': {
            const targets = targetsFor(doc, o.name);
            const words = contract(doc, { kind: 'priority', name: o.name });
            return [
                header('priority', o.name, titleOf(node.title)),
                ...(words.length ? words : texts(node.body)),
                ...(targets.length ? ['Targets:', ...targets] : []),
                usage,
            ];
        }
        case 'Tier': {
            const targets = node.body.filter((s) => s.kind === 'Target');
            const words = contract(doc, { kind: 'tier', name: o.name });
            return [
                header('tier', o.name, titleOf(node.title)),
                ...(words.length
                    ? words
                    : targets.map((t) => `- ${md(targetSentence(t, t.calendar?.name ?? defaultCalendar(node.body), (n) => n, 'en'))}`)),
                usage,
            ];
        }
        case 'Service': {
            const objectives = doc.document.declarations.filter((d) => d.kind === 'Objective' && d.body.some((s) => s.kind === 'Availability' && s.service.name === o.name));
            const words = contract(doc, { kind: 'service', name: o.name });
            return [
                header('service', o.name, titleOf(node.title)),
                ...(words.length ? words : texts(node.body)),
                ...(objectives.length ? [`Measured by: ${objectives.map((x) => x.name.name).join(', ')}`] : []),
                usage,
            ];
        }
        case 'Objective':
            return [header('objective', o.name, titleOf(node.title)), ...objectiveLines(doc, node), usage];
        case 'Escalation': {
            const steps = node.body.filter((s) => s.kind === 'Step');
            const words = contract(doc, { kind: 'escalation', name: o.name });
            if (words.length)
                return [header('escalation', o.name, titleOf(node.title)), ...words, usage];
            return [
                header('escalation', o.name, titleOf(node.title)),
                ...steps.map((s) => `- step ${s.number.raw}: ${md(titleOf(s.role) ?? '')} after ${md(valueWords(s.after, 'en'))}${s.contact ? ` — ${md(titleOf(s.contact) ?? '')}` : ''}`),
                usage,
            ];
        }
        case 'Levels':
            return [`**${o.kind}** \`${o.name}\``, usage];
        default:
            return [`**${o.kind}** \`${o.name}\``, usage];
    }
}
function defaultCalendar(body) {
    return body.find((s) => s.kind === 'DefaultCalendar')?.calendar.name ?? null;
}
function objectiveLines(doc, obj) {
    const lines = [];
    const words = contract(doc, { kind: 'objective', name: obj.name.name });
    if (words.length)
        lines.push(...words);
    for (const s of obj.body) {
        if (s.kind === 'Availability' || s.kind === 'Share' || s.kind === 'Quality') {
            if (!words.length)
                lines.push(...bilingual({ en: measureSentence(s, 'en'), nl: measureSentence(s, 'nl') }));
            if (s.kind === 'Availability')
                lines.push(...downtimeFacts(doc, s));
        }
        else if (s.kind === 'Exclusion' && !words.length) {
            lines.push(`- ${md(exclusionSentence(s, 'en'))}`);
        }
    }
    const credits = contract(doc, { kind: 'credits', name: obj.name.name });
    lines.push(...(credits.length ? credits : ladderFacts(doc, obj.name.name)));
    return lines;
}
function clauseHover(doc, path) {
    const decl = path[0];
    for (let i = path.length - 1; i >= 0; i--) {
        const node = path[i];
        switch (node.kind) {
            case 'Target': {
                const t = node;
                const body = decl && (decl.kind === 'Targets' || decl.kind === 'Tier') ? decl.body : [];
                const calendar = t.calendar?.name || defaultCalendar(body);
                const tier = decl?.kind === 'Tier' ? decl.name.name : null;
                const refs = t.priorities.map((p) => ({
                    kind: 'target',
                    name: tier ?? tierOfDefaultTarget(doc, p.name, t.target),
                    priority: p.name,
                    target: t.target,
                }));
                const own = (l) => targetSentence(t, calendar, (n) => priorityTitle(doc, n), l);
                const words = (l) => {
                    const all = refs.map((r) => clauseSentence(doc, r, l));
                    return all.every((x) => x) ? all.join(' ') : own(l);
                };
                const lines = bilingual({ en: words('en'), nl: words('nl') });
                const cal = calendarDecl(doc, calendar);
                if (cal)
                    lines.push(...calendarFacts(doc, cal, false));
                else if (t.within.kind === 'Duration' && (t.within.clock === 'business' || t.within.clock === 'working'))
                    lines.push('⚠ business hours and working days need a calendar');
                else
                    lines.push('Counted in clock time (no calendar).');
                return [
                    `**${t.target} target**${decl && decl.kind === 'Tier' ? ` · tier ${decl.name.name}` : decl?.kind === 'Targets' ? ' · default for every tier' : ''}`,
                    ...lines,
                ];
            }
            case 'Availability':
            case 'Share':
            case 'Quality': {
                const m = node;
                const obj = decl?.kind === 'Objective' ? decl : null;
                const lines = bilingual(contractOr(doc, obj ? { kind: 'objective', name: obj.name.name } : null, (l) => measureSentence(m, l)));
                if (m.kind === 'Availability')
                    lines.push(...downtimeFacts(doc, m));
                else if (m.kind === 'Share' && m.calendar?.name) {
                    const cal = calendarDecl(doc, m.calendar.name);
                    if (cal)
                        lines.push(...calendarFacts(doc, cal, false));
                }
                return [obj ? header('objective', obj.name.name, titleOf(obj.title)) : '**objective**', ...lines];
            }
            case 'Exclusion': {
                const e = node;
                return ['**exclusion**', ...bilingual({ en: exclusionSentence(e, 'en'), nl: exclusionSentence(e, 'nl') })];
            }
            case 'Band':
            case 'Cap': {
                const s = node;
                const money = amountFact(doc, s.amount);
                const what = s.kind === 'Band'
                    ? `${s.comparison} ${valueWords(s.threshold, 'en')}: ${valueWords(s.amount.value, 'en')}`
                    : `cap: at most ${valueWords(s.amount.value, 'en')} ${periodPhrase(s.period, 'en')}`;
                return [
                    `**${decl?.kind === 'Bonus' ? 'bonus' : 'credit'}** ${what}`,
                    ...(money ? [money] : monthlyFee(doc.document) ? [] : ['(no monthly fee in money in the agreement to compute the amount)']),
                ];
            }
            case 'Hours':
            case 'Holidays':
            case 'ClosedDates':
                if (decl?.kind === 'Calendar')
                    return [header('calendar', decl.name.name, titleOf(decl.title)), ...calendarFacts(doc, decl, node.kind !== 'Hours')];
                break;
            case 'Fee': {
                const fee = monthlyFee(doc.document);
                return fee
                    ? [
                        `**fee** = ${formatMoney(fee.minor, fee.currency)} per month; 1% of the monthly fee = ${formatMoney(fee.minor / 100, fee.currency)}`,
                    ]
                    : null;
            }
            default:
                break;
        }
    }
    return null;
}
export function hover(doc, position) {
    const offset = doc.offsetAt(position);
    const o = occurrenceAt(doc, offset);
    let lines = null;
    let range;
    if (o) {
        lines = nameHover(doc, o);
        range = o.ident.range;
    }
    else {
        const path = nodesAt(doc, offset);
        lines = clauseHover(doc, path);
        const decl = path[0];
        // On the declaration's keyword: the declaration itself.
        if (!lines && decl && 'name' in decl && decl.name && decl.name.kind === 'Ident' && decl.name.name) {
            const named = declarationOf(doc, { kind: namespaceOf(decl), name: decl.name.name, scope: null });
            if (named)
                lines = nameHover(doc, named);
        }
    }
    if (!lines || lines.length === 0)
        return null;
    const hover = { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n').replace(/\n\n- /g, '\n- ') } };
    if (range)
        hover.range = doc.range(range);
    return hover;
}
function namespaceOf(decl) {
    switch (decl.kind) {
        case 'Calendar':
            return 'calendar';
        case 'Priority':
            return 'priority';
        case 'Tier':
            return 'tier';
        case 'Service':
            return 'service';
        case 'Objective':
            return 'objective';
        default:
            return 'escalation';
    }
}
