/** "Did you mean": the closest known name, if it is close enough to be a plausible typo. */
import type { Fix, Range } from './index.js';
/**
 * `codes`: the candidates are a fixed list of short codes (countries, currencies), where one wrong,
 * missing or extra letter is a typo (`EUX` → `EUR`, `NLD` → `NL`).
 */
export declare function closest(name: string, candidates: Iterable<string>, options?: {
    codes?: boolean;
}): string | undefined;
/** The closest candidate as a message hint (`; did you mean 'EUR'?`) and a fix that replaces `range`. */
export declare function didYouMean(name: string, candidates: Iterable<string>, range: Range, options?: {
    codes?: boolean;
}): {
    hint: string;
    fix?: Fix;
};
