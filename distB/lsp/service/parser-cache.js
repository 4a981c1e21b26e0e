import { parser } from '../../grammar/parser.js';
export function installFollowsCache() {
    const p = parser;
    if (p.__slacFollowsCache || typeof p.getNextPossibleTokenTypes !== 'function')
        return;
    const original = p.getNextPossibleTokenTypes.bind(p);
    const cache = new Map();
    p.getNextPossibleTokenTypes = (path) => {
        const key = `${path.ruleStack.join('>')}|${path.occurrenceStack.join(',')}|${path.lastTok?.name}|${path.lastTokOccurrence}`;
        let follows = cache.get(key);
        if (!follows) {
            follows = original(path);
            if (cache.size < 10_000)
                cache.set(key, follows);
        }
        return follows;
    };
    Object.defineProperty(p, '__slacFollowsCache', { value: true });
}
