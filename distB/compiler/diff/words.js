/**
 * The change list's words: templates/<lang>/words.hbs, one inline partial per sentence or word,
 * rendered in the contract documents' text environment so a clause is said as the contract says
 * it (the document partials `target`, `amount`, `period` … are available by name).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docLangs } from '../document/format/locale.js';
import { renderText } from '../document/render.js';
/** From source: next to this module; from dist/ or the bundle in dist/bin/: the source folder (the package ships it). */
function wordsFile(lang) {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [here, join(here, '..', '..', '..', 'compiler', 'diff'), join(here, '..', '..', 'compiler', 'diff')].map((d) => join(d, 'templates', lang, 'words.hbs'));
    const found = candidates.find((f) => existsSync(f));
    if (!found)
        throw new Error(`diff templates not found (looked for ${candidates.join(', ')})`);
    return found;
}
const BLOCK = /\{\{#\*inline "([a-z0-9-]+)"\}\}([\s\S]*?)\{\{\/inline\}\}/g;
const sources = new Map();
/**
 * The words a source uses as partials, defined inline before it. Only `w-…` words are partials:
 * the others may share a name with the document partial they say (`target` is `{{> target}}`).
 */
function withWords(source, set) {
    const used = [...source.matchAll(/\{\{> ?(w-[a-z0-9-]+)/g)].map((m) => m[1]).filter((n) => set.has(n));
    return [...new Set(used)].map((n) => `{{#*inline "${n}"}}${set.get(n)}{{/inline}}`).join('') + source;
}
/** One word or sentence of `lang`, as plain text. */
export function word(lang, key, context = {}) {
    let set = sources.get(lang);
    if (!set) {
        set = new Map([...readFileSync(wordsFile(lang), 'utf8').matchAll(BLOCK)].map((m) => [m[1], m[2].trim()]));
        sources.set(lang, set);
    }
    const source = set.get(key);
    if (source === undefined)
        throw new Error(`diff template ${lang} has no word '${key}'`);
    return renderText(withWords(source, set), context, lang);
}
/** A string in every document language. */
export function inEach(make) {
    return Object.fromEntries(docLangs.map((l) => [l, make(l)]));
}
/** One word in every document language. */
export function words(key, context = () => ({})) {
    return inEach((lang) => word(lang, key, context(lang)));
}
