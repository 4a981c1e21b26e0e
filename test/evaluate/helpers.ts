/** Shared helpers for the evaluator tests: contracts from .sla text, example data as arrays. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type CliIo } from '../../cli/main.js';
import { analyze } from '../../compiler/analyze.js';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import type { ContractModel } from '../../compiler/model.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { formatOfPath, kindOfPath, readRecords } from '../../runtime/data/read.js';
import type { Dataset, RecordKind } from '../../runtime/data/types.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export function modelOf(text: string): ContractModel {
  const a = analyze(text);
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  if (!a.model || errors.length > 0)
    throw new Error(`contract has errors:\n${errors.map((d) => `${d.range.start.line}: ${d.message}`).join('\n')}`);
  return a.model;
}

export function contractOf(text: string, file: string | null = 'test.sla'): RuntimeContract {
  return toRuntimeContract(modelOf(text), file);
}

/** A minimal agreement around `body`: term 2026–2027, EUR 10,000 a month, Amsterdam time. */
export function sla(body: string, agreement = ''): string {
  return `agreement "Test" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2027-12-31
  monthly fee EUR 10000
  languages en
  timezone Europe/Amsterdam
${agreement}}

calendar office "Office" {
  timezone Europe/Amsterdam
  monday to friday 09:00 to 17:00
  closed on public holidays NL
}

calendar always "24/7" {
  timezone Europe/Amsterdam
  every day
}

${body}
`;
}

/** Priorities P1 and P2 with response and resolution targets on office hours, and `extra` lines in the block. */
export function ticketTargets(extra: string): string {
  return `
priority P1 "P1"
priority P2 "P2"
targets {
  calendar office
  response P1, P2 within 1 business hour
  resolution P1, P2 within 8 business hours
  ${extra}
}
`;
}

export const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.sla'))
  .map((f) => f.slice(0, -4))
  .sort();

export function exampleText(name: string): string {
  return readFileSync(join(root, 'examples', `${name}.sla`), 'utf8');
}

export function exampleDataFiles(name: string): string[] {
  const dir = join(root, 'examples', 'data', name);
  try {
    return readdirSync(dir)
      .filter((f) => formatOfPath(f) !== null && kindOfPath(f) !== null)
      .sort()
      .map((f) => join('examples', 'data', name, f));
  } catch {
    return [];
  }
}

const plural: Record<RecordKind, keyof Dataset> = {
  ticket: 'tickets',
  contact: 'contacts',
  outage: 'outages',
  measurement: 'measurements',
};

/** Reads an example's data files into arrays (syntax problems throw: example data must be clean). */
export async function exampleDataset(name: string): Promise<Dataset> {
  const data: Record<string, unknown[]> = {};
  for (const rel of exampleDataFiles(name)) {
    const kind = kindOfPath(rel)!;
    const list = (data[plural[kind]] ??= []);
    const text = readFileSync(join(root, rel));
    for await (const item of readRecords([text], formatOfPath(rel)!, kind)) {
      if (!item.ok) throw new Error(`${rel}:${item.line}: ${item.message}`);
      list.push(item.value);
    }
  }
  return data as Dataset;
}

/** Runs the CLI in-process from the repository root, output captured. */
export async function slac(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), colorStdout: false, colorStderr: false };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await run(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}
