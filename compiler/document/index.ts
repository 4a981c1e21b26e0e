/**
 * Contract documents: the contract model rendered as a Dutch or English document, in Markdown or
 * as one standalone HTML file, and single clauses as plain text for the language server's hover.
 *
 *   model ──buildView──▶ view model (data, formatted values, derived facts)
 *         ──templates/{nl,en}──▶ Markdown | HTML | plain text
 */
import { basename, parse } from 'node:path';
import type { BuildOutput } from '../build.js';
import type { ContractModel } from '../model.js';
import { docLangs, isDocLang, type DocLang } from './format/locale.js';
import { renderHover, renderView, type OutputFormat } from './render.js';
import { buildView, type DocumentView } from './view-model.js';

export type { DocLang } from './format/locale.js';
export type { OutputFormat } from './render.js';
export { buildView, type DocumentView } from './view-model.js';
export { docLangs, isDocLang };

export interface RenderOptions {
  lang: DocLang;
  format: OutputFormat;
}

/** The whole contract document. Deterministic: the same model gives the same bytes. */
export function renderDocument(model: ContractModel, options: RenderOptions): string {
  return renderView(buildView(model, options.lang), options.lang, options.format);
}

/** A clause the hover can ask about. */
export interface ClauseRef {
  kind: 'target' | 'objective' | 'calendar' | 'priority' | 'tier' | 'credits' | 'escalation' | 'service';
  /** The declared name; for `target`, the tier's name ('' for a contract without tiers); for `credits`, the objective's. */
  name: string;
  /** For `target`: the priority. */
  priority?: string;
  /** For `target`: which target. */
  target?: import('../../grammar/ast.js').TargetKind;
}

/** Views per model and language: a hover asks about many clauses of one model. */
const hoverViews = new WeakMap<ContractModel, Map<DocLang, DocumentView>>();

/**
 * The sentence a clause reads as in the contract, as plain text in `lang`, rendered with the same
 * partials as the documents. Empty string when the model has no such clause.
 */
export function describeClause(model: ContractModel, ref: ClauseRef, lang: DocLang): string {
  let views = hoverViews.get(model);
  if (!views) hoverViews.set(model, (views = new Map()));
  let view = views.get(lang);
  if (!view) views.set(lang, (view = buildView(model, lang, { checkExamples: false })));
  const context = clauseContext(view, ref);
  return context ? renderHover(ref.kind, { ...view, item: context }, lang) : '';
}

function clauseContext(view: DocumentView, ref: ClauseRef): object | null {
  switch (ref.kind) {
    case 'target': {
      const tier = view.tiers.find((t) => t.name === ref.name) ?? (ref.name === '' ? view.tiers.find((t) => t.implicit) : undefined);
      if (!tier || !ref.priority) return null;
      const row = tier.rows.find((r) => r.name === ref.priority);
      if (!row) return null;
      const which = ref.target ?? 'response';
      const target = { response: row.response, resolution: row.resolution, 'next-reply': row.nextReply, update: row.update }[which];
      return target ? { tier, row, which, target } : null;
    }
    case 'objective': {
      const objective = [...view.performance, ...view.availability].find((o) => o.name === ref.name);
      return objective ?? null;
    }
    case 'calendar':
      return view.calendars.find((c) => c.name === ref.name) ?? null;
    case 'priority':
      return view.priorities.find((p) => p.name === ref.name) ?? null;
    case 'tier': {
      const tier = view.tiers.find((t) => t.name === ref.name);
      return tier && tier.rows.length > 0 ? tier : null;
    }
    case 'credits':
      return view.credits.find((c) => c.objectiveName === ref.name) ?? null;
    case 'escalation':
      return view.escalations.find((e) => e.name === ref.name) ?? null;
    case 'service':
      return view.services.find((s) => s.name === ref.name) ?? null;
  }
}

/** `slac build`: the contract in every document language and both formats. */
export const documentOutput: BuildOutput = (analysis, file) => {
  const model = analysis.model;
  if (!model) return [];
  // As build.ts's sourceStem (not imported: build.ts imports this module).
  const stem = parse(basename(file)).name;
  return docLangs.flatMap((lang) =>
    (['md', 'html'] as const).map((format) => ({ path: `${stem}.${lang}.${format}`, content: renderDocument(model, { lang, format }) })),
  );
};
