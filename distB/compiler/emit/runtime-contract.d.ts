import type * as M from '../model.js';
import { type RuntimeContract } from '../../runtime/contract.js';
/** `file`: the .sla path, of which only the base name is kept (the output must not depend on where it was built). */
export declare function toRuntimeContract(model: M.ContractModel, file?: string | null): RuntimeContract;
