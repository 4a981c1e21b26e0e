/**
 * Renders the report's view model through Handlebars: the words of one language
 * (templates/<lang>/words.hbs, one inline partial per word or sentence) and one layout per format
 * (templates/report.{html,md}.hbs, language-neutral). Tables go to CSV with the same headers.
 *
 * Escaping, as for the contract documents: HTML templates escape every `{{value}}` and the
 * helpers escape what they are given; for Markdown every string of the view model is
 * Markdown-escaped first (compiler/document/render.ts `prepare`) and the templates do not escape.
 * The charts' SVG comes from vega, which escapes the text it draws.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { prepare, templateDir as documentTemplateDir } from '../document/render.js';
import { renderCharts } from './charts.js';
/** The report templates: next to this module from source, else the source folder (as compiler/document does). */
function templateDir() {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [
        join(here, 'templates'),
        join(here, '..', '..', '..', 'compiler', 'report', 'templates'),
        join(here, '..', '..', 'compiler', 'report', 'templates'),
    ];
    for (const dir of candidates)
        if (existsSync(join(dir, 'report.css')))
            return dir;
    throw new Error(`report templates not found (looked in ${candidates.join(', ')})`);
}
/** A table's name as a class or file name (a custom field's name is an identifier; this keeps it one). */
const safeName = (name) => name.replace(/[^A-Za-z0-9_-]/g, '_');
const INLINE = /\{\{#\*inline "([a-z0-9-]+)"\}\}([\s\S]*?)\{\{\/inline\}\}/g;
const envs = new Map();
/** One Handlebars environment per language and format ('text': plain words, for CSV headers and chart labels). */
function env(lang, mode) {
    const key = `${lang}|${mode}`;
    const cached = envs.get(key);
    if (cached)
        return cached;
    const dir = templateDir();
    const hb = Handlebars.create();
    const options = { noEscape: mode !== 'html', strict: false, preventIndent: true };
    for (const [, name, source] of readFileSync(join(dir, lang, 'words.hbs'), 'utf8').matchAll(INLINE))
        hb.registerPartial(name, hb.compile(source.trim(), options));
    helpers(hb, mode);
    const made = { hb, layout: mode === 'text' ? null : hb.compile(readFileSync(join(dir, `report.${mode}.hbs`), 'utf8'), options) };
    envs.set(key, made);
    return made;
}
function word(hb, key, context = {}) {
    const partial = hb.partials[key];
    if (!partial)
        throw new Error(`report template has no word '${key}'`);
    // Template line breaks and indentation become one space; the formatters' no-break spaces (`€ 1.250,00`) stay.
    return partial(context)
        .replace(/[ \t\r\n]+/g, ' ')
        .trim();
}
function helpers(hb, mode) {
    const safe = (s) => (mode === 'html' ? new Handlebars.SafeString(s) : s);
    const esc = (s) => (mode === 'html' ? Handlebars.escapeExpression(s) : s);
    // A word's partial already escapes the values it reads (HTML templates escape `{{value}}`): not again.
    const cell = (c) => (typeof c === 'string' ? esc(c) : word(hb, c.word, c.context));
    hb.registerHelper('eq', (a, b) => a === b);
    hb.registerHelper('gt', (a, b) => Number(a) > Number(b));
    hb.registerHelper('not', (a) => !a);
    hb.registerHelper('concat', (...args) => args.slice(0, -1).map(String).join(''));
    /** A word by computed key: `{{w (concat "clock-" clock)}}`. */
    hb.registerHelper('w', function (key) {
        return safe(word(hb, String(key), this));
    });
    /** One cell's text outside a table (a line of the credit note's basis). */
    hb.registerHelper('cell', (c) => safe(cell(c)));
    hb.registerHelper('table', (t) => {
        const heads = t.columns.map((c) => word(hb, `col-${c}`));
        if (mode === 'md') {
            const line = (cells) => `| ${cells.join(' | ')} |`;
            return [
                line(heads),
                `|${t.columns.map((_, i) => (t.numeric.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`,
                ...t.rows.map((r) => line(r.map(cell))),
            ].join('\n');
        }
        const td = (c, i, tag) => {
            const classes = [...(t.numeric.includes(i) ? ['num'] : []), ...(typeof c === 'string' ? [] : [`w-${c.word}`])];
            return `<${tag}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${cell(c)}</${tag}>`;
        };
        return safe(`<table class="${safeName(t.name)}"><thead><tr>${heads.map((h, i) => td(h, i, 'th')).join('')}</tr></thead>\n<tbody>\n${t.rows.map((r) => `<tr>${r.map((c, i) => td(c, i, 'td')).join('')}</tr>`).join('\n')}\n</tbody></table>`);
    });
    /** A chart with its caption: inline SVG in HTML; in Markdown only the caption (charts are in the HTML report). */
    hb.registerHelper('chart', (c) => {
        if (!c)
            return '';
        const caption = word(hb, c.caption, c.context);
        if (mode !== 'html')
            return '';
        return safe(`<figure class="chart" id="${c.id}">\n${c.svg}\n<figcaption>${caption}</figcaption>\n</figure>`);
    });
}
/** The words of the plain-text environment: CSV headers and chart labels. */
export function wordsOf(lang) {
    const { hb } = env(lang, 'text');
    return (key, context) => word(hb, key, context);
}
/** The charts of a view, keyed for the templates. */
function chartContext(view, charts) {
    return {
        objectives: [...new Map(view.objectives.map((o) => [o.name, o])).values()]
            .filter((o) => charts.trends.has(o.name) || charts.budgets.has(o.name))
            .map((o) => ({ title: o.title, trend: charts.trends.get(o.name), budget: charts.budgets.get(o.name) })),
        trends: Object.fromEntries(charts.trends),
        budgets: Object.fromEntries(charts.budgets),
        distribution: charts.distribution,
        timelines: Object.fromEntries(charts.timelines),
    };
}
/** The whole report in one format (`atRiskFirst`: the live page of `slac serve`). Deterministic: the same view gives the same bytes. */
export async function renderReport(view, format, options = {}) {
    const { layout } = env(view.lang, format);
    const charts = format === 'html'
        ? chartContext(view, await renderCharts(view, wordsOf(view.lang)))
        : { objectives: [], trends: {}, budgets: {}, distribution: null, timelines: {} };
    const css = format === 'html'
        ? `${readFileSync(join(documentTemplateDir(), 'print.css'), 'utf8').trim()}\n${readFileSync(join(templateDir(), 'report.css'), 'utf8').trim()}`
        : '';
    const data = format === 'md' ? prepare(view, 'md') : view;
    const text = layout({ ...data, charts }, { data: { css, atRiskFirst: options.atRiskFirst === true }, allowProtoPropertiesByDefault: false });
    return format === 'md' ? markdownBlocks(text) : `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
/**
 * Markdown blocks separated by one blank line, whatever the template's line breaks: consecutive
 * lines stay together only within a table or a list.
 */
function markdownBlocks(text) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const kind = (l) => (l.startsWith('|') ? 'table' : l.startsWith('- ') ? 'list' : 'other');
    const out = [];
    lines.forEach((l, i) => {
        if (i > 0 && (kind(l) === 'other' || kind(l) !== kind(lines[i - 1])))
            out.push('');
        out.push(l);
    });
    return `${out.join('\n')}\n`;
}
/** A CSV field: quoted when needed; a text that a spreadsheet would run as a formula gets a leading apostrophe. */
function csvField(text) {
    const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r;]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
/** Each table as a CSV file (RFC 4180, comma-separated, CRLF line ends), named after the table. */
export function renderCsv(view) {
    const words = wordsOf(view.lang);
    return view.tables.map((t) => ({
        name: `${safeName(t.name)}.csv`,
        content: `${[t.columns.map((c) => words(`col-${c}`)), ...t.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : words(c.word, c.context))))].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`,
    }));
}
