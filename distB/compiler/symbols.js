export class SymbolTable {
    byNamespace = new Map();
    /** Second and later declarations of a name already taken. */
    duplicates = [];
    add(decl) {
        let names = this.byNamespace.get(decl.namespace);
        if (!names)
            this.byNamespace.set(decl.namespace, (names = new Map()));
        const first = names.get(decl.name);
        if (first)
            this.duplicates.push({ first, again: decl });
        else
            names.set(decl.name, decl);
    }
    get(namespace, name) {
        return this.byNamespace.get(namespace)?.get(name);
    }
    names(namespace) {
        return [...(this.byNamespace.get(namespace)?.keys() ?? [])];
    }
    all(namespace) {
        return [...(this.byNamespace.get(namespace)?.values() ?? [])];
    }
}
const declarationNamespace = {
    Calendar: 'calendar',
    Priority: 'priority',
    Tier: 'tier',
    Service: 'service',
    Objective: 'objective',
    Escalation: 'escalation',
    Field: 'field',
};
/** The declarations another file can import (compiler/program.ts): shared definitions, no norms. */
export const importableKinds = new Set([
    'Calendar',
    'Priority',
    'Matrix',
    'Service',
    'Field',
    'Statuses',
    'Aliases',
    'Party',
]);
/** Fields every ticket or contact has; a condition on them needs no `field` declaration. */
export const builtInFields = new Set(['priority', 'tier', 'channel', 'language']);
export function collectSymbols(document) {
    const table = new SymbolTable();
    for (const decl of document.declarations) {
        const namespace = declarationNamespace[decl.kind];
        if (namespace && 'name' in decl && decl.name.name)
            table.add({ namespace, name: decl.name.name, ident: decl.name, node: decl });
        if (decl.kind === 'Matrix') {
            for (const stmt of decl.body) {
                if (stmt.kind !== 'Levels')
                    continue;
                const ns = stmt.axis === 'impact' ? 'impact level' : 'urgency level';
                for (const level of stmt.levels)
                    table.add({ namespace: ns, name: level.name, ident: level, node: stmt });
            }
        }
        if (decl.kind === 'Underpinning') {
            for (const stmt of decl.body)
                if (stmt.kind === 'UnderpinningAgreement' && stmt.name.name)
                    table.add({ namespace: 'agreement', name: stmt.name.name, ident: stmt.name, node: decl });
        }
    }
    return table;
}
/** Every name used as a reference, with the namespace it must resolve in, in source order. */
export function collectReferences(document) {
    const refs = [];
    const ref = (namespace, ident) => {
        if (ident?.name)
            refs.push({ namespace, ident });
    };
    const conditions = (body) => {
        for (const s of body) {
            if (s.kind !== 'Condition')
                continue;
            const c = s;
            const ns = c.field.name === 'priority' ? 'priority' : c.field.name === 'tier' ? 'tier' : null;
            if (ns)
                c.values.forEach((v) => ref(ns, { kind: 'Ident', name: v.value, range: v.range }));
            else if (!builtInFields.has(c.field.name))
                ref('field', c.field);
        }
    };
    const targetBlock = (body) => {
        for (const s of body) {
            if (s.kind === 'Target') {
                s.priorities.forEach((p) => ref('priority', p));
                ref('calendar', s.calendar);
                conditions(s.conditions);
            }
            else if (s.kind === 'DefaultCalendar')
                ref('calendar', s.calendar);
        }
    };
    for (const decl of document.declarations) {
        switch (decl.kind) {
            case 'Matrix':
                for (const s of decl.body) {
                    if (s.kind !== 'Cell')
                        continue;
                    ref('impact level', s.impact);
                    ref('urgency level', s.urgency);
                    ref('priority', s.priority);
                }
                break;
            case 'Targets':
            case 'Tier':
                targetBlock(decl.body);
                break;
            case 'Objective':
                for (const s of decl.body) {
                    if (s.kind === 'Exclusion')
                        ref('calendar', s.noticeCalendar);
                    else if (s.kind === 'Availability') {
                        ref('service', s.service);
                        ref('calendar', s.calendar);
                    }
                    else if (s.kind === 'Share' || s.kind === 'TimeStat')
                        ref('calendar', s.calendar);
                }
                conditions(decl.body);
                break;
            case 'Credits':
            case 'Bonus':
                ref('objective', decl.objective);
                break;
            case 'Escalation':
                for (const s of decl.body) {
                    if (s.kind === 'AppliesTo')
                        s.priorities.forEach((p) => ref('priority', p));
                    else if (s.kind === 'AppliesToObjectives')
                        s.objectives.forEach((o) => ref('objective', o));
                    else if (s.kind === 'Step')
                        ref('calendar', s.calendar);
                    else if (s.kind === 'DefaultCalendar')
                        ref('calendar', s.calendar);
                }
                conditions(decl.body);
                break;
            case 'Reporting':
                for (const s of decl.body)
                    if (s.kind === 'Report')
                        s.covering.forEach((o) => ref('objective', o));
                break;
            case 'Underpinning':
                for (const s of decl.body) {
                    if (s.kind === 'Chain') {
                        s.priorities.forEach((p) => ref('priority', p));
                        ref('tier', s.tier);
                        for (const l of s.levels) {
                            ref('agreement', l.agreement);
                            ref('calendar', l.calendar);
                        }
                    }
                    else if (s.kind === 'SeriesAvailability') {
                        ref('objective', s.objective);
                        s.components.forEach((c) => ref('agreement', c.agreement));
                    }
                }
                break;
            case 'Aliases':
                for (const s of decl.body)
                    if (s.target.kind === 'Ident' && s.field !== 'status')
                        ref(s.field, s.target);
                break;
            case 'Scenario':
                for (const s of decl.body) {
                    if (s.kind === 'Ticket') {
                        ref('priority', s.priority);
                        ref('tier', s.tier);
                        for (const e of s.events)
                            ref('priority', e.priority);
                        s.fields.forEach((f) => builtInFields.has(f.field.name) || ref('field', f.field));
                    }
                    else if (s.kind === 'Outage')
                        ref('service', s.service);
                    else if (s.kind === 'Measurement')
                        ref('objective', s.objective);
                    else if (s.kind === 'ExpectCredit' ||
                        s.kind === 'ExpectObjective' ||
                        s.kind === 'ExpectValue' ||
                        s.kind === 'ExpectOutageCredit' ||
                        s.kind === 'ExpectBreachRule')
                        ref('objective', s.objective);
                }
                break;
            case 'Legal':
                for (const s of decl.body)
                    if (s.kind === 'ImprovementPlan' || s.kind === 'Termination')
                        s.norms.forEach((o) => ref('objective', o));
                break;
            case 'OutageCredits':
                ref('objective', decl.objective);
                break;
            case 'TicketCredits':
                for (const s of decl.body) {
                    if (s.kind !== 'TicketBand')
                        continue;
                    s.priorities.forEach((p) => ref('priority', p));
                    conditions(s.conditions);
                }
                break;
            default:
                break;
        }
    }
    return refs;
}
