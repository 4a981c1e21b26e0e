/** Inline HTML (text, strong, em, code, marks, asides) as Word runs: every text is a TextRun. */
import { InternalHyperlink, Tab, TextRun } from 'docx';
import { hasClass, isElement, textOf } from './html.js';
import { changedRun } from './revisions.js';
import { colors, fonts, sizes } from './style.js';
/**
 * XML 1.0 cannot carry U+FFFE, U+FFFF or lone surrogates (control characters never get here: the
 * view model is cleaned of them); they show as U+FFFD instead of breaking the file.
 */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
/** A text as XML can carry it. */
export function xmlText(text) {
    return text.replace(NOT_XML, '\ufffd');
}
export function run(text, style = {}, breakBefore = false) {
    return new TextRun({ text: xmlText(text), ...(breakBefore ? { break: 1 } : {}), ...style });
}
/** A run of text, a tracked change when its style says so. */
function textRun(text, style, breakBefore) {
    const { change, ...rest } = style;
    return change ? changedRun(change, { text: xmlText(text), ...(breakBefore ? { break: 1 } : {}), ...rest }) : run(text, rest, breakBefore);
}
/** A Word tab (`<w:tab/>`), to the paragraph's tab stop or hanging indent. */
export function tab() {
    return new TextRun({ children: [new Tab()] });
}
/** The runs of inline nodes, whitespace collapsed as a browser does (line breaks between tags are layout). */
export function runs(nodes, style = {}) {
    const segments = [];
    let breakNext = false;
    let afterAside = false;
    const lineStart = () => breakNext || segments.length === 0 || segments[segments.length - 1].text.endsWith(' ');
    const walk = (list, st) => {
        for (const node of list) {
            if (node.type === 'text') {
                let t = node.data.replace(/[ \t\n\r\f]+/g, ' ');
                if (lineStart())
                    t = t.replace(/^ /, '');
                if (t === '')
                    continue;
                // The full stop after an aside ends the aside's line instead of standing on one of its own.
                if (breakNext && afterAside && /^[.,;:]/.test(t))
                    breakNext = false;
                segments.push({ text: t, style: st, breakBefore: breakNext });
                breakNext = false;
                afterAside = false;
            }
            else if (isElement(node)) {
                const el = node;
                if (el.name === 'br')
                    breakNext = true;
                else if (el.name === 'strong' || el.name === 'b')
                    walk(el.children, { ...st, bold: true });
                else if (el.name === 'em' || el.name === 'i')
                    walk(el.children, { ...st, italics: true });
                else if (el.name === 'ins' || el.name === 'del')
                    walk(el.children, { ...st, change: el.name });
                else if (el.name === 'code')
                    walk(el.children, { ...st, font: fonts.mono, size: sizes.code });
                else if (el.name === 'mark')
                    walk(el.children, { ...st, bold: true, color: colors.missing, highlight: 'yellow' });
                else if (el.name === 'span' && hasClass(el, 'aside')) {
                    // A line of its own in small print, as in the HTML; what follows starts a new line too.
                    trimLast(segments);
                    breakNext = segments.length > 0;
                    const before = segments.length;
                    walk(el.children, { ...st, size: sizes.aside, color: colors.muted });
                    if (segments.length > before) {
                        trimLast(segments);
                        breakNext = true;
                        afterAside = true;
                    }
                }
                else
                    walk(el.children, st);
            }
        }
    };
    walk(nodes, style);
    trimLast(segments);
    return segments.filter((s) => s.text !== '').map((s) => textRun(s.text, s.style, s.breakBefore));
}
function trimLast(segments) {
    const last = segments[segments.length - 1];
    if (last)
        last.text = last.text.replace(/ $/, '');
}
/** A TOC entry: a link to the heading's bookmark, label and title apart by a tab. */
export function tocLink(anchor, nodes) {
    const children = [];
    for (const node of nodes) {
        const t = (isElement(node) ? textOf(node.children) : node.type === 'text' ? node.data : '').replace(/\s+/g, ' ').trim();
        if (t === '')
            continue;
        if (children.length > 0)
            children.push(tab());
        children.push(run(t));
    }
    return new InternalHyperlink({ anchor, children });
}
