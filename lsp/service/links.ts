/**
 * Document links: the e-mail addresses and web addresses written in the contract's strings
 * (escalation contacts, texts). Only `mailto:` and `https:` targets are ever produced: a contract
 * is data from another party, so a string can never become a `command:`, `file:` or script link.
 */
import type { DocumentLink } from 'vscode-languageserver';
import * as T from '../../grammar/tokens.js';
import type { SlacDocument } from './document.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const HTTPS = /https:\/\/[^\s"\\<>]+/g;
/** Sentence punctuation right after an address is not part of it. */
const TRAILING = /[.,;:!?)\]']+$/;

export function documentLinks(doc: SlacDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const token of doc.analysis.tokens) {
    if (token.tokenType !== T.StringLiteral && token.tokenType !== T.UnterminatedString) continue;
    const text = token.image;
    const add = (start: number, target: string, length: number, tooltip: string) => {
      const from = token.startOffset + start;
      links.push({ range: { start: doc.positionAt(from), end: doc.positionAt(from + length) }, target, tooltip });
    };
    const urls: Array<[number, number]> = [];
    for (const m of text.matchAll(HTTPS)) {
      const raw = m[0].replace(TRAILING, '');
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        continue;
      }
      if (url.protocol !== 'https:') continue;
      urls.push([m.index, m.index + raw.length]);
      add(m.index, url.href, raw.length, `Open ${url.host}`);
    }
    for (const m of text.matchAll(EMAIL)) {
      if (urls.some(([a, b]) => m.index >= a && m.index < b)) continue; // user@host inside a URL
      const address = m[0].replace(TRAILING, '');
      add(m.index, `mailto:${address}`, address.length, `Write to ${address}`);
    }
  }
  return links;
}
