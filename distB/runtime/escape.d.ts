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
/** One string as it may be printed: every unsafe character (line breaks and tabs too) made visible. */
export declare function visible(text: string): string;
/**
 * User text inside Markdown that slac writes itself (hovers): inert inline text. Unsafe characters
 * are made visible first, then every ASCII punctuation character, the backslashes of those escapes
 * included, is escaped, so the reader sees exactly the text and nothing else.
 */
export declare function markdownText(text: string): string;
