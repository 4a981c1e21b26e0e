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

const cache = new Map<DocLang, Map<string, Section>>();

/**
 * Partial name → the section it is rendered in, for every partial reachable from a section of the
 * document (a partial used in several sections belongs to the first).
 */
export function sectionsOfPartials(lang: DocLang): ReadonlyMap<string, Section> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const dir = join(templateDir(), lang);
  const parse = (path: string) => Handlebars.parse(readFileSync(path, 'utf8'));
  const map = new Map<string, Section>();
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
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const section = node.type === 'BlockStatement' ? sectionOf(node) : null;
      if (section) visit(section, partialNames((node['program'] as Node | undefined)?.['body'], new Set()));
      else for (const key of ['program', 'inverse']) if (node[key]) walk(((node[key] as Node)['body'] as Node[]) ?? []);
    }
  };
  walk(parse(join(dir, 'document.hbs')).body as unknown as Node[]);
  cache.set(lang, map);
  return map;
}
