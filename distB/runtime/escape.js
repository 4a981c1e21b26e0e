/**
 * Contract strings and data ids in text meant for people: the terminal (`check`, `test`,
 * `evaluate --format text`) and the editor's hover Markdown. The one escaping rule for both:
 *
 * - control characters (C0, DEL, C1), bidirectional overrides and isolates, and line/paragraph
 *   separators never pass raw: they are shown as `\x1b`, `\u202e` …, so an id cannot move the
 *   cursor, recolour the terminal, ring the bell or reorder what the reader sees;
 * - in Markdown, additionally every ASCII punctuation character is backslash-escaped (CommonMark
 *   allows that for all of them), so no image, link, autolink, `command:` URI, HTML tag, entity,
 *   emphasis or block marker can be formed from the text.
 */
/** C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, U+2028/9, BOM. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function escapeChar(ch) {
    const c = ch.charCodeAt(0);
    return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}
/** One string as it may be printed: every unsafe character (line breaks and tabs too) made visible. */
export function visible(text) {
    return text.replace(UNSAFE, escapeChar);
}
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
/**
 * User text inside Markdown that slac writes itself (hovers): inert inline text. Unsafe characters
 * are made visible first, then every ASCII punctuation character, the backslashes of those escapes
 * included, is escaped, so the reader sees exactly the text and nothing else.
 */
export function markdownText(text) {
    return visible(text).replace(PUNCTUATION, (c) => `\\${c}`);
}
