import { type Part } from './check.js';
export interface Job {
    id: number;
    base: string;
    text: string;
    positions: number[];
    part: Part | null;
}
