/** Lowering of the underpinning block (grammar/ast-underpinning.ts → compiler/model-underpinning.ts). */
import type * as A from '../grammar/ast.js';
import type { UnderpinningModel } from './model-underpinning.js';
export declare function lowerUnderpinning(decl: A.UnderpinningDecl | undefined): UnderpinningModel | null;
