/**
 * Renders the view model through the Handlebars templates of one language, to Markdown, HTML or
 * plain text (for hover). The templates hold all contract wording; this module only supplies the
 * structure helpers (articles, numbered clauses, tables, lists) that turn the same template into
 * each output format.
 *
 * Escaping. HTML: templates are compiled with Handlebars' HTML escaping, so every `{{value}}`
 * from the .sla file is escaped, and the helpers escape what they are given. Markdown: templates
 * are compiled without HTML escaping and every string of the view model is Markdown-escaped
 * before rendering, so `{{value}}` prints inert text there too. Plain text: nothing is escaped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { formatList, type DocLang } from './format/locale.js';

export type OutputFormat = 'md' | 'html';
export type Mode = OutputFormat | 'text';

// ---------------------------------------------------------------------------------------------
// Templates on disk

/**
 * The template directory: next to this module when running from source, and the same source
 * folder when running from `dist/` or the bundle in `dist/bin/` (neither copies .hbs files; the
 * package ships compiler/document/templates).
 */
export function templateDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // SLAC_DOCUMENT_TEMPLATES serves bundles (e.g. the VS Code extension) that ship the folder elsewhere.
  const override = process.env['SLAC_DOCUMENT_TEMPLATES'];
  const candidates = [
    ...(override ? [override] : []),
    join(here, 'templates'),
    join(here, '..', '..', '..', 'compiler', 'document', 'templates'),
    // The bundled command line: dist/bin/*.mjs.
    join(here, '..', '..', 'compiler', 'document', 'templates'),
  ];
  for (const dir of candidates) if (existsSync(join(dir, 'print.css'))) return dir;
  throw new Error(`document templates not found (looked in ${candidates.join(', ')})`);
}

interface TemplateSet {
  hb: typeof Handlebars;
  document: HandlebarsTemplateDelegate;
  hover: Map<string, HandlebarsTemplateDelegate>;
  css: string;
}

const sets = new Map<string, TemplateSet>();

function hbsFiles(dir: string): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir)
      .filter((f) => f.endsWith('.hbs'))
      .sort()
      // A partial file ends with a newline; it is not part of the text it stands for.
      .map((f) => [basename(f, '.hbs'), readFileSync(join(dir, f), 'utf8').replace(/\r?\n$/, '')])
  );
}

/** One Handlebars environment per language and escaping regime, with precompiled partials. */
function templateSet(lang: DocLang, mode: Mode): TemplateSet {
  const escaping = mode === 'html';
  const key = `${lang}|${escaping}`;
  const cached = sets.get(key);
  if (cached) return cached;
  const root = templateDir();
  const dir = join(root, lang);
  const hb = Handlebars.create();
  registerHelpers(hb);
  const options: CompileOptions = { noEscape: !escaping, strict: true, preventIndent: true };
  for (const [name, source] of hbsFiles(join(dir, 'partials'))) hb.registerPartial(name, hb.compile(source, options));
  const hover = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of hbsFiles(join(dir, 'hover'))) hover.set(name, hb.compile(source, options));
  const set: TemplateSet = {
    hb,
    document: hb.compile(readFileSync(join(dir, 'document.hbs'), 'utf8'), options),
    hover,
    css: readFileSync(join(root, 'print.css'), 'utf8'),
  };
  sets.set(key, set);
  return set;
}

// ---------------------------------------------------------------------------------------------
// Escaping

/** Control characters are never contract text; the helpers use some as private markers. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Markdown escaping for inline text: backslash before every character that could start markup
 * (emphasis, links, HTML, headings, tables, code, entities). A string never changes the block
 * structure around it: its line breaks and tabs become spaces, surrounding blanks go (they could
 * make an indented code block or a hard break), and what could open a block at the start of a
 * line (`---`, `===`, `- `, `+ `, `1. `, `1) `) is escaped when the string starts with it.
 */
export function escapeMarkdown(text: string): string {
  let s = text.replace(/[\t\n\r]+/g, ' ').trim();
  s = s.replace(/[\\`*_[\]{}<>#|&~!]/g, (c) => `\\${c}`);
  // A list marker counts only when followed by a space (or nothing): `- x`, `+ x`, `1. x`, `1) x`;
  // `---`, `- - -` and `===` alone are a thematic break or a heading underline.
  s = s.replace(/^[-+](?=\s|$)/, '\\$&').replace(/^[-=](?=[-= ]*$)/, '\\$&');
  return s.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Deep copy of the view model with every string cleaned (and Markdown-escaped for Markdown). */
export function prepare(value: unknown, mode: Mode): unknown {
  if (typeof value === 'string') {
    const clean = value.replace(CONTROL, '');
    return mode === 'md' ? escapeMarkdown(clean) : clean;
  }
  if (Array.isArray(value)) return value.map((v) => prepare(v, mode));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a key `__proto__` (user text) stays an own property instead of replacing the prototype.
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, { value: prepare(v, mode), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Render state and structure helpers

/** Markers around block-level output, so containers can tell blocks from loose inline text. */
const BLOCK_OPEN = '\u0001';
const BLOCK_CLOSE = '\u0002';
const TOC_MARK = '\u0003TOC\u0003';

interface TocEntry {
  id: string;
  label: string;
  title: string;
}

interface Table {
  className: string;
  widths: string[];
  rows: Array<{ head: boolean; cells: Array<{ html: string; num: boolean }> }>;
}

interface RenderState {
  mode: Mode;
  lang: DocLang;
  labels: { article: string; annex: string; toc: string };
  toc: TocEntry[];
  article: string | null;
  clause: number;
  tables: Table[];
  lists: string[][];
  /** The page helper's settings (footer, page labels), kept for the DOCX. */
  page?: PageSettings;
}

/** What `{{#page}}` is given besides the body: the DOCX builds its page furniture from it. */
export interface PageSettings {
  article?: string;
  annex?: string;
  toc?: string;
  title?: unknown;
  footer?: unknown;
  pageLabel?: string;
  pageOf?: string;
  initials?: string;
}

function state(options: Handlebars.HelperOptions): RenderState {
  const s = (options.data as { state?: RenderState } | undefined)?.state;
  if (!s) throw new Error('document helper used without render state');
  return s;
}

function esc(s: RenderState, text: unknown): string {
  const str = text === null || text === undefined ? '' : String(text);
  return s.mode === 'html' ? Handlebars.escapeExpression(str) : str;
}

function out(s: RenderState, text: string): string | Handlebars.SafeString {
  return s.mode === 'html' ? new Handlebars.SafeString(text) : text;
}

const block = (s: RenderState, text: string) => out(s, `${BLOCK_OPEN}${text}${BLOCK_CLOSE}`);

/** Inline content: one line, single spaces, no block markers. */
function inline(text: string): string {
  return text
    .replace(/[\u0001\u0002]/g, ' ')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .replace(/^ | $/g, '');
}

/**
 * A container's body as a list of blocks: loose inline text becomes paragraphs, blocks stay as
 * they are. `prefix` goes before the first paragraph (a clause number).
 */
function flow(s: RenderState, body: string, prefix = ''): string[] {
  const blocks: string[] = [];
  let pending = prefix;
  const para = (text: string) => {
    const t = inline(text);
    if (t === '') return;
    if (s.mode === 'html') blocks.push(`<p>${pending}${t}</p>`);
    else blocks.push(`${pending}${t}`);
    pending = '';
  };
  let depth = 0;
  let start = 0;
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === BLOCK_OPEN) {
      if (depth === 0) {
        text += body.slice(start, i);
        start = i + 1;
      }
      depth++;
    } else if (c === BLOCK_CLOSE) {
      depth--;
      if (depth === 0) {
        para(text);
        text = '';
        const inner = body.slice(start, i).replace(/[\u0001\u0002]/g, '');
        if (pending !== '') {
          // A clause that starts with a block: the number stands on its own line.
          blocks.push(s.mode === 'html' ? `<p>${pending.trim()}</p>` : pending.trim());
          pending = '';
        }
        blocks.push(inner);
        start = i + 1;
      }
    }
  }
  text += body.slice(start);
  para(text);
  return blocks;
}

function joinBlocks(s: RenderState, blocks: string[]): string {
  return s.mode === 'html' ? blocks.join('\n') : blocks.join('\n\n');
}

function renderTable(s: RenderState, t: Table): string {
  if (s.mode === 'text') return t.rows.map((r) => r.cells.map((c) => c.html).join(' | ')).join('\n');
  if (s.mode === 'md') {
    const width = Math.max(...t.rows.map((r) => r.cells.length), 1);
    const line = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
    const head = t.rows[0]?.head ? t.rows[0] : null;
    const body = head ? t.rows.slice(1) : t.rows;
    const lines = [
      line(head ? head.cells.map((c) => c.html) : Array(width).fill(' ')),
      `|${Array.from({ length: width }, (_, i) => ((head ?? body[0])?.cells[i]?.num ? ' ---: ' : ' --- ')).join('|')}|`,
    ];
    for (const r of body) lines.push(line(r.cells.map((c) => c.html)));
    return lines.join('\n');
  }
  const cols = t.widths.length > 0 ? `<colgroup>${t.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
  const heads = t.rows.filter((r) => r.head);
  const bodies = t.rows.filter((r) => !r.head);
  const row = (r: Table['rows'][number], tag: 'th' | 'td') =>
    `<tr>${r.cells.map((c) => `<${tag}${c.num ? ' class="num"' : ''}>${c.html}</${tag}>`).join('')}</tr>`;
  return [
    `<table${t.className ? ` class="${t.className}"` : ''}>${cols}`,
    heads.length > 0 ? `<thead>${heads.map((r) => row(r, 'th')).join('')}</thead>` : '',
    `<tbody>\n${bodies.map((r) => row(r, 'td')).join('\n')}\n</tbody></table>`,
  ].join('');
}

/** Handlebars' HTML escapes undone: the footer goes into a CSS string, escaped there instead. */
function unescapeHtml(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#x27|#x60|#x3D);/g,
    (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=' })[e] ?? '',
  );
}

/** A CSS string literal: every character outside a small safe set as a hex escape (no `</style>`, no quote breaks out). */
function cssString(s: string): string {
  return `"${[...s].map((c) => (/[A-Za-z0-9 .,:;()-]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/** The running footer (title, version, date, status, source hash), page X of Y, and the initials box on every page. */
function pageBoxes(h: { footer?: unknown; pageLabel?: string; pageOf?: string; initials?: string }): string {
  const footer = cssString(inline(unescapeHtml(String(h.footer ?? ''))));
  const page = `${cssString(`${h.pageLabel ?? ''} `)} counter(page) ${cssString(` ${h.pageOf ?? '/'} `)} counter(pages)`;
  return `@page {\n  @bottom-left { content: ${footer}; }\n  @bottom-right { content: ${page}; }\n  @top-right { content: ${cssString(h.initials ?? '')}; }\n}`;
}

function attr(value: unknown): string {
  return String(value ?? '').replace(/[^A-Za-z0-9 _-]/g, '');
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('not', (a: unknown) => !a);
  /** A full stop after a text, unless it already ends with one (`B.V.`). */
  hb.registerHelper('dot', (text: unknown) => (typeof text === 'string' && /[.!?]$/.test(text) ? '' : '.'));
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hb.registerHelper('inc', (n: unknown) => Number(n) + 1);
  hb.registerHelper('len', (a: unknown) => (Array.isArray(a) ? a.length : 0));
  hb.registerHelper('any', (...args: unknown[]) => args.slice(0, -1).some((a) => Array.isArray(a) && a.length > 0));

  /** A text in the document's language, or the visible "missing" marker. */
  const text = (value: unknown, options: Handlebars.HelperOptions): string => {
    const s = state(options);
    if (typeof value === 'string') return esc(s, value);
    const marker = inline(
      String(hb.partials['missing'] ? (hb.partials['missing'] as HandlebarsTemplateDelegate)({}, { data: options.data }) : '[missing]'),
    );
    if (s.mode === 'html') return `<mark class="missing">${Handlebars.escapeExpression(marker)}</mark>`;
    if (s.mode === 'md') return `**${escapeMarkdown(marker)}**`;
    return marker;
  };
  hb.registerHelper('txt', (value: unknown, options: Handlebars.HelperOptions) => out(state(options), text(value, options)));
  /** `a, b en c` of texts (missing ones marked). */
  hb.registerHelper('join', (items: unknown, options: Handlebars.HelperOptions) => {
    const s = state(options);
    const list = Array.isArray(items) ? items.map((i) => text(i, options)) : [];
    return out(s, formatList(list, s.lang));
  });
  /** `a of b` (disjunction). */
  hb.registerHelper('join-or', (items: unknown, options: Handlebars.HelperOptions) => {
    const s = state(options);
    const list = Array.isArray(items) ? items.map((i) => text(i, options)) : [];
    return out(s, formatList(list, s.lang, 'disjunction'));
  });

  /** A partial rendered to inline text, for use as a helper argument (an article heading with a defined term). */
  hb.registerHelper('partial', function (this: unknown, name: unknown, options: Handlebars.HelperOptions) {
    const partial = hb.partials[String(name)];
    const compiled = typeof partial === 'string' ? hb.compile(partial) : (partial as HandlebarsTemplateDelegate | undefined);
    if (!compiled) throw new Error(`no partial '${String(name)}'`);
    return inline(compiled(options.data?.root ?? this, { data: options.data }));
  });

  hb.registerHelper('page', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const h = options.hash as PageSettings;
    s.page = h;
    s.labels = { article: h.article ?? '', annex: h.annex ?? '', toc: h.toc ?? '' };
    const body = joinBlocks(s, flow(s, String(options.fn(this))));
    if (s.mode !== 'html') return out(s, body.replace(TOC_MARK, ''));
    const toc = [
      `<nav class="toc"><h2>${esc(s, s.labels.toc)}</h2><ol>`,
      ...s.toc.map((e) => `<li><a href="#${e.id}"><span class="no">${e.label}</span> ${e.title}</a></li>`),
      '</ol></nav>',
    ].join('\n');
    const css = (options.data as { css: string }).css;
    return out(
      s,
      [
        '<!DOCTYPE html>',
        `<html lang="${attr(s.lang)}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${esc(s, h.title)}</title>`,
        `<style>\n${css.trim()}\n${pageBoxes(h)}\n</style>`,
        '</head>',
        '<body>',
        '<main class="contract">',
        body.replace(TOC_MARK, toc),
        '</main>',
        '</body>',
        '</html>',
      ].join('\n'),
    );
  });
  hb.registerHelper('toc', (options: Handlebars.HelperOptions) => block(state(options), TOC_MARK));

  hb.registerHelper('title', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const t = inline(String(options.fn(this)));
    if (s.mode === 'html') return block(s, `<h1>${t}</h1>`);
    if (s.mode === 'md') return block(s, `# ${t}`);
    return block(s, t);
  });

  const section = (kind: 'article' | 'annex') =>
    function (this: unknown, number: unknown, heading: unknown, options: Handlebars.HelperOptions) {
      const s = state(options);
      const no = String(number);
      s.article = no;
      s.clause = 0;
      const label = `${esc(s, kind === 'article' ? s.labels.article : s.labels.annex)} ${esc(s, no)}`;
      const title = esc(s, heading);
      const id = `${kind === 'article' ? 'art' : 'annex'}-${attr(no)}`;
      s.toc.push({ id, label, title });
      const body = flow(s, String(options.fn(this)));
      s.article = null;
      if (s.mode === 'html') {
        return block(
          s,
          `<section class="${kind}" id="${id}">\n<h2><span class="no">${label}</span> ${title}</h2>\n${body.join('\n')}\n</section>`,
        );
      }
      if (s.mode === 'md') return block(s, [`## ${label} ${title}`, ...body].join('\n\n'));
      return block(s, body.join('\n'));
    };
  hb.registerHelper('article', section('article'));
  hb.registerHelper('annex', section('annex'));

  /** A numbered clause: `5.1`, `5.2` … within the current article. */
  hb.registerHelper('clause', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    if (s.mode === 'text' || s.article === null) return block(s, joinBlocks(s, flow(s, String(options.fn(this)))));
    s.clause += 1;
    const no = `${s.article}.${s.clause}`;
    if (s.mode === 'html') {
      const body = flow(s, String(options.fn(this)));
      // `clause-11-1`, not `clause-111`: 11.1 and 1.11 must not share an id.
      return block(
        s,
        `<div class="clause" id="clause-${attr(no.replace('.', '-'))}"><span class="clause-no">${esc(s, no)}</span><div class="clause-body">\n${body.join('\n')}\n</div></div>`,
      );
    }
    return block(s, joinBlocks(s, flow(s, String(options.fn(this)), `**${no}** `)));
  });

  hb.registerHelper('para', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const t = inline(String(options.fn(this)));
    if (t === '') return '';
    const cls = typeof options.hash['class'] === 'string' ? ` class="${attr(options.hash['class'])}"` : '';
    if (s.mode === 'html') return block(s, `<p${cls}>${t}</p>`);
    if (s.mode === 'md' && options.hash['class'] === 'note') return block(s, `*${t}*`);
    return block(s, t);
  });

  /** Content that stays on one page when printed (a signature block, a worked example). */
  hb.registerHelper('keep', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const body = flow(s, String(options.fn(this)));
    if (s.mode === 'html') return block(s, `<div class="keep">\n${body.join('\n')}\n</div>`);
    return block(s, joinBlocks(s, body));
  });

  hb.registerHelper('sub', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const t = inline(String(options.fn(this)));
    if (s.mode === 'html') return block(s, `<h3>${t}</h3>`);
    if (s.mode === 'md') return block(s, `### ${t}`);
    return block(s, t);
  });

  const wrap = (html: [string, string], md: [string, string]) =>
    function (this: unknown, options: Handlebars.HelperOptions) {
      const s = state(options);
      const t = inline(String(options.fn(this)));
      if (t === '') return '';
      if (s.mode === 'html') return out(s, `${html[0]}${t}${html[1]}`);
      if (s.mode === 'md') return out(s, `${md[0]}${t}${md[1]}`);
      return t;
    };
  hb.registerHelper('strong', wrap(['<strong>', '</strong>'], ['**', '**']));
  hb.registerHelper('em', wrap(['<em>', '</em>'], ['*', '*']));
  hb.registerHelper('code', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const t = inline(String(options.fn(this)));
    if (t === '') return '';
    if (s.mode === 'html') return out(s, `<code>${t}</code>`);
    if (s.mode === 'text') return t;
    // Backslash escapes do not work inside a code span: undo them, and fence with more backticks than the text holds.
    const raw = t.replace(/\\([\\`*_{}[\]<>#|&~!+\-.)])/g, '$1');
    const fence = '`'.repeat(Math.max(0, ...(raw.match(/`+/g) ?? []).map((r) => r.length)) + 1);
    const pad = raw.startsWith('`') || raw.endsWith('`') ? ' ' : '';
    return out(s, `${fence}${pad}${raw}${pad}${fence}`);
  });
  /** A qualifier set apart: on its own line in small print in HTML, in brackets elsewhere. */
  hb.registerHelper('aside', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const t = inline(String(options.fn(this)));
    if (t === '') return '';
    return out(s, s.mode === 'html' ? `<span class="aside">${t}</span>` : ` (${t})`);
  });
  /** A visible marker for the draft (missing text, an example the engine disagrees with). */
  hb.registerHelper('flag', wrap(['<mark class="missing">', '</mark>'], ['**', '**']));

  /** A lettered list (a, b, c …). */
  hb.registerHelper('list', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    s.lists.push([]);
    String(options.fn(this));
    const items = s.lists.pop()!;
    if (items.length === 0) return '';
    if (s.mode === 'html') return block(s, `<ol class="alpha">\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ol>`);
    if (s.mode === 'md') return block(s, items.map((i, n) => `${listLetter(n)}. ${i}`).join('\n\n'));
    return block(s, items.join('\n'));
  });
  hb.registerHelper('item', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const list = s.lists[s.lists.length - 1];
    if (!list) throw new Error('{{#item}} outside {{#list}}');
    const t = inline(String(options.fn(this)));
    if (t !== '') list.push(t);
    return '';
  });

  hb.registerHelper('table', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const widths =
      typeof options.hash['widths'] === 'string'
        ? String(options.hash['widths'])
            .split(',')
            .map((w) => attr(w.trim()))
        : [];
    s.tables.push({ className: attr(options.hash['class']), widths, rows: [] });
    String(options.fn(this));
    const t = s.tables.pop()!;
    if (t.rows.length === 0) return '';
    return block(s, renderTable(s, t));
  });
  hb.registerHelper('row', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const table = s.tables[s.tables.length - 1];
    if (!table) throw new Error('{{#row}} outside {{#table}}');
    const row = { head: options.hash['head'] === true, cells: [] as Table['rows'][number]['cells'] };
    table.rows.push(row);
    // Cells find their row as the last row of the current table.
    String(options.fn(this));
    return '';
  });
  hb.registerHelper('cell', function (this: unknown, options: Handlebars.HelperOptions) {
    const s = state(options);
    const table = s.tables[s.tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    if (!row) throw new Error('{{#cell}} outside {{#row}}');
    row.cells.push({ html: inline(String(options.fn(this))), num: options.hash['num'] === true });
    return '';
  });
}

// ---------------------------------------------------------------------------------------------

function newState(mode: Mode, lang: DocLang): RenderState {
  return { mode, lang, labels: { article: '', annex: '', toc: '' }, toc: [], article: null, clause: 0, tables: [], lists: [] };
}

/** The locale's month names, for keeping "24 december" together. */
function monthNames(lang: DocLang): string[] {
  const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2026, m, 1)));
}

/**
 * Printed HTML never breaks a date ("24 / december"), a short quoted name (a status „2 - Hoog”) or an
 * e-mail address at a hyphen or dot: the day, month and year are joined by no-break spaces, the name
 * is kept on one line (a no-break space would still break after its hyphen), an address breaks, if it
 * must (a narrow table column), only after its `@`.
 */
export function keepTogether(html: string, lang: DocLang): string {
  const date = new RegExp(`\\b(\\d{1,2}) (${monthNames(lang).join('|')})\\b(?: (\\d{4})\\b)?`, 'g');
  const dated = html.replace(
    date,
    (_m, d: string, month: string, year: string | undefined) => `${d}\u00a0${month}${year ? `\u00a0${year}` : ''}`,
  );
  // Spans only in the body: in <title> they would show as text (the footer's date in the CSS keeps its no-break spaces).
  const at = Math.max(0, dated.indexOf('<body>'));
  return (
    dated.slice(0, at) +
    dated
      .slice(at)
      .replace(/[„“][^<>„“”]{1,30}”/g, (m) => (m.includes(' ') ? `<span class="nowrap">${m}</span>` : m))
      .replace(
        /(?<![\w.+-])([\w.+-]+@)([\w-]+(?:\.[\w-]+)+)/g,
        (_m, local: string, domain: string) => `<span class="nowrap">${local}</span><wbr><span class="nowrap">${domain}</span>`,
      )
  );
}

/** Final clean-up: no markers, no trailing spaces, at most one blank line, one final newline. */
function finish(text: string, mode: Mode, lang: DocLang): string {
  let s = text.replace(/[\u0001\u0002]/g, '');
  if (mode === 'html') s = keepTogether(s, lang);
  s = s
    .split('\n')
    .map((l) => (mode === 'md' ? l.trim() : l.trimEnd()))
    .join('\n');
  s = s.replace(/\n{3,}/g, '\n\n').trim();
  return `${s}\n`;
}

/** The whole contract document in one language and format. */
export function renderView(view: object, lang: DocLang, format: OutputFormat): string {
  const set = templateSet(lang, format);
  const s = newState(format, lang);
  const result = set.document(prepare(view, format), { data: { state: s, css: set.css } });
  return finish(result, format, lang);
}

/** The HTML document and its page settings: the structure the DOCX is built from (compiler/document/docx). */
export function renderPage(view: object, lang: DocLang): { html: string; page: PageSettings } {
  const set = templateSet(lang, 'html');
  const s = newState('html', lang);
  const result = set.document(prepare(view, 'html'), { data: { state: s, css: set.css } });
  return { html: finish(result, 'html', lang), page: s.page ?? {} };
}

/** One hover template (`hover/<name>.hbs`) as plain text. */
export function renderHover(name: string, context: object, lang: DocLang): string {
  const set = templateSet(lang, 'text');
  const template = set.hover.get(name);
  if (!template) throw new Error(`no hover template '${name}' for ${lang}`);
  const s = newState('text', lang);
  const result = template(prepare(context, 'text'), { data: { state: s } });
  return inline(result.replace(/[\u0001\u0002]/g, '\n'));
}

/** a … z, then aa, ab …: the letter of the n-th (0-based) item of a lettered list. */
function listLetter(n: number): string {
  return (n >= 26 ? listLetter(Math.floor(n / 26) - 1) : '') + String.fromCharCode(97 + (n % 26));
}

const textTemplates = new Map<string, HandlebarsTemplateDelegate>();

/**
 * A template source rendered as one line of plain text in the documents' text environment of
 * `lang`: every partial and helper of the contract templates is available, so other wording (the
 * change list of `slac diff`) says a clause exactly as the contract does. Compiled once per source.
 */
export function renderText(source: string, context: object, lang: DocLang): string {
  const set = templateSet(lang, 'text');
  const key = `${lang}|${source}`;
  let template = textTemplates.get(key);
  if (!template) textTemplates.set(key, (template = set.hb.compile(source, { noEscape: true, strict: true, preventIndent: true })));
  return inline(template(prepare(context, 'text'), { data: { state: newState('text', lang) } }).replace(/[\u0001\u0002]/g, '\n'));
}
