/**
 * The lexer and parser skip chevrotain's definition checks at start-up (they cost a third of a
 * `slac` command's start). Here they run: a grammar change that makes a rule ambiguous, a token
 * unreachable or the lexer unoptimisable fails this test instead of going unnoticed.
 */
import { Lexer } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { SlacParser } from '../../grammar/parser.js';
import { allTokens, lexerConfig } from '../../grammar/tokens.js';

describe('grammar definition checks', () => {
  it('the lexer definition has no errors', () => {
    const lexer = new Lexer(allTokens, { ...lexerConfig, deferDefinitionErrorsHandling: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  it('the parser passes chevrotain\'s grammar validations', () => {
    expect(() => new SlacParser({ validate: true })).not.toThrow();
  });
});
