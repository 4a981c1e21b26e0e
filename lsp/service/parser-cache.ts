/**
 * Error recovery in chevrotain asks "which tokens may follow this point of the grammar?" and
 * answers it by walking the grammar, every time, uncached. Parsing text that is being typed (an
 * open block at the end, a half-written statement) asks it a lot. The answer depends on the
 * grammar path only, so remember it: the parser's behaviour is unchanged, it is only faster.
 * Installed once on the grammar's shared parser instance by the language service.
 */
import type { TokenType } from 'chevrotain';
import { parser } from '../../grammar/parser.js';

interface GrammarPath {
  ruleStack: string[];
  occurrenceStack: number[];
  lastTok: TokenType;
  lastTokOccurrence: number;
}

type Recoverable = { getNextPossibleTokenTypes(path: GrammarPath): TokenType[]; __slacFollowsCache?: true };

export function installFollowsCache(): void {
  const p = parser as unknown as Recoverable;
  if (p.__slacFollowsCache || typeof p.getNextPossibleTokenTypes !== 'function') return;
  const original = p.getNextPossibleTokenTypes.bind(p);
  const cache = new Map<string, TokenType[]>();
  p.getNextPossibleTokenTypes = (path: GrammarPath): TokenType[] => {
    const key = `${path.ruleStack.join('>')}|${path.occurrenceStack.join(',')}|${path.lastTok?.name}|${path.lastTokOccurrence}`;
    let follows = cache.get(key);
    if (!follows) {
      follows = original(path);
      if (cache.size < 10_000) cache.set(key, follows);
    }
    return follows;
  };
  Object.defineProperty(p, '__slacFollowsCache', { value: true });
}
