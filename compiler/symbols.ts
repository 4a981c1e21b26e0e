/**
 * Declarations and references by namespace. The checker resolves names with it; the language
 * server uses the same tables for definition, references and rename.
 */
import type * as A from '../grammar/ast.js';

export type Namespace =
  | 'calendar'
  | 'priority'
  | 'tier'
  | 'service'
  | 'objective'
  | 'escalation'
  | 'impact level'
  | 'urgency level'
  | 'field'
  /** An underpinning agreement, named in the `underpinning` block. */
  | 'agreement';

export interface SymbolDecl {
  namespace: Namespace;
  name: string;
  ident: A.Ident;
  /** The declaring node: a declaration, or the Levels statement of a matrix. */
  node: A.Declaration | A.MatrixStmt;
}

export interface Reference {
  namespace: Namespace;
  ident: A.Ident;
}

export class SymbolTable {
  private readonly byNamespace = new Map<Namespace, Map<string, SymbolDecl>>();
  /** Second and later declarations of a name already taken. */
  readonly duplicates: Array<{ first: SymbolDecl; again: SymbolDecl }> = [];

  add(decl: SymbolDecl): void {
    let names = this.byNamespace.get(decl.namespace);
    if (!names) this.byNamespace.set(decl.namespace, (names = new Map()));
    const first = names.get(decl.name);
    if (first) this.duplicates.push({ first, again: decl });
    else names.set(decl.name, decl);
  }

  get(namespace: Namespace, name: string): SymbolDecl | undefined {
    return this.byNamespace.get(namespace)?.get(name);
  }

  names(namespace: Namespace): string[] {
    return [...(this.byNamespace.get(namespace)?.keys() ?? [])];
  }

  all(namespace: Namespace): SymbolDecl[] {
    return [...(this.byNamespace.get(namespace)?.values() ?? [])];
  }
}

const declarationNamespace: Partial<Record<A.Declaration['kind'], Namespace>> = {
  Calendar: 'calendar',
  Priority: 'priority',
  Tier: 'tier',
  Service: 'service',
  Objective: 'objective',
  Escalation: 'escalation',
  Field: 'field',
};

/** The declarations another file can import (compiler/program.ts): shared definitions, no norms. */
export const importableKinds: ReadonlySet<A.Declaration['kind']> = new Set([
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
export const builtInFields: ReadonlySet<string> = new Set(['priority', 'tier', 'channel', 'language']);

export function collectSymbols(document: A.Document): SymbolTable {
  const table = new SymbolTable();
  for (const decl of document.declarations) {
    const namespace = declarationNamespace[decl.kind];
    if (namespace && 'name' in decl && decl.name.name) table.add({ namespace, name: decl.name.name, ident: decl.name, node: decl });
    if (decl.kind === 'Matrix') {
      for (const stmt of decl.body) {
        if (stmt.kind !== 'Levels') continue;
        const ns: Namespace = stmt.axis === 'impact' ? 'impact level' : 'urgency level';
        for (const level of stmt.levels) table.add({ namespace: ns, name: level.name, ident: level, node: stmt });
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
export function collectReferences(document: A.Document): Reference[] {
  const refs: Reference[] = [];
  const ref = (namespace: Namespace, ident: A.Ident | null | undefined) => {
    if (ident?.name) refs.push({ namespace, ident });
  };
  const conditions = (body: ReadonlyArray<{ kind: string }>) => {
    for (const s of body) {
      if (s.kind !== 'Condition') continue;
      const c = s as A.ConditionStmt;
      const ns: Namespace | null = c.field.name === 'priority' ? 'priority' : c.field.name === 'tier' ? 'tier' : null;
      if (ns) c.values.forEach((v) => ref(ns, { kind: 'Ident', name: v.value, range: v.range }));
      else if (!builtInFields.has(c.field.name)) ref('field', c.field);
    }
  };
  const targetBlock = (body: A.TargetBlockStmt[]) => {
    for (const s of body) {
      if (s.kind === 'Target') {
        s.priorities.forEach((p) => ref('priority', p));
        ref('calendar', s.calendar);
        conditions(s.conditions);
      } else if (s.kind === 'DefaultCalendar') ref('calendar', s.calendar);
    }
  };
  for (const decl of document.declarations) {
    switch (decl.kind) {
      case 'Matrix':
        for (const s of decl.body) {
          if (s.kind !== 'Cell') continue;
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
          if (s.kind === 'Exclusion') ref('calendar', s.noticeCalendar);
          else if (s.kind === 'Availability') {
            ref('service', s.service);
            ref('calendar', s.calendar);
          } else if (s.kind === 'Share' || s.kind === 'TimeStat') ref('calendar', s.calendar);
        }
        conditions(decl.body);
        break;
      case 'Credits':
      case 'Bonus':
        ref('objective', decl.objective);
        break;
      case 'Escalation':
        for (const s of decl.body) {
          if (s.kind === 'AppliesTo') s.priorities.forEach((p) => ref('priority', p));
          else if (s.kind === 'AppliesToObjectives') s.objectives.forEach((o) => ref('objective', o));
          else if (s.kind === 'Step') ref('calendar', s.calendar);
          else if (s.kind === 'DefaultCalendar') ref('calendar', s.calendar);
        }
        conditions(decl.body);
        break;
      case 'Reporting':
        for (const s of decl.body) if (s.kind === 'Report') s.covering.forEach((o) => ref('objective', o));
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
          } else if (s.kind === 'SeriesAvailability') {
            ref('objective', s.objective);
            s.components.forEach((c) => ref('agreement', c.agreement));
          }
        }
        break;
      case 'Aliases':
        for (const s of decl.body) if (s.target.kind === 'Ident' && s.field !== 'status') ref(s.field, s.target);
        break;
      case 'Scenario':
        for (const s of decl.body) {
          if (s.kind === 'Ticket') {
            ref('priority', s.priority);
            ref('tier', s.tier);
            for (const e of s.events) ref('priority', e.priority);
            s.fields.forEach((f) => builtInFields.has(f.field.name) || ref('field', f.field));
          } else if (s.kind === 'Outage') ref('service', s.service);
          else if (s.kind === 'Measurement') ref('objective', s.objective);
          else if (
            s.kind === 'ExpectCredit' ||
            s.kind === 'ExpectObjective' ||
            s.kind === 'ExpectValue' ||
            s.kind === 'ExpectOutageCredit' ||
            s.kind === 'ExpectBreachRule'
          )
            ref('objective', s.objective);
        }
        break;
      case 'Legal':
        for (const s of decl.body)
          if (s.kind === 'ImprovementPlan' || s.kind === 'Termination') s.norms.forEach((o) => ref('objective', o));
        break;
      case 'OutageCredits':
        ref('objective', decl.objective);
        break;
      case 'TicketCredits':
        for (const s of decl.body) {
          if (s.kind !== 'TicketBand') continue;
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
