/** Imports in the language service, in process: what the stdio test (test/lsp/imports.test.ts) does not cover. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../lsp/service/index.js';

describe('imports in the language service', () => {
  it('an unsaved document cannot import: it says so instead of ignoring the import', () => {
    const service = createLanguageService();
    const doc = TextDocument.create('untitled:Untitled-1', 'slac', 1, 'import calendar office from "shared.sla"\n');
    const diagnostics = service.validate(doc);
    expect(diagnostics.map((d) => d.code)).toEqual(['import-not-found']);
    expect(diagnostics[0]!.message).toMatch(/not saved as a file: save it first/);
  });
});
