/**
 * Where a clause lands in the contract document: the article (or annex) whose template includes
 * the partial that renders it. The numbers are the template's own (`{{#article 7 …}}` in
 * templates/<lang>/document.hbs), read from its syntax tree, so a renumbered template renumbers
 * every reference; nothing here repeats them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templateDir } from './render.js';
function partialNames(node, into) {
    if (Array.isArray(node))
        for (const n of node)
            partialNames(n, into);
    else if (node && typeof node === 'object') {
        const n = node;
        if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n['name'].type === 'PathExpression')
            into.add(String(n['name'].original));
        for (const key of ['body', 'program', 'inverse'])
            if (key in n)
                partialNames(n[key], into);
    }
    return into;
}
function sectionOf(block) {
    const helper = String(block['path'].original ?? '');
    const first = block['params'][0];
    if (helper === 'article' && first?.type === 'NumberLiteral')
        return { kind: 'article', number: String(first['value']) };
    if (helper === 'annex' && first?.type === 'PathExpression') {
        const parts = first['parts'];
        if (parts[0] === 'annexes' && parts.length === 2)
            return { kind: 'annex', annex: parts[1] };
    }
    return null;
}
const cache = new Map();
/**
 * Partial name → the section it is rendered in, for every partial reachable from a section of the
 * document (a partial used in several sections belongs to the first).
 */
export function sectionsOfPartials(lang) {
    return template(lang).partials;
}
/** The sections' headings in document order (annexes that a contract lacks included). */
export function sectionHeadings(lang) {
    return template(lang).headings;
}
/** A parameter of a helper as template source: a string literal's text, any other expression between braces. */
function sourceOf(param, lines) {
    if (param.type === 'StringLiteral')
        return String(param['value']).replace(/\{\{/g, '\\{{');
    const loc = param['loc'];
    if (loc.start.line !== loc.end.line)
        throw new Error('a section title spans lines in document.hbs');
    const text = lines[loc.start.line - 1].slice(loc.start.column, loc.end.column);
    return `{{${param.type === 'SubExpression' ? text.slice(1, -1) : text}}}`;
}
function template(lang) {
    const cached = cache.get(lang);
    if (cached)
        return cached;
    const dir = join(templateDir(), lang);
    const parse = (path) => Handlebars.parse(readFileSync(path, 'utf8'));
    const map = new Map();
    const headings = [];
    const labels = { article: '', annex: '' };
    const visit = (section, names) => {
        for (const name of names) {
            if (map.has(name))
                continue;
            map.set(name, section);
            let inner;
            try {
                inner = partialNames(parse(join(dir, 'partials', `${name}.hbs`)).body, new Set());
            }
            catch {
                continue; // an inline partial or a missing file: nothing further to follow
            }
            visit(section, inner);
        }
    };
    const source = readFileSync(join(dir, 'document.hbs'), 'utf8');
    const lines = source.split('\n');
    const walk = (nodes) => {
        for (const node of nodes) {
            if (node.type === 'BlockStatement' && node['path'].original === 'page')
                for (const pair of node['hash']?.pairs ?? [])
                    if ((pair.key === 'article' || pair.key === 'annex') && pair.value.type === 'StringLiteral')
                        labels[pair.key] = String(pair.value['value']);
            const section = node.type === 'BlockStatement' ? sectionOf(node) : null;
            if (section) {
                visit(section, partialNames(node['program']?.['body'], new Set()));
                const title = node['params'][1];
                if (title)
                    headings.push({ section, label: labels[section.kind], title: sourceOf(title, lines) });
            }
            else
                for (const key of ['program', 'inverse'])
                    if (node[key])
                        walk(node[key]['body'] ?? []);
        }
    };
    walk(Handlebars.parse(source).body);
    const made = { partials: map, headings };
    cache.set(lang, made);
    return made;
}
