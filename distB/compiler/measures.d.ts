export type Source = 'contacts' | 'tickets';
export interface Noun {
    source: Source;
    /** Contact channel or ticket category in the data; null counts every ticket. */
    channel: string | null;
}
export declare const nouns: Readonly<Record<string, Noun>>;
export type Event = 'answered' | 'abandoned' | 'responded' | 'resolved' | 'replied' | 'updated';
/** Verbs as written, by source, to the event they measure. */
export declare const verbs: Readonly<Record<Source, Readonly<Record<string, Event>>>>;
/** Events measured on a ticket's cycle clocks: only `on time`, against the tier's next reply and update targets. */
export declare const cycleEvents: Readonly<Partial<Record<Event, 'next-reply' | 'update'>>>;
/** Clocks whose times an average or percentile objective summarises, and the data they come from. */
export declare const timeClocks: Readonly<Record<string, Source>>;
