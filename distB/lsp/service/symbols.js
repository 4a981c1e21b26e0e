/** The outline: one symbol per declaration, with its statements that have a name or a target as children. */
import { SymbolKind } from 'vscode-languageserver';
import { titleOf } from './facts.js';
function symbol(doc, name, kind, node, selection, detail, children) {
    const range = doc.range(node.range);
    let selectionRange = selection ? doc.range(selection.range) : range;
    // The selection range must lie inside the full range (recovery can leave odd ranges).
    const inside = selection && selection.range.start.offset >= node.range.start.offset && selection.range.end.offset <= node.range.end.offset;
    if (!inside)
        selectionRange = range;
    const s = { name: name || '(unnamed)', kind, range, selectionRange };
    if (detail)
        s.detail = detail;
    if (children && children.length > 0)
        s.children = children;
    return s;
}
function describeValue(v) {
    switch (v.kind) {
        case 'Percentage':
            return v.raw;
        case 'Money':
            return `${v.currency} ${v.raw}`;
        case 'Duration':
            return `${v.raw} ${v.clock === 'elapsed' ? '' : `${v.clock} `}${v.unit}${v.value === 1 ? '' : 's'}`;
        case 'Score':
            return `${v.raw} out of ${v.outOf}`;
        case 'Rate':
            return `${v.raw} per ${v.per} ${v.noun}`;
        case 'Number':
            return v.raw;
    }
}
function targetChildren(doc, body) {
    return body
        .filter((s) => s.kind === 'Target')
        .map((s) => symbol(doc, `${s.target} ${s.priorities.map((p) => p.name).join(', ')}`, SymbolKind.Field, s, s.priorities[0] ?? null, `within ${describeValue(s.within)}${s.calendar?.name ? ` on ${s.calendar.name}` : ''}`));
}
function measureName(m) {
    switch (m.kind) {
        case 'Availability':
            return `availability of ${m.service.name} ${m.direction} ${describeValue(m.target)}`;
        case 'Share':
            return `${m.direction === 'at most' ? 'at most ' : ''}${describeValue(m.target)} of ${m.noun.name} ${m.verb.name}`;
        case 'Quality':
            return `${m.metric === 'kpi' ? `kpi ${m.kpi?.name ?? ''}` : m.metric} ${m.direction} ${describeValue(m.target)}`;
        case 'TimeStat':
            return `${m.statistic === 'average' ? 'average' : `p${m.percentile}`} ${m.clock.name} time ${m.direction} ${describeValue(m.target)}`;
        case 'Exclusion':
            return `excluding ${m.exclusion.replace('-', ' ')}`;
        default:
            return null;
    }
}
function declarationSymbol(doc, d) {
    switch (d.kind) {
        case 'Agreement':
            return symbol(doc, titleOf(d.title) ?? 'agreement', SymbolKind.Namespace, d, d.title, 'agreement');
        case 'Service':
            return symbol(doc, d.name.name, SymbolKind.Module, d, d.name, titleOf(d.title) ?? 'service');
        case 'List':
            return symbol(doc, d.list === 'exclusions' ? 'exclusions' : 'customer responsibilities', SymbolKind.Array, d, null, `${d.items.length} items`);
        case 'Calendar':
            return symbol(doc, d.name.name, SymbolKind.Class, d, d.name, titleOf(d.title) ?? 'calendar');
        case 'Priority':
            return symbol(doc, d.name.name, SymbolKind.EnumMember, d, d.name, titleOf(d.title) ?? 'priority');
        case 'Matrix':
            return symbol(doc, 'priority matrix', SymbolKind.Enum, d, null, null);
        case 'Targets':
            return symbol(doc, 'targets', SymbolKind.Object, d, null, 'defaults for every tier', targetChildren(doc, d.body));
        case 'Tier':
            return symbol(doc, d.name.name, SymbolKind.Struct, d, d.name, titleOf(d.title) ?? 'tier', targetChildren(doc, d.body));
        case 'Objective': {
            const children = d.body.flatMap((s) => {
                const name = measureName(s);
                return name ? [symbol(doc, name, s.kind === 'Exclusion' ? SymbolKind.Property : SymbolKind.Field, s, null)] : [];
            });
            return symbol(doc, d.name.name, SymbolKind.Function, d, d.name, titleOf(d.title) ?? 'objective', children);
        }
        case 'Credits':
            return symbol(doc, `credits for ${d.objective.name}`, SymbolKind.Array, d, d.objective, null);
        case 'CreditTerms':
            return symbol(doc, 'credit terms', SymbolKind.Array, d, null, null);
        case 'Bonus':
            return symbol(doc, `bonus for ${d.objective.name}`, SymbolKind.Array, d, d.objective, null);
        case 'Escalation': {
            const steps = d.body
                .filter((s) => s.kind === 'Step')
                .map((s) => symbol(doc, `step ${s.number.raw} ${titleOf(s.role) ?? ''}`.trim(), SymbolKind.Field, s, null, `after ${describeValue(s.after)}`));
            return symbol(doc, d.name.name, SymbolKind.Event, d, d.name, titleOf(d.title) ?? 'escalation', steps);
        }
        case 'Reporting': {
            const reports = d.body
                .filter((s) => s.kind === 'Report')
                .map((s) => symbol(doc, titleOf(s.title) ?? 'report', SymbolKind.Field, s, null, s.frequency));
            return symbol(doc, 'reporting', SymbolKind.Object, d, null, null, reports);
        }
        case 'Field':
            return symbol(doc, d.name.name, SymbolKind.Property, d, d.name, titleOf(d.title) ?? 'field');
        case 'Underpinning': {
            const agreements = d.body
                .filter((s) => s.kind === 'UnderpinningAgreement')
                .map((s) => symbol(doc, s.name.name, SymbolKind.File, s, s.name, s.path.value));
            return symbol(doc, 'underpinning', SymbolKind.Object, d, null, titleOf(d.title), agreements);
        }
        case 'Scenario': {
            const tickets = d.body
                .filter((s) => s.kind === 'Ticket')
                .map((s) => symbol(doc, `ticket ${s.id.name}`, SymbolKind.Variable, s, s.id, `priority ${s.priority.name}`));
            return symbol(doc, titleOf(d.title) ?? 'scenario', SymbolKind.Method, d, d.title, 'scenario', tickets);
        }
        case 'Statuses':
            return symbol(doc, 'statuses', SymbolKind.Enum, d, null, `${d.body.filter((s) => s.kind === 'Status').length} lines`);
        case 'Aliases':
            return symbol(doc, 'aliases', SymbolKind.Enum, d, null, `${d.body.length} lines`);
        case 'Import':
            return symbol(doc, `import "${d.path.value}"`, SymbolKind.File, d, d.path, d.items ? `${d.items.length} names` : 'everything');
        case 'Party':
            return symbol(doc, `party ${d.role}`, SymbolKind.Object, d, null, null);
        case 'Legal':
            return symbol(doc, 'legal', SymbolKind.Object, d, null, null);
        case 'OutageCredits':
            return symbol(doc, `credits per outage for ${d.objective.name}`, SymbolKind.Array, d, d.objective, null);
        case 'TicketCredits':
            return symbol(doc, 'credits per ticket', SymbolKind.Array, d, null, null);
        case 'Revisions':
            return symbol(doc, 'revisions', SymbolKind.Object, d, null, null);
    }
}
export function documentSymbols(doc) {
    return doc.document.declarations.map((d) => declarationSymbol(doc, d));
}
