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
];
export const tokenModifiers = ['declaration', 'readonly'];
export const semanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };
/** A mistake of the user's (an invalid new name, a file that cannot be formatted): shown, not logged. */
export class UserError extends Error {
}
