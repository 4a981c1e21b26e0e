/**
 * TEMPORARY: loads the agreements an SLA's underpinning block names, one file each, until the
 * program loader (compiler/program.ts) does it for every file of a folder.
 */
import { dirname, resolve } from 'node:path';
import type { Analysis } from '../analyze.js';
import { analyze } from '../analyze.js';
import { diagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { toRuntimeContract } from '../emit/runtime-contract.js';
import { readSourceFile } from '../source-files.js';
import { checkUnderpinning, type UnderpinnedAgreement } from '../passes/check-underpinning.js';

export function underpinningDiagnostics(file: string, analysis: Analysis): Diagnostic[] {
  if (!analysis.model) return [];
  const agreements = new Map<string, UnderpinnedAgreement>();
  const found: Diagnostic[] = [];
  for (const d of analysis.document.declarations) {
    if (d.kind !== 'Underpinning') continue;
    for (const s of d.body) {
      if (s.kind !== 'UnderpinningAgreement') continue;
      const path = resolve(dirname(file), s.path.value);
      const read = readSourceFile(path);
      if (!read.ok) {
        found.push(diagnostic('io-error', s.path.range, read.message));
        agreements.set(s.name.name, { path, contract: null });
        continue;
      }
      const level = analyze(read.text);
      agreements.set(s.name.name, { path, contract: level.model ? toRuntimeContract(level.model, path) : null });
    }
  }
  return [...found, ...checkUnderpinning({ document: analysis.document, contract: toRuntimeContract(analysis.model, file), agreements })];
}
