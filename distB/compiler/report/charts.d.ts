import type { ReportView } from './view.js';
export type Words = (key: string, context?: object) => string;
export interface Chart {
    id: string;
    /** The chart's caption key (`chart-trend` …), with the context its partial reads. */
    caption: string;
    context: object;
    svg: string;
}
/** At most this many breaches get a timeline (the list itself is longer). */
export declare const MAX_TIMELINES = 20;
export interface ReportCharts {
    trends: Map<string, Chart>;
    budgets: Map<string, Chart>;
    distribution: Chart | null;
    timelines: Map<number, Chart>;
}
/** Every chart of the report, in a fixed order (the ids follow it). */
export declare function renderCharts(view: ReportView, words: Words): Promise<ReportCharts>;
