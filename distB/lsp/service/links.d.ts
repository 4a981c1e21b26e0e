/**
 * Document links: the e-mail addresses and web addresses written in the contract's strings
 * (escalation contacts, texts). Only `mailto:` and `https:` targets are ever produced: a contract
 * is data from another party, so a string can never become a `command:`, `file:` or script link.
 */
import type { DocumentLink } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export declare function documentLinks(doc: SlacDocument): DocumentLink[];
