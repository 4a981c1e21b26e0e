/**
 * The agreements that underpin an SLA, in the contract model: what the annex of the document names
 * and what the evaluation across levels reads. Part of `model.ts`.
 */
import type { DurationModel, TextModel } from './model.js';
export interface UnderpinningModel {
    title: TextModel | null;
    texts: TextModel[];
    agreements: UnderpinningAgreementModel[];
    chains: ChainModel[];
    series: SeriesModel[];
}
/** What the SLA's document says of another agreement: read from that agreement's own file. */
export interface AgreementSummary {
    title: TextModel;
    provider: string;
    customer: string;
    kind: 'customer' | 'internal' | 'multilevel';
    version: string | null;
    term: {
        from: string;
        to: string;
    };
    /** The targets of its availability objectives, by objective name. */
    availability: Record<string, number>;
}
export interface UnderpinningAgreementModel {
    name: string;
    /** As written: relative to the SLA's file. */
    path: string;
    line: number;
    /** Filled in by the program that read the other file (compiler/underpinning/program-check.ts); null when it did not. */
    summary: AgreementSummary | null;
}
export interface ChainModel {
    target: 'response' | 'resolution';
    priorities: string[];
    /** The SLA's tier; null: every tier. */
    tier: string | null;
    levels: Array<{
        agreement: string;
        tier: string | null;
        handover: DurationModel | null;
        calendar: string | null;
    }>;
    line: number;
}
export interface SeriesModel {
    objective: string;
    components: Array<{
        agreement: string;
        objective: string;
    }>;
    line: number;
}
