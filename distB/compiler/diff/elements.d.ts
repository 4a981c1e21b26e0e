import type * as M from '../model.js';
import { type Entity } from './entity.js';
/** Elements of one model. */
export declare function elementsOf(model: M.ContractModel): Entity[];
