import * as T from '../../grammar/tokens.js';
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const HTTPS = /https:\/\/[^\s"\\<>]+/g;
/** Sentence punctuation right after an address is not part of it. */
const TRAILING = /[.,;:!?)\]']+$/;
export function documentLinks(doc) {
    const links = [];
    for (const token of doc.analysis.tokens) {
        if (token.tokenType !== T.StringLiteral && token.tokenType !== T.UnterminatedString)
            continue;
        const text = token.image;
        const add = (start, target, length, tooltip) => {
            const from = token.startOffset + start;
            links.push({ range: { start: doc.positionAt(from), end: doc.positionAt(from + length) }, target, tooltip });
        };
        const urls = [];
        for (const m of text.matchAll(HTTPS)) {
            const raw = m[0].replace(TRAILING, '');
            let url;
            try {
                url = new URL(raw);
            }
            catch {
                continue;
            }
            if (url.protocol !== 'https:')
                continue;
            urls.push([m.index, m.index + raw.length]);
            add(m.index, url.href, raw.length, `Open ${url.host}`);
        }
        for (const m of text.matchAll(EMAIL)) {
            if (urls.some(([a, b]) => m.index >= a && m.index < b))
                continue; // user@host inside a URL
            const address = m[0].replace(TRAILING, '');
            add(m.index, `mailto:${address}`, address.length, `Write to ${address}`);
        }
    }
    return links;
}
