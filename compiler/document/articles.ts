/**
 * Where a clause lands in the contract document: the article (or annex) whose template includes
 * the partial that renders it. The numbers are the template's own (`{{#article 7 …}}` in
 * templates/<lang>/document.hbs), read from its syntax tree, so a renumbered template renumbers
 * every reference; nothing here repeats them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { DocLang } from './format/locale.js';
import type { DocumentView } from './view-model.js';
import { templateDir } from './render.js';

/** An article by number (`7`), or an annex by the key of its letter in the view (`holidays`: annexes.holidays). */
export type Section = { kind: 'article'; number: string } | { kind: 'annex'; annex: keyof DocumentView['annexes'] };

type Node = { type: string; [key: string]: unknown };

function partialNames(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const n of node) partialNames(n, into);
  else if (node && typeof node === 'object') {
    const n = node as Node;
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && (n['name'] as Node).type === 'PathExpression')
      into.add(String((n['name'] as { original: unknown }).original));
    for (const key of ['body', 'program', 'inverse']) if (key in n) partialNames(n[key], into);
  }
  return into;
}

function sectionOf(block: Node): Section | null {
  const helper = String((block['path'] as { original?: unknown }).original ?? '');
  const first = (block['params'] as Node[])[0];
  if (helper === 'article' && first?.type === 'NumberLiteral') return { kind: 'article', number: String(first['value']) };
  if (helper === 'annex' && first?.type === 'PathExpression') {
    const parts = first['parts'] as string[];
    if (parts[0] === 'annexes' && parts.length === 2) return { kind: 'annex', annex: parts[1] as keyof DocumentView['annexes'] };
  }
  return null;
}

/** A section's heading as the template writes it: the label word and the title, as template source. */
export interface SectionHeading {
  section: Section;
  /** `Artikel` / `Bijlage` (the page helper's `article` / `annex`). */
  label: string;
  /** The title as a template (`{{concat "Verplichtingen van de " (partial "customer")}}`), to render against the view. */
  title: string;
}

interface Template {
  partials: Map<string, Section>;
  headings: SectionHeading[];
}

const cache = new Map<DocLang, Template>();

/**
 * Partial name → the section it is rendered in, for every partial reachable from a section of the
 * document (a partial used in several sections belongs to the first).
 */
export function sectionsOfPartials(lang: DocLang): ReadonlyMap<string, Section> {
  return template(lang).partials;
}

/** The sections' headings in document order (annexes that a contract lacks included). */
export function sectionHeadings(lang: DocLang): readonly SectionHeading[] {
  return template(lang).headings;
}

/** A parameter of a helper as template source: a string literal's text, any other expression between braces. */
function sourceOf(param: Node, lines: readonly string[]): string {
  if (param.type === 'StringLiteral') return String(param['value']).replace(/\{\{/g, '\\{{');
  const loc = param['loc'] as { start: { line: number; column: number }; end: { line: number; column: number } };
  if (loc.start.line !== loc.end.line) throw new Error('a section title spans lines in document.hbs');
  const text = lines[loc.start.line - 1]!.slice(loc.start.column, loc.end.column);
  return `{{${param.type === 'SubExpression' ? text.slice(1, -1) : text}}}`;
}

function template(lang: DocLang): Template {
  const cached = cache.get(lang);
  if (cached) return cached;
  const dir = join(templateDir(), lang);
  const parse = (path: string) => Handlebars.parse(readFileSync(path, 'utf8'));
  const map = new Map<string, Section>();
  const headings: SectionHeading[] = [];
  const labels = { article: '', annex: '' };
  const visit = (section: Section, names: Set<string>) => {
    for (const name of names) {
      if (map.has(name)) continue;
      map.set(name, section);
      let inner: Set<string>;
      try {
        inner = partialNames(parse(join(dir, 'partials', `${name}.hbs`)).body, new Set());
      } catch {
        continue; // an inline partial or a missing file: nothing further to follow
      }
      visit(section, inner);
    }
  };
  const source = readFileSync(join(dir, 'document.hbs'), 'utf8');
  const lines = source.split('\n');
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 'BlockStatement' && (node['path'] as { original?: unknown }).original === 'page')
        for (const pair of (node['hash'] as { pairs: Array<{ key: string; value: Node }> } | undefined)?.pairs ?? [])
          if ((pair.key === 'article' || pair.key === 'annex') && pair.value.type === 'StringLiteral')
            labels[pair.key] = String(pair.value['value']);
      const section = node.type === 'BlockStatement' ? sectionOf(node) : null;
      if (section) {
        visit(section, partialNames((node['program'] as Node | undefined)?.['body'], new Set()));
        const title = (node['params'] as Node[])[1];
        if (title) headings.push({ section, label: labels[section.kind], title: sourceOf(title, lines) });
      } else for (const key of ['program', 'inverse']) if (node[key]) walk(((node[key] as Node)['body'] as Node[]) ?? []);
    }
  };
  walk(Handlebars.parse(source).body as unknown as Node[]);
  const made = { partials: map, headings };
  cache.set(lang, made);
  return made;
}
