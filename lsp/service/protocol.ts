/**
 * What the server must know before the language service has loaded: the command names, the
 * semantic-token legend and the error a user's mistake raises. Nothing here imports the grammar or
 * the compiler, so the server answers `initialize` while the service is still loading.
 */
import type { SemanticTokensLegend } from 'vscode-languageserver';

export const RENDER_CONTRACT_COMMAND = 'slac.server.renderContract';
export const RUN_SCENARIOS_COMMAND = 'slac.server.runScenarios';

export const tokenTypes = [
  'keyword',
  'string',
  'number',
  'comment',
  'class',
  'enumMember',
  'enum',
  'namespace',
  'function',
  'event',
  'variable',
  'macro',
  'type',
] as const;
export const tokenModifiers = ['declaration', 'readonly'] as const;
export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

/** A mistake of the user's (an invalid new name, a file that cannot be formatted): shown, not logged. */
export class UserError extends Error {}
