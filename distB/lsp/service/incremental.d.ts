import { type Analysis } from '../../compiler/analyze.js';
/** Analyses successive versions of one document, reusing what an edit did not touch. */
export declare class IncrementalAnalyzer {
    private state;
    analyze(text: string): Analysis;
}
