/** Objectives: exactly one measure, each exclusion once; measurable channels and verbs. */
import type * as A from '../../grammar/ast.js';
import { nouns, verbs } from '../measures.js';
import { closest } from '../suggest.js';
import type { CheckContext } from './context.js';

const measureKinds = ['Availability', 'Share', 'Quality', 'TimeStat'];

export function measureOf(objective: A.ObjectiveDecl): A.Measure | undefined {
  return objective.body.find((s): s is A.Measure => measureKinds.includes(s.kind));
}

function replaceFix(ident: A.Ident, suggestion: string | undefined) {
  return suggestion ? { fix: { title: `Change to '${suggestion}'`, edits: [{ range: ident.range, newText: suggestion }] } } : {};
}

function checkShare(ctx: CheckContext, share: A.ShareMeasure): void {
  const noun = nouns[share.noun.name];
  if (!noun) {
    const suggestion = closest(share.noun.name, Object.keys(nouns));
    ctx.report('unknown-measure', share.noun.range, `slac cannot count '${share.noun.name}'${suggestion ? `; did you mean '${suggestion}'?` : ` (use one of: ${Object.keys(nouns).join(', ')})`}`, replaceFix(share.noun, suggestion));
    return;
  }
  const known = verbs[noun.source];
  const event = known[share.verb.name];
  if (!event) {
    const suggestion = closest(share.verb.name, Object.keys(known));
    ctx.report('unknown-measure', share.verb.range, `${share.noun.name} can be ${Object.keys(known).join(', ')}, not '${share.verb.name}'`, replaceFix(share.verb, suggestion));
    return;
  }
  if (event === 'abandoned' && share.within) ctx.report('misplaced-clause', share.within.range, 'abandoned contacts are counted without a time limit: remove `within …`');
  if (event !== 'abandoned' && !share.within && !share.onTime) ctx.report('missing-clause', share.verb.range, `say within what time ${share.noun.name} must be ${share.verb.name}, e.g. \`within 30 seconds\``);
}

export function checkObjectives(ctx: CheckContext): void {
  for (const objective of ctx.declarations('Objective')) {
    const measures = objective.body.filter((s): s is A.Measure => measureKinds.includes(s.kind));
    if (measures.length === 0) {
      ctx.report('missing-clause', objective.name.range, `objective '${objective.name.name}' measures nothing: add a line such as \`availability of service X at least 99.9% per month\``);
    }
    for (const extra of measures.slice(1)) {
      ctx.report('duplicate-clause', extra.range, `objective '${objective.name.name}' already has a measure; declare a separate objective for this one`, {
        related: [{ message: 'the first measure', range: measures[0]!.range }],
      });
    }
    const measure = measures[0];
    for (const s of objective.body) {
      if (s.kind !== 'Exclusion') continue;
      // Which exclusions fit which measure: check-exclusions.ts.
      if (measure?.kind === 'Availability' && s.notice?.kind === 'Duration' && (s.notice.clock === 'working' || s.notice.clock === 'business') && !measure.calendar && !s.noticeCalendar) {
        ctx.report('calendar-required', s.notice.range, 'a notice in working days is counted on a calendar: add `on <calendar>` after `ahead`, or to the availability line');
      }
    }
    const kinds = objective.body.filter((s): s is A.ExclusionStmt => s.kind === 'Exclusion');
    const seen = new Map<string, A.ExclusionStmt>();
    for (const e of kinds) {
      const first = seen.get(e.exclusion);
      if (first) ctx.report('duplicate-clause', e.range, `the ${e.exclusion.replace('-', ' ')} exclusion is given twice`, { related: [{ message: 'first given here', range: first.range }] });
      else seen.set(e.exclusion, e);
    }
    if (measure?.kind === 'Share') checkShare(ctx, measure);
  }
}
