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
import { formatList } from './format/locale.js';
// ---------------------------------------------------------------------------------------------
// Templates on disk
/**
 * The template directory: next to this module when running from source, and the same source
 * folder when running from `dist/` or the bundle in `dist/bin/` (neither copies .hbs files; the
 * package ships compiler/document/templates).
 */
export function templateDir() {
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
    for (const dir of candidates)
        if (existsSync(join(dir, 'print.css')))
            return dir;
    throw new Error(`document templates not found (looked in ${candidates.join(', ')})`);
}
const sets = new Map();
function hbsFiles(dir) {
    if (!existsSync(dir))
        return [];
    return (readdirSync(dir)
        .filter((f) => f.endsWith('.hbs'))
        .sort()
        // A partial file ends with a newline; it is not part of the text it stands for.
        .map((f) => [basename(f, '.hbs'), readFileSync(join(dir, f), 'utf8').replace(/\r?\n$/, '')]));
}
/** One Handlebars environment per language and escaping regime, with precompiled partials. */
function templateSet(lang, mode) {
    const escaping = mode === 'html';
    const key = `${lang}|${escaping}`;
    const cached = sets.get(key);
    if (cached)
        return cached;
    const root = templateDir();
    const dir = join(root, lang);
    const hb = Handlebars.create();
    registerHelpers(hb);
    const options = { noEscape: !escaping, strict: true, preventIndent: true };
    for (const [name, source] of hbsFiles(join(dir, 'partials')))
        hb.registerPartial(name, hb.compile(source, options));
    const hover = new Map();
    for (const [name, source] of hbsFiles(join(dir, 'hover')))
        hover.set(name, hb.compile(source, options));
    const set = {
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
export function escapeMarkdown(text) {
    let s = text.replace(/[\t\n\r]+/g, ' ').trim();
    s = s.replace(/[\\`*_[\]{}<>#|&~!]/g, (c) => `\\${c}`);
    // A list marker counts only when followed by a space (or nothing): `- x`, `+ x`, `1. x`, `1) x`;
    // `---`, `- - -` and `===` alone are a thematic break or a heading underline.
    s = s.replace(/^[-+](?=\s|$)/, '\\$&').replace(/^[-=](?=[-= ]*$)/, '\\$&');
    return s.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
/** Deep copy of the view model with every string cleaned (and Markdown-escaped for Markdown). */
export function prepare(value, mode) {
    if (typeof value === 'string') {
        const clean = value.replace(CONTROL, '');
        return mode === 'md' ? escapeMarkdown(clean) : clean;
    }
    if (Array.isArray(value))
        return value.map((v) => prepare(v, mode));
    if (value !== null && typeof value === 'object') {
        const out = {};
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
function state(options) {
    const s = options.data?.state;
    if (!s)
        throw new Error('document helper used without render state');
    return s;
}
function esc(s, text) {
    const str = text === null || text === undefined ? '' : String(text);
    return s.mode === 'html' ? Handlebars.escapeExpression(str) : str;
}
function out(s, text) {
    return s.mode === 'html' ? new Handlebars.SafeString(text) : text;
}
const block = (s, text) => out(s, `${BLOCK_OPEN}${text}${BLOCK_CLOSE}`);
/** Inline content: one line, single spaces, no block markers. */
function inline(text) {
    return text
        .replace(/[\u0001\u0002]/g, ' ')
        .replace(/[ \t\n\r\f\v]+/g, ' ')
        .replace(/^ | $/g, '');
}
/**
 * A container's body as a list of blocks: loose inline text becomes paragraphs, blocks stay as
 * they are. `prefix` goes before the first paragraph (a clause number).
 */
function flow(s, body, prefix = '') {
    const blocks = [];
    let pending = prefix;
    const para = (text) => {
        const t = inline(text);
        if (t === '')
            return;
        if (s.mode === 'html')
            blocks.push(`<p>${pending}${t}</p>`);
        else
            blocks.push(`${pending}${t}`);
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
        }
        else if (c === BLOCK_CLOSE) {
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
function joinBlocks(s, blocks) {
    return s.mode === 'html' ? blocks.join('\n') : blocks.join('\n\n');
}
function renderTable(s, t) {
    if (s.mode === 'text')
        return t.rows.map((r) => r.cells.map((c) => c.html).join(' | ')).join('\n');
    if (s.mode === 'md') {
        const width = Math.max(...t.rows.map((r) => r.cells.length), 1);
        const line = (cells) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
        const head = t.rows[0]?.head ? t.rows[0] : null;
        const body = head ? t.rows.slice(1) : t.rows;
        const lines = [
            line(head ? head.cells.map((c) => c.html) : Array(width).fill(' ')),
            `|${Array.from({ length: width }, (_, i) => ((head ?? body[0])?.cells[i]?.num ? ' ---: ' : ' --- ')).join('|')}|`,
        ];
        for (const r of body)
            lines.push(line(r.cells.map((c) => c.html)));
        return lines.join('\n');
    }
    const cols = t.widths.length > 0 ? `<colgroup>${t.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
    const heads = t.rows.filter((r) => r.head);
    const bodies = t.rows.filter((r) => !r.head);
    const row = (r, tag) => `<tr>${r.cells.map((c) => `<${tag}${c.num ? ' class="num"' : ''}>${c.html}</${tag}>`).join('')}</tr>`;
    return [
        `<table${t.className ? ` class="${t.className}"` : ''}>${cols}`,
        heads.length > 0 ? `<thead>${heads.map((r) => row(r, 'th')).join('')}</thead>` : '',
        `<tbody>\n${bodies.map((r) => row(r, 'td')).join('\n')}\n</tbody></table>`,
    ].join('');
}
/** Handlebars' HTML escapes undone: the footer goes into a CSS string, escaped there instead. */
function unescapeHtml(s) {
    return s.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (_m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=' })[e] ?? '');
}
/** A CSS string literal: every character outside a small safe set as a hex escape (no `</style>`, no quote breaks out). */
function cssString(s) {
    return `"${[...s].map((c) => (/[A-Za-z0-9 .,:;()-]/.test(c) ? c : `\\${c.codePointAt(0).toString(16)} `)).join('')}"`;
}
/** The running footer (title, version, date, status, source hash), page X of Y, and the initials box on every page. */
function pageBoxes(h) {
    const footer = cssString(inline(unescapeHtml(String(h.footer ?? ''))));
    const page = `${cssString(`${h.pageLabel ?? ''} `)} counter(page) ${cssString(` ${h.pageOf ?? '/'} `)} counter(pages)`;
    return `@page {\n  @bottom-left { content: ${footer}; }\n  @bottom-right { content: ${page}; }\n  @top-right { content: ${cssString(h.initials ?? '')}; }\n}`;
}
function attr(value) {
    return String(value ?? '').replace(/[^A-Za-z0-9 _-]/g, '');
}
function registerHelpers(hb) {
    hb.registerHelper('eq', (a, b) => a === b);
    hb.registerHelper('ne', (a, b) => a !== b);
    hb.registerHelper('gt', (a, b) => Number(a) > Number(b));
    hb.registerHelper('and', (...args) => args.slice(0, -1).every(Boolean));
    hb.registerHelper('or', (...args) => args.slice(0, -1).some(Boolean));
    hb.registerHelper('not', (a) => !a);
    /** A full stop after a text, unless it already ends with one (`B.V.`). */
    hb.registerHelper('dot', (text) => (typeof text === 'string' && /[.!?]$/.test(text) ? '' : '.'));
    hb.registerHelper('concat', (...args) => args.slice(0, -1).map(String).join(''));
    hb.registerHelper('inc', (n) => Number(n) + 1);
    hb.registerHelper('len', (a) => (Array.isArray(a) ? a.length : 0));
    hb.registerHelper('any', (...args) => args.slice(0, -1).some((a) => Array.isArray(a) && a.length > 0));
    /** A text in the document's language, or the visible "missing" marker. */
    const text = (value, options) => {
        const s = state(options);
        if (typeof value === 'string')
            return esc(s, value);
        const marker = inline(String(hb.partials['missing'] ? hb.partials['missing']({}, { data: options.data }) : '[missing]'));
        if (s.mode === 'html')
            return `<mark class="missing">${Handlebars.escapeExpression(marker)}</mark>`;
        if (s.mode === 'md')
            return `**${escapeMarkdown(marker)}**`;
        return marker;
    };
    hb.registerHelper('txt', (value, options) => out(state(options), text(value, options)));
    /** `a, b en c` of texts (missing ones marked). */
    hb.registerHelper('join', (items, options) => {
        const s = state(options);
        const list = Array.isArray(items) ? items.map((i) => text(i, options)) : [];
        return out(s, formatList(list, s.lang));
    });
    /** `a of b` (disjunction). */
    hb.registerHelper('join-or', (items, options) => {
        const s = state(options);
        const list = Array.isArray(items) ? items.map((i) => text(i, options)) : [];
        return out(s, formatList(list, s.lang, 'disjunction'));
    });
    /** A partial rendered to inline text, for use as a helper argument (an article heading with a defined term). */
    hb.registerHelper('partial', function (name, options) {
        const partial = hb.partials[String(name)];
        const compiled = typeof partial === 'string' ? hb.compile(partial) : partial;
        if (!compiled)
            throw new Error(`no partial '${String(name)}'`);
        return inline(compiled(options.data?.root ?? this, { data: options.data }));
    });
    hb.registerHelper('page', function (options) {
        const s = state(options);
        const h = options.hash;
        s.page = h;
        s.labels = { article: h.article ?? '', annex: h.annex ?? '', toc: h.toc ?? '' };
        const body = joinBlocks(s, flow(s, String(options.fn(this))));
        if (s.mode !== 'html')
            return out(s, body.replace(TOC_MARK, ''));
        const toc = [
            `<nav class="toc"><h2>${esc(s, s.labels.toc)}</h2><ol>`,
            ...s.toc.map((e) => `<li><a href="#${e.id}"><span class="no">${e.label}</span> ${e.title}</a></li>`),
            '</ol></nav>',
        ].join('\n');
        const css = options.data.css;
        return out(s, [
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
        ].join('\n'));
    });
    hb.registerHelper('toc', (options) => block(state(options), TOC_MARK));
    hb.registerHelper('title', function (options) {
        const s = state(options);
        const t = inline(String(options.fn(this)));
        if (s.mode === 'html')
            return block(s, `<h1>${t}</h1>`);
        if (s.mode === 'md')
            return block(s, `# ${t}`);
        return block(s, t);
    });
    const section = (kind) => function (number, heading, options) {
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
            return block(s, `<section class="${kind}" id="${id}">\n<h2><span class="no">${label}</span> ${title}</h2>\n${body.join('\n')}\n</section>`);
        }
        if (s.mode === 'md')
            return block(s, [`## ${label} ${title}`, ...body].join('\n\n'));
        return block(s, body.join('\n'));
    };
    hb.registerHelper('article', section('article'));
    hb.registerHelper('annex', section('annex'));
    /** A numbered clause: `5.1`, `5.2` … within the current article. */
    hb.registerHelper('clause', function (options) {
        const s = state(options);
        if (s.mode === 'text' || s.article === null)
            return block(s, joinBlocks(s, flow(s, String(options.fn(this)))));
        s.clause += 1;
        const no = `${s.article}.${s.clause}`;
        if (s.mode === 'html') {
            const body = flow(s, String(options.fn(this)));
            // `clause-11-1`, not `clause-111`: 11.1 and 1.11 must not share an id.
            return block(s, `<div class="clause" id="clause-${attr(no.replace('.', '-'))}"><span class="clause-no">${esc(s, no)}</span><div class="clause-body">\n${body.join('\n')}\n</div></div>`);
        }
        return block(s, joinBlocks(s, flow(s, String(options.fn(this)), `**${no}** `)));
    });
    hb.registerHelper('para', function (options) {
        const s = state(options);
        const t = inline(String(options.fn(this)));
        if (t === '')
            return '';
        const cls = typeof options.hash['class'] === 'string' ? ` class="${attr(options.hash['class'])}"` : '';
        if (s.mode === 'html')
            return block(s, `<p${cls}>${t}</p>`);
        if (s.mode === 'md' && options.hash['class'] === 'note')
            return block(s, `*${t}*`);
        return block(s, t);
    });
    /** Content that stays on one page when printed (a signature block, a worked example). */
    hb.registerHelper('keep', function (options) {
        const s = state(options);
        const body = flow(s, String(options.fn(this)));
        if (s.mode === 'html')
            return block(s, `<div class="keep">\n${body.join('\n')}\n</div>`);
        return block(s, joinBlocks(s, body));
    });
    hb.registerHelper('sub', function (options) {
        const s = state(options);
        const t = inline(String(options.fn(this)));
        if (s.mode === 'html')
            return block(s, `<h3>${t}</h3>`);
        if (s.mode === 'md')
            return block(s, `### ${t}`);
        return block(s, t);
    });
    const wrap = (html, md) => function (options) {
        const s = state(options);
        const t = inline(String(options.fn(this)));
        if (t === '')
            return '';
        if (s.mode === 'html')
            return out(s, `${html[0]}${t}${html[1]}`);
        if (s.mode === 'md')
            return out(s, `${md[0]}${t}${md[1]}`);
        return t;
    };
    hb.registerHelper('strong', wrap(['<strong>', '</strong>'], ['**', '**']));
    hb.registerHelper('em', wrap(['<em>', '</em>'], ['*', '*']));
    hb.registerHelper('code', function (options) {
        const s = state(options);
        const t = inline(String(options.fn(this)));
        if (t === '')
            return '';
        if (s.mode === 'html')
            return out(s, `<code>${t}</code>`);
        if (s.mode === 'text')
            return t;
        // Backslash escapes do not work inside a code span: undo them, and fence with more backticks than the text holds.
        const raw = t.replace(/\\([\\`*_{}[\]<>#|&~!+\-.)])/g, '$1');
        const fence = '`'.repeat(Math.max(0, ...(raw.match(/`+/g) ?? []).map((r) => r.length)) + 1);
        const pad = raw.startsWith('`') || raw.endsWith('`') ? ' ' : '';
        return out(s, `${fence}${pad}${raw}${pad}${fence}`);
    });
    /** A qualifier set apart: on its own line in small print in HTML, in brackets elsewhere. */
    hb.registerHelper('aside', function (options) {
        const s = state(options);
        const t = inline(String(options.fn(this)));
        if (t === '')
            return '';
        return out(s, s.mode === 'html' ? `<span class="aside">${t}</span>` : ` (${t})`);
    });
    /** A visible marker for the draft (missing text, an example the engine disagrees with). */
    hb.registerHelper('flag', wrap(['<mark class="missing">', '</mark>'], ['**', '**']));
    /** A lettered list (a, b, c …). */
    hb.registerHelper('list', function (options) {
        const s = state(options);
        s.lists.push([]);
        String(options.fn(this));
        const items = s.lists.pop();
        if (items.length === 0)
            return '';
        if (s.mode === 'html')
            return block(s, `<ol class="alpha">\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ol>`);
        if (s.mode === 'md')
            return block(s, items.map((i, n) => `${listLetter(n)}. ${i}`).join('\n\n'));
        return block(s, items.join('\n'));
    });
    hb.registerHelper('item', function (options) {
        const s = state(options);
        const list = s.lists[s.lists.length - 1];
        if (!list)
            throw new Error('{{#item}} outside {{#list}}');
        const t = inline(String(options.fn(this)));
        if (t !== '')
            list.push(t);
        return '';
    });
    hb.registerHelper('table', function (options) {
        const s = state(options);
        const widths = typeof options.hash['widths'] === 'string'
            ? String(options.hash['widths'])
                .split(',')
                .map((w) => attr(w.trim()))
            : [];
        s.tables.push({ className: attr(options.hash['class']), widths, rows: [] });
        String(options.fn(this));
        const t = s.tables.pop();
        if (t.rows.length === 0)
            return '';
        return block(s, renderTable(s, t));
    });
    hb.registerHelper('row', function (options) {
        const s = state(options);
        const table = s.tables[s.tables.length - 1];
        if (!table)
            throw new Error('{{#row}} outside {{#table}}');
        const row = { head: options.hash['head'] === true, cells: [] };
        table.rows.push(row);
        // Cells find their row as the last row of the current table.
        String(options.fn(this));
        return '';
    });
    hb.registerHelper('cell', function (options) {
        const s = state(options);
        const table = s.tables[s.tables.length - 1];
        const row = table?.rows[table.rows.length - 1];
        if (!row)
            throw new Error('{{#cell}} outside {{#row}}');
        row.cells.push({ html: inline(String(options.fn(this))), num: options.hash['num'] === true });
        return '';
    });
}
// ---------------------------------------------------------------------------------------------
function newState(mode, lang) {
    return { mode, lang, labels: { article: '', annex: '', toc: '' }, toc: [], article: null, clause: 0, tables: [], lists: [] };
}
/** The locale's month names, for keeping "24 december" together. */
function monthNames(lang) {
    const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2026, m, 1)));
}
/**
 * Printed HTML never breaks a date ("24 / december"), a short quoted name (a status „2 - Hoog”) or an
 * e-mail address at a hyphen or dot: the day, month and year are joined by no-break spaces, the name
 * is kept on one line (a no-break space would still break after its hyphen), an address breaks, if it
 * must (a narrow table column), only after its `@`.
 */
export function keepTogether(html, lang) {
    const date = new RegExp(`\\b(\\d{1,2}) (${monthNames(lang).join('|')})\\b(?: (\\d{4})\\b)?`, 'g');
    const dated = html.replace(date, (_m, d, month, year) => `${d}\u00a0${month}${year ? `\u00a0${year}` : ''}`);
    // Spans only in the body: in <title> they would show as text (the footer's date in the CSS keeps its no-break spaces).
    const at = Math.max(0, dated.indexOf('<body>'));
    return (dated.slice(0, at) +
        dated
            .slice(at)
            .replace(/[„“][^<>„“”]{1,30}”/g, (m) => (m.includes(' ') ? `<span class="nowrap">${m}</span>` : m))
            .replace(/(?<![\w.+-])([\w.+-]+@)([\w-]+(?:\.[\w-]+)+)/g, (_m, local, domain) => `<span class="nowrap">${local}</span><wbr><span class="nowrap">${domain}</span>`));
}
/** Final clean-up: no markers, no trailing spaces, at most one blank line, one final newline. */
function finish(text, mode, lang) {
    let s = text.replace(/[\u0001\u0002]/g, '');
    if (mode === 'html')
        s = keepTogether(s, lang);
    s = s
        .split('\n')
        .map((l) => (mode === 'md' ? l.trim() : l.trimEnd()))
        .join('\n');
    s = s.replace(/\n{3,}/g, '\n\n').trim();
    return `${s}\n`;
}
/** The whole contract document in one language and format. */
export function renderView(view, lang, format) {
    const set = templateSet(lang, format);
    const s = newState(format, lang);
    const result = set.document(prepare(view, format), { data: { state: s, css: set.css } });
    return finish(result, format, lang);
}
/** The HTML document and its page settings: the structure the DOCX is built from (compiler/document/docx). */
export function renderPage(view, lang) {
    const set = templateSet(lang, 'html');
    const s = newState('html', lang);
    const result = set.document(prepare(view, 'html'), { data: { state: s, css: set.css } });
    return { html: finish(result, 'html', lang), page: s.page ?? {} };
}
/** One hover template (`hover/<name>.hbs`) as plain text. */
export function renderHover(name, context, lang) {
    const set = templateSet(lang, 'text');
    const template = set.hover.get(name);
    if (!template)
        throw new Error(`no hover template '${name}' for ${lang}`);
    const s = newState('text', lang);
    const result = template(prepare(context, 'text'), { data: { state: s } });
    return inline(result.replace(/[\u0001\u0002]/g, '\n'));
}
/** a … z, then aa, ab …: the letter of the n-th (0-based) item of a lettered list. */
function listLetter(n) {
    return (n >= 26 ? listLetter(Math.floor(n / 26) - 1) : '') + String.fromCharCode(97 + (n % 26));
}
const textTemplates = new Map();
/**
 * A template source rendered as one line of plain text in the documents' text environment of
 * `lang`: every partial and helper of the contract templates is available, so other wording (the
 * change list of `slac diff`) says a clause exactly as the contract does. Compiled once per source.
 */
export function renderText(source, context, lang) {
    const set = templateSet(lang, 'text');
    const key = `${lang}|${source}`;
    let template = textTemplates.get(key);
    if (!template)
        textTemplates.set(key, (template = set.hb.compile(source, { noEscape: true, strict: true, preventIndent: true })));
    return inline(template(prepare(context, 'text'), { data: { state: newState('text', lang) } }).replace(/[\u0001\u0002]/g, '\n'));
}
