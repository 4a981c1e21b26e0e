/**
 * The underpinning check across files, through the program loader (as `slac check` and the
 * language server run it): the worst case and its instant, hand-over times on the calendar of the
 * party that hands over, tiers of the levels, terms, and the files an underpinning block names.
 */
import { describe, expect, it } from 'vitest';
import { Program } from '../../compiler/program.js';
// A Program checks underpinning blocks once the check is loaded (as the command line does).
import '../../compiler/underpinning/program-check.js';

const head = (title: string, extra = '') => `agreement "${title}" {
  provider "P ${title}"
  customer "C ${title}"
  term 2026-01-01 to 2026-12-31
  languages en
  ${extra}
}
calendar always "24/7" { timezone Europe/Amsterdam  every day }
calendar office "Office" { timezone Europe/Amsterdam  monday to friday 08:00 to 17:00  closed on public holidays NL }
priority P1 "Critical"
`;

const ola = `${head('OLA', 'kind internal ola')}
targets {
  response P1 within 15 minutes on always
  resolution P1 within 1 hour on always
}`;

const uc = `${head('UC')}
targets {
  calendar office
  response P1 within 1 business hour
  resolution P1 within 2 business hours
}`;

const ucTiers = `${head('UC tiers')}
targets {
  calendar office
  response P1 within 1 business hour
  resolution P1 within 2 business hours
}
tier Basic "Basic" {}
tier Around "Around the clock" {
  response P1 within 30 minutes on always
  resolution P1 within 2 hours on always
}`;

function check(sla: string, files: Record<string, string> = {}) {
  const all: Record<string, string> = { '/c/sla.sla': sla, '/c/ola.sla': ola, '/c/uc.sla': uc, '/c/uc-tiers.sla': ucTiers, ...files };
  const program = new Program({
    read: (p) => (p in all ? { ok: true, text: all[p]! } : { ok: false, message: `cannot read '${p}': no such file` }),
  });
  return program.analyze('/c/sla.sla', { model: false }).diagnostics.filter((d) => d.code !== 'norm-without-consequence');
}

const sla = (targets: string, underpinning: string) => `${head('SLA')}
targets {
${targets}
}
underpinning {
  agreement network "ola.sla"
  agreement hardware "uc.sla"
  agreement tiered "uc-tiers.sla"
${underpinning}
}`;

const around = 'response P1 within 15 minutes on always\nresolution P1 within 4 hours on always';

describe('underpinning across files', () => {
  it('names the worst case and its instant: a supplier on office hours under a 24/7 SLA', () => {
    const text = sla(around, 'resolution P1 by network after 30 minutes then hardware');
    const [d, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(d?.code).toBe('underpinning-does-not-fit');
    expect(d?.severity).toBe('warning');
    // 13:31 + 30 min hand-over + 1 h network = 15:01; 2 business hours from 15:01 end Tuesday 08:01
    // after Easter (Good Friday open, Easter Monday closed); the SLA's 4 hours end at 17:31.
    expect(d?.message).toBe(
      'resolution P1 does not fit the agreements under it: a P1 reported on Friday 2026-04-03 13:31 can take 90 h 30 min along network and hardware ' +
        '(89 h at hardware, from Friday 2026-04-03 15:01 to Tuesday 2026-04-07 08:01); the SLA allows 4 h (due Friday 2026-04-03 17:31): 86 h 30 min too late',
    );
    expect(d?.range.start.line).toBe(text.split('\n').findIndex((l) => l.includes('resolution P1 by')) + 1);
  });

  it('is quiet when the chain fits: the same supplier under an SLA on office hours', () => {
    const office = 'calendar office\nresponse P1 within 1 business hour\nresolution P1 within 4 business hours';
    // Hand-over 30 min on office (the SLA's calendar) + 1 h (24/7) + 2 business hours <= 4 business hours?
    // No: the network's hour runs in the evening too, so a P1 at 16:00 reaches the supplier at 17:30,
    // closed, and it finishes at 10:00 the next working day, 3 business hours after 16:00: in time.
    expect(check(sla(office, 'resolution P1 by network after 30 minutes then hardware'))).toEqual([]);
  });

  it('counts a hand-over on the calendar of the party that hands over, or on the one named', () => {
    // 1 h at the network + 1 h hand-over counted on the network's 24/7 + 2 h around the clock = 4 h: fits.
    expect(check(sla(around, 'resolution P1 by network then tiered tier Around after 1 hour'))).toEqual([]);
    // Counted on office hours, a P1 reported on Good Friday at 15:01 leaves the network at 16:01 and
    // the hand-over takes 59 minutes of Friday and 1 of Tuesday (Easter Monday is closed).
    const [d, ...rest] = check(sla(around, 'resolution P1 by network then tiered tier Around after 1 hour on office'));
    expect(rest).toEqual([]);
    expect(d?.code).toBe('underpinning-does-not-fit');
    expect(d?.message).toBe(
      'resolution P1 does not fit the agreements under it: a P1 reported on Friday 2026-04-03 15:01 can take 91 h along network and tiered ' +
        '(88 h in the hand-over to tiered, from Friday 2026-04-03 16:01 to Tuesday 2026-04-07 08:01); the SLA allows 4 h (due Friday 2026-04-03 19:01): 87 h too late',
    );
  });

  it('takes the tier of a level that has tiers, and says when none is named', () => {
    expect(check(sla(around, 'resolution P1 by tiered tier Around'))).toEqual([]);
    const [missing] = check(sla(around, 'resolution P1 by tiered'));
    expect(missing?.code).toBe('missing-clause');
    expect(missing?.message).toContain('tiered has the tiers Basic, Around');
    const [unknown] = check(sla(around, 'resolution P1 by tiered tier Aroun'));
    expect(unknown?.code).toBe('unknown-reference');
    expect(unknown?.message).toContain("did you mean 'Around'?");
  });

  it('checks each tier of the SLA, and a chain for one tier replaces the one for all', () => {
    const tiers = `calendar office\nresponse P1 within 1 business hour\nresolution P1 within 4 business hours\n}\ntier Std "Standard" {}\ntier Vital "Vital" {\n${around}`;
    const [d, ...rest] = check(sla(tiers, 'resolution P1 by network then hardware'));
    expect(rest).toEqual([]);
    expect(d?.message).toMatch(/^resolution P1 in tier Vital does not fit/);
    expect(
      check(sla(tiers, 'resolution P1 by network then hardware\nresolution P1 for tier Vital by network then tiered tier Around')),
    ).toEqual([]);
  });

  it('reports an agreement file that is missing, has errors, or rests on the SLA itself', () => {
    const missing = check(`${head('SLA')}targets { ${around} }\nunderpinning { agreement x "nope.sla" }`);
    expect(missing.map((d) => d.code)).toEqual(['import-not-found']);
    const broken = check(`${head('SLA')}targets { ${around} }\nunderpinning { agreement x "bad.sla" }`, {
      '/c/bad.sla': 'agreement "x" {',
    });
    expect(broken.map((d) => d.code)).toEqual(['broken-import']);
    const back = `${head('OLA')}targets { ${around} }\nunderpinning { agreement up "sla.sla" }`;
    const cycle = check(`${head('SLA')}targets { ${around} }\nunderpinning { agreement x "back.sla" }`, { '/c/back.sla': back });
    expect(cycle.map((d) => d.code)).toEqual(['broken-import']);
  });

  it('reports a level term that does not cover the SLA term', () => {
    const short = ola.replace('term 2026-01-01 to 2026-12-31', 'term 2026-01-01 to 2026-06-30');
    const [d] = check(sla(around, 'response P1 by network'), { '/c/ola.sla': short });
    expect(d?.code).toBe('underpinning-does-not-fit');
    expect(d?.message).toBe(
      "network runs from 2026-01-01 to 2026-06-30, the SLA from 2026-01-01 to 2026-12-31: after 2026-06-30 nothing underpins the SLA's targets",
    );
  });

  it('reports a level without the priority or the target', () => {
    const noP1 = ola.replace(/priority P1 "Critical"/, 'priority P2 "High"').replace(/P1/g, 'P2');
    const [d] = check(sla(around, 'response P1 by network'), { '/c/ola.sla': noP1 });
    expect(d?.code).toBe('unknown-reference');
    expect(d?.message).toContain("network has no priority 'P1'");
  });
});
