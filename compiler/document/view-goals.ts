/**
 * View model of custom fields, conditions, time statistics and special opening hours: the data
 * the templates word (compiler/document/templates/{nl,en}/partials/conditions.hbs and friends).
 */
import type * as M from '../model.js';
import type { Txt } from './view-model.js';

export interface VmCondition {
  /** `priority`, `tier`, `channel`, `language`, or `field` for a declared field. */
  builtIn: 'priority' | 'tier' | 'channel' | 'language' | 'field';
  /** The declared field's title (its name without one). */
  fieldTitle: Txt;
  values: Txt[];
}

export interface VmField {
  name: string;
  title: Txt;
  values: string[] | null;
  texts: Txt[];
}

export interface Titles {
  field: (name: string) => M.FieldModel | undefined;
  priority: (name: string) => Txt;
  tier: (name: string) => Txt;
  named: (n: M.NamedModel) => Txt;
}

export function conditionsVm(conditions: readonly M.ConditionModel[], t: Titles): VmCondition[] {
  return conditions.map((c) => {
    if (c.field === 'priority') return { builtIn: 'priority', fieldTitle: null, values: c.values.map(t.priority) };
    if (c.field === 'tier') return { builtIn: 'tier', fieldTitle: null, values: c.values.map(t.tier) };
    if (c.field === 'channel' || c.field === 'language') return { builtIn: c.field, fieldTitle: null, values: [...c.values] };
    const f = t.field(c.field);
    return { builtIn: 'field', fieldTitle: f ? (t.named(f) ?? f.name) : c.field, values: [...c.values] };
  });
}

/** The time statistic of an objective, for the time-sentence partial. */
export function timeVm(m: M.MeasureModel): { statistic: string | null; percentile: number | null; clock: string | null } {
  return m.kind === 'time' ? { statistic: m.statistic, percentile: m.percentile, clock: m.clock } : { statistic: null, percentile: null, clock: null };
}
