/** A kpi is named in code (`recovery_test_passed`); the contract needs its title and a description in every language. */
import type * as A from '../../grammar/ast.js';
import type { CheckContext } from './context.js';

const has = (t: A.Text | null, lang: string) => t?.parts.some((p) => p.lang === lang && p.value.trim() !== '') ?? false;

export function checkKpiWording(ctx: CheckContext): void {
  const languages = ctx.languages;
  for (const o of ctx.declarations('Objective')) {
    const kpi = o.body.find((s): s is A.QualityMeasure => s.kind === 'Quality' && s.metric === 'kpi');
    if (!kpi) continue;
    const texts = o.body.filter((s): s is A.TextStmt => s.kind === 'TextStmt');
    const missing = languages.filter((l) => !has(o.title, l) || !texts.some((t) => has(t.text, l)));
    if (missing.length === 0) continue;
    ctx.report(
      'kpi-without-wording',
      (kpi.kpi ?? o.name).range,
      `the kpi '${kpi.kpi?.name ?? o.name.name}' needs a title and a text saying what is measured, in ${missing.join(' and ')}: the contract must not show its code name`,
    );
  }
}
