/** Cursor-marker helpers (Langium style): `<|>` marks the cursor, `<<` and `>>` mark an expected range. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from '../../lsp/service/index.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

let counter = 0;
export function textDocument(text: string, uri = `file:///test/doc${++counter}.sla`, version = 1): TextDocument {
  return TextDocument.create(uri, 'slac', version, text);
}

export interface Marked {
  document: TextDocument;
  text: string;
  position: Position;
  offset: number;
  /** Ranges marked with `<<` … `>>`, in order. */
  ranges: Range[];
}

/** Removes the markers; `<|>` is the cursor (required unless noCursor). */
export function marked(source: string): Marked {
  let text = '';
  let offset = -1;
  const starts: number[] = [];
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < source.length; ) {
    if (source.startsWith('<|>', i)) {
      offset = text.length;
      i += 3;
    } else if (source.startsWith('<<', i)) {
      starts.push(text.length);
      i += 2;
    } else if (source.startsWith('>>', i)) {
      spans.push([starts.pop()!, text.length]);
      i += 2;
    } else {
      text += source[i];
      i++;
    }
  }
  const document = textDocument(text);
  if (offset < 0) offset = 0;
  spans.sort((a, b) => a[0] - b[0]);
  return {
    document,
    text,
    offset,
    position: document.positionAt(offset),
    ranges: spans.map(([s, e]) => ({ start: document.positionAt(s), end: document.positionAt(e) })),
  };
}

export function newService(): LanguageService {
  return createLanguageService();
}

export function completionLabels(service: LanguageService, source: string): string[] {
  const m = marked(source);
  return service.complete(m.document, m.position).items.map((i) => i.label);
}

export function hoverText(service: LanguageService, source: string): string {
  const m = marked(source);
  const h = service.hover(m.document, m.position);
  if (!h) return '';
  const c = h.contents;
  return typeof c === 'string' ? c : 'value' in c ? c.value : '';
}

/** Every `.sla` file of the examples and the good fixtures. */
export function sampleFiles(): string[] {
  const dirs = ['examples', 'test/fixtures/good'].map((d) => join(root, d)).filter((d) => existsSync(d));
  return dirs
    .flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)))
    .filter((f) => f.endsWith('.sla'))
    .sort();
}

/**
 * Which character prefixes the every-prefix tests (robustness, incremental) analyse: every fifth
 * one plus every line end of the grammar fixtures in test/fixtures/good (all-constructs.sla has one
 * of every construct), and every thirteenth one plus every line end of the examples, which repeat
 * those constructs at length (each analysis reads the whole prefix, so the cost is quadratic in the
 * file: every character of the examples was half the suite; every seventh of them and every third
 * of the fixtures still two and a half minutes of it). Both steps are prime to the indentation's
 * two: the cuts still fall on every column of a line.
 */
export function prefixStep(file: string): number {
  return file.includes(`${join('test', 'fixtures', 'good')}`) ? 5 : 13;
}

export function prefixLengths(text: string, step: number): number[] {
  const lengths: number[] = [];
  for (let n = 0; n <= text.length; n++) if (n % step === 0 || text[n] === '\n' || n === text.length) lengths.push(n);
  return lengths;
}

export function readSample(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A small contract with one of everything the editor features look at. */
export const contract = `agreement "Managed Workplace" {
  provider "Acme IT B.V."
  customer "Gemeente Voorbeeld"
  kind customer sla
  term 2026-01-01 to 2026-12-31
  monthly fee EUR 12500
  languages nl, en
  timezone Europe/Amsterdam
}

service Platform "SaaS platform"

calendar office nl "Kantooruren" en "Office hours" {
  timezone Europe/Amsterdam
  monday to friday 08:00 to 18:00
  closed on public holidays NL
}

calendar always "24/7" {
  timezone Europe/Amsterdam
  every day
}

priority P1 nl "Kritiek" en "Critical"
priority P2 "High"

targets {
  calendar office
  response P1 within 15 minutes on always
  resolution P1 within 4 hours on always
  response P2 within 2 business hours
  resolution P2 within 8 business hours
}

tier Gold "Gold" {
  response P1 within 10 minutes on always
}

objective uptime "Platform availability" {
  availability of service Platform at least 99.9% per month
}

credits for uptime {
  below 99.9% credit 5% of monthly fee
  at most 30% of monthly fee per month
}

scenario "P1 on a Friday evening" {
  ticket T1 priority P1 tier Gold created 2026-03-06 17:00 resolved 2026-03-06 20:00
  expect T1 resolution met
}

credits per ticket {
  response P1, P2 credit EUR 100
}
`;
