import { analyze } from '../../compiler/analyze.js';
import type { ContractModel } from '../../compiler/model.js';

/** The model of a contract that must check without errors. */
export function modelOf(text: string): ContractModel {
  const a = analyze(text);
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !a.model)
    throw new Error(`contract has errors:\n${errors.map((d) => `${d.range.start.line}: ${d.message}`).join('\n')}`);
  return a.model;
}

/** A small contract around the given declarations. */
export function contract(body: string, agreement = ''): string {
  return `agreement nl "Testovereenkomst" en "Test agreement" {
  provider "Leverancier B.V."
  customer "Klant N.V."
  term 2026-01-01 to 2026-12-31
  monthly fee EUR 12500
  languages nl, en
  timezone Europe/Amsterdam
${agreement}}

calendar always "24/7" {
  timezone Europe/Amsterdam
  every day
}

calendar office nl "Kantooruren" en "Office hours" {
  timezone Europe/Amsterdam
  monday to friday 09:00 to 17:00
  closed on public holidays NL
}

service platform nl "Platform" en "Platform"

${body}
`;
}
