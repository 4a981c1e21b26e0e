/**
 * What the parser expected where it stopped, in the language's own words. Chevrotain asks this
 * provider for a message string; it returns an `Expectation` as JSON, which syntax-errors.ts turns
 * into the message, knowing the tokens around the error (the word after which, the word found).
 */
import { type IParserErrorMessageProvider } from 'chevrotain';
export interface Expectation {
    /** What fits here, as a phrase: `'}'`, `a unit: seconds, …`, `a target such as …`. */
    what: string;
    /**
     * What the rule stands for, when the alternatives are those the rule starts with (told apart by
     * syntax-errors.ts, which knows the grammar); `what` lists the alternatives themselves.
     */
    ruleWhat?: string;
    /** Token type names that fit here (for "did you mean"). */
    expected: string[];
    /** The rule that stopped. */
    rule: string;
    /** Start offset of the token that does not fit, when it is not the one chevrotain reports. */
    foundOffset?: number;
}
/** The statement rule of each block, so that an unexpected line in a block lists what it accepts. */
export declare const blockStatements: Readonly<Record<string, string>>;
export declare const errorMessages: IParserErrorMessageProvider;
