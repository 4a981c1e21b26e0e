import { type CheckContext } from './context.js';
export declare const supportedLanguages: readonly ["nl", "en"];
export declare function checkAgreement(ctx: CheckContext): void;
