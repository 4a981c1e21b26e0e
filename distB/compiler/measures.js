/**
 * What a percentage objective can measure: the counted items (`calls`, `tickets` …) and what
 * happens to them (`answered`, `resolved` …). Shared by the checker and the evaluator.
 */
import { table } from '../runtime/table.js';
export const nouns = table({
    calls: { source: 'contacts', channel: 'phone' },
    'phone-calls': { source: 'contacts', channel: 'phone' },
    'e-mails': { source: 'contacts', channel: 'email' },
    emails: { source: 'contacts', channel: 'email' },
    chats: { source: 'contacts', channel: 'chat' },
    messages: { source: 'contacts', channel: 'message' },
    letters: { source: 'contacts', channel: 'letter' },
    contacts: { source: 'contacts', channel: null },
    tickets: { source: 'tickets', channel: null },
    incidents: { source: 'tickets', channel: 'incident' },
    requests: { source: 'tickets', channel: 'request' },
    complaints: { source: 'tickets', channel: 'complaint' },
    questions: { source: 'tickets', channel: 'question' },
});
/** Verbs as written, by source, to the event they measure. */
export const verbs = {
    contacts: table({ answered: 'answered', accepted: 'answered', abandoned: 'abandoned' }),
    tickets: table({
        answered: 'responded',
        responded: 'responded',
        resolved: 'resolved',
        solved: 'resolved',
        replied: 'replied',
        updated: 'updated',
    }),
};
/** Events measured on a ticket's cycle clocks: only `on time`, against the tier's next reply and update targets. */
export const cycleEvents = { replied: 'next-reply', updated: 'update' };
/** Clocks whose times an average or percentile objective summarises, and the data they come from. */
export const timeClocks = {
    response: 'tickets',
    resolution: 'tickets',
    answer: 'contacts',
    handling: 'contacts',
};
