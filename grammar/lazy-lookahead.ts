/**
 * Chevrotain's LL(k) lookahead, each decision's function built when the parser first reaches it.
 *
 * The parser computes the lookahead of every alternation and repetition of the grammar when it is
 * built: a fifth of the start-up of every `slac` command, spent mostly on constructs the file at
 * hand never uses. Deferring it changes no decision: the function is the one chevrotain would have
 * built up front, from the same grammar, built once.
 */
import { LLkLookaheadStrategy, type IOrAlt } from 'chevrotain';

type Strategy = InstanceType<typeof LLkLookaheadStrategy>;
type AlternationOptions = Parameters<Strategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<Strategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = (this: unknown, alts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = (this: unknown) => boolean;

export class LazyLookahead extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    let built: AlternationLookahead | undefined;
    const build = () => super.buildLookaheadForAlternation(options) as AlternationLookahead;
    // Chevrotain calls lookahead functions with the parser as `this`.
    return function (this: unknown, alts) {
      return (built ??= build()).call(this, alts);
    };
  }

  override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    let built: OptionalLookahead | undefined;
    const build = () => super.buildLookaheadForOptional(options) as OptionalLookahead;
    return function (this: unknown) {
      return (built ??= build()).call(this);
    };
  }
}
