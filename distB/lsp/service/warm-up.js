/**
 * The server's warm-up, once per process before the first document is analysed: the language
 * service run on a small contract of its own (analysis, inlay hints, a clause's wording, a hover).
 *
 * The first hover or inlay hints of a process otherwise pay for compiling the code they run, the
 * document templates, luxon's zone formatters and date-holidays' rules, whatever the contract:
 * 170 ms for the first hover on a large contract against 11 ms for the next. The sample shares no
 * cached fact with a user's contract (its term lies in 2000), only that one-time cost. Pure
 * caching: no answer changes.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from './document.js';
import { hover } from './hover.js';
import { warm } from './warm.js';
/** The contract the warm-up runs on (exported for its test: it must stay a contract without errors). */
export const SAMPLE = `agreement "Warm-up" {
  provider "Provider"
  customer "Customer"
  term 2000-01-01 to 2000-12-31
  monthly fee EUR 1000
  languages nl, en
  timezone Europe/Amsterdam
}

calendar office nl "Kantooruren" en "Office hours" {
  timezone Europe/Amsterdam
  monday to friday 08:00 to 18:00
  closed on public holidays NL
}

service app nl "Dienst" en "Service" {
  text nl "Beschrijving." en "Description."
}

priority P1 nl "Prioriteit 1" en "Priority 1"

objective up nl "Beschikbaarheid" en "Availability" {
  availability of service app at least 99.5% per month on office
}

credits for up {
  below 99.5% credit 5% of monthly fee
}

targets {
  response P1 within 1 hours on office
  resolution P1 within 8 hours on office
}
`;
/** The sample, analysed once: its facts stay cached between the steps of the warm-up. */
let sample;
/** Run it in steps (inSteps): each costly fact is one. */
export function warmUp() {
    const doc = (sample ??= new DocumentStore().get(TextDocument.create('slac-warm-up:sample.sla', 'slac', 0, SAMPLE)));
    warm(doc);
    const line = SAMPLE.split('\n').findIndex((l) => l.includes('availability of service'));
    hover(doc, { line, character: 4 });
}
