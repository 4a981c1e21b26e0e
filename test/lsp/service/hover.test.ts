import { describe, expect, it } from 'vitest';
import { contract, hoverText, marked, newService } from '../helpers.js';

const service = newService();
/** The hover as the reader sees it: contract text in hovers is backslash-escaped Markdown. */
const shown = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const at = (find: string, replace: string) => {
  if (!contract.includes(find)) throw new Error(`not in the contract: ${find}`);
  return shown(hoverText(service, contract.replace(find, replace)));
};

describe('hover', () => {
  it('shows an availability objective in both languages with its allowed downtime', () => {
    const text = at('at least 99.9% per month', 'at least 99.<|>9% per month');
    expect(text).toContain('**objective** `uptime`');
    expect(text).toMatch(/🇬🇧 .*availability of the SaaS platform service is at least 99\.9%/);
    expect(text).toMatch(/🇳🇱 .*beschikbaarheid van de dienst SaaS platform bedraagt ten minste 99,9%/);
    expect(text).toContain('Allowed downtime ≈ 43m 50s per month');
    expect(text).toContain('28 days: 40m 19s · 30 days: 43m 12s · 31 days: 44m 38s');
  });

  it('shows a calendar with its weekly hours and the holidays in the term', () => {
    const text = at('  calendar office\n', '  calendar off<|>ice\n');
    expect(text).toContain('**calendar** `office` — Kantooruren / Office hours');
    expect(text).toContain('50 h open per week');
    expect(text).toContain('Closed on **9 public holidays** NL in the term 2026-01-01 – 2026-12-31');
    expect(text).toContain("2026-04-27 King's Day / Koningsdag");
  });

  it('shows a target as the contract words it', () => {
    const text = at('  response P1 within 10 minutes on always', '  response P1 wit<|>hin 10 minutes on always');
    expect(text).toContain('**response target** · tier Gold');
    expect(text).toMatch(/🇬🇧 Response time for priority Critical .*10 minutes/);
    expect(text).toMatch(/🇳🇱 Reactietijd bij prioriteit Kritiek .*10 minuten/);
    expect(text).toContain('168 h open per week');
  });

  it('shows a credit as money', () => {
    expect(at('credit 5% of monthly fee', 'credit 5<|>% of monthly fee')).toContain('5% of the monthly fee = **EUR 625**');
  });

  it('lists the targets of a priority per tier', () => {
    const text = at('ticket T1 priority P1', 'ticket T1 priority P<|>1');
    expect(text).toContain('**priority** `P1`');
    expect(text).toContain('tier Gold: response 10 minutes on always');
  });

  it('shows a scenario ticket', () => {
    expect(at('expect T1 resolution met', 'expect T<|>1 resolution met')).toContain(
      '**ticket** `T1` — priority P1, tier Gold, created 2026-03-06 17:00',
    );
  });

  it('shows nothing on blank space', () => {
    expect(service.hover(marked(`\n\n${contract}`).document, { line: 1, character: 0 })).toBeNull();
  });

  it('still shows derived facts while the text has errors', () => {
    const broken = contract
      .replace('priority P2 "High"', 'priority P2 "High" {')
      .replace('at least 99.9% per month', 'at least 99.<|>9% per month');
    const text = shown(hoverText(service, broken));
    expect(text).toContain('43m 50s');
  });
});
