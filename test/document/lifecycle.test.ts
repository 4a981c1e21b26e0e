/** The ticket lifecycle in the contract documents, in Dutch and English: every new construct reaches both. */
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../compiler/document/index.js';
import { contract, modelOf } from './helpers.js';

const source = contract(`
statuses {
  "Nieuw" starts
  "Wacht op klant" pauses waiting for customer
  "Opgelost" resolves
  "Gesloten" closes
  "Toegewezen" none
  text nl "Statussen staan in het registratiesysteem." en "Statuses are kept in the ticket system."
}

aliases {
  priority "1 - Kritiek" is P1
  status "Afgemeld" is "Gesloten"
}

priority P1 nl "Kritiek" en "Critical"

targets {
  calendar office
  clocks start at status "Nieuw"
  response P1 within 30 minutes
  resolution P1 within 4 business hours
  next reply P1 within 2 business hours
  update P1 every 2 business hours
  paused while waiting for customer, at most 5 working days per ticket
}

objective replies nl "Vervolgreacties" en "Next replies" {
  95% of tickets replied on time per month
}

objective updates nl "Voortgangsmeldingen" en "Updates" {
  90% of tickets updated on time per month
}

objective ftr nl "In één keer goed" en "First time right" {
  first time right of tickets at least 80% per month
}

escalation ops nl "Escalatie" en "Escalation" {
  warn at 50% of resolution time to "Teamleider"
  warn at 80% of update time
  including paused time
  step 1 "Servicemanager" after 2 business hours on office
}

scenario "Lifecycle" {
  now 2026-03-02 15:00
  ticket T1 priority P1 created 2026-03-02 09:00:30 status "Nieuw" 2026-03-02 09:00:30 responded 2026-03-02 09:30 customer wrote 2026-03-02 10:00 replied 2026-03-02 11:00 priority P1 2026-03-02 11:00 assigned 2026-03-02 11:30
  expect T1 next reply met
  expect T1 resolution due 2026-03-02 13:00:30
  expect T1 update elapsed 4 business hours
  expect T1 escalation step 1
}
`);
const model = modelOf(source);
const nl = renderDocument(model, { lang: 'nl', format: 'md' });
const en = renderDocument(model, { lang: 'en', format: 'md' });

describe('the statuses in the definitions article', () => {
  it('lists each status with its meaning, the status aliases and the wording', () => {
    expect(nl).toContain('**Status**: de stand van een incident in het registratiesysteem');
    expect(nl).toMatch(
      /\| „Wacht op klant” \| de termijnen staan stil zolang de Dienstverlener aantoonbaar wacht op informatie of medewerking van de Afnemer \|/,
    );
    expect(nl).toMatch(/\| „Gesloten” \| het incident is afgesloten; na een oplossing verandert dit niets/);
    expect(nl).toContain('De status „Afgemeld” staat gelijk aan „Gesloten”.');
    expect(nl).toContain('Statussen staan in het registratiesysteem.');
    expect(en).toMatch(/\| “Toegewezen” \| no effect on the time limits \|/);
    expect(en).toContain('The status “Afgemeld” is the same as “Gesloten”.');
    expect(en).toContain('Statuses are kept in the ticket system.');
  });
  it('names the priority as the ticket system writes it', () => {
    expect(nl).toContain('In het registratiesysteem: „1 - Kritiek”.');
    expect(en).toContain('In the ticket system: “1 - Kritiek”.');
  });
  it('is absent for a contract on the built-in vocabulary', () => {
    const plain = renderDocument(
      modelOf(
        contract(
          'priority P1 "P1"\ntargets {\n  calendar office\n  response P1 within 1 business hour\n  resolution P1 within 4 business hours\n}',
        ),
      ),
      { lang: 'nl', format: 'md' },
    );
    expect(plain).not.toContain('**Status**');
  });
});

describe('the clocks of article 7', () => {
  it('has next-reply and update columns and definitions', () => {
    expect(nl).toContain('| Prioriteit | Reactietijd | Oplostijd | Vervolgreactietijd | Updatetermijn |');
    expect(nl).toContain(
      '| Kritiek | 30 minuten (binnen het servicevenster Kantooruren) | 4 uur (binnen het servicevenster Kantooruren) | 2 uur (binnen het servicevenster Kantooruren) | elke 2 uur (binnen het servicevenster Kantooruren) |',
    );
    expect(nl).toContain('**Vervolgreactietijd**:');
    expect(nl).toContain('**Updatetermijn**:');
    expect(en).toContain('| Priority | Response time | Resolution time | Next reply time | Update interval |');
    expect(en).toContain('**Next reply time**:');
    expect(en).toContain('**Update interval**:');
  });
  it('says where the clocks start and how long a pause may last', () => {
    expect(nl).toContain('De reactie- en oplostijd lopen vanaf het moment waarop het incident voor het eerst de status „Nieuw” krijgt');
    expect(nl).toContain('(ten hoogste 5 werkdagen per incident; wachttijd daarboven telt mee)');
    expect(en).toContain('The response and resolution times run from the moment the incident first has the status “Nieuw”');
    expect(en).toContain('(at most 5 working days per incident; waiting time beyond that counts)');
  });
});

describe('objectives on the next reply and update clocks and first time right from tickets', () => {
  it('words each in both languages', () => {
    expect(en).toContain(
      'At least 95% of tickets receive each next reply within the next reply time that applies to them (article 7), measured per calendar month.',
    );
    expect(en).toContain(
      'At least 90% of tickets receive each progress update within the update interval that applies to them (article 7), measured per calendar month.',
    );
    expect(en).toContain(
      'that were resolved with at most one reply from the Provider, without waiting for the Customer or a third party and without being reopened.',
    );
    expect(nl).toContain(
      'Ten minste 95% van de meldingen wordt binnen de daarvoor geldende termijnen (artikel 7) van elke vervolgreactie voorzien, gemeten per kalendermaand.',
    );
    expect(nl).toContain(
      'Ten minste 90% van de meldingen wordt binnen de daarvoor geldende termijnen (artikel 7) van elk voortgangsbericht voorzien, gemeten per kalendermaand.',
    );
    expect(nl).toContain(
      'dat is opgelost met ten hoogste één reactie van de Dienstverlener, zonder te wachten op de Afnemer of een derde en zonder te zijn heropend.',
    );
  });
});

describe('warnings and escalation', () => {
  it('names whom each warning tells, and whether paused time counts', () => {
    expect(nl).toContain(
      'Zodra 50% van de oplostijd van een incident is verstreken, stuurt de Dienstverlener een waarschuwing aan Teamleider, met de verwachte oplostijd.',
    );
    expect(nl).toContain(
      'Zodra 80% van de updatetermijn van een incident is verstreken, waarschuwt de Dienstverlener de contactpersoon van de Afnemer die het incident heeft gemeld.',
    );
    expect(nl).toContain('telt voor deze escalatie mee.');
    expect(en).toContain('the Provider sends a warning to Teamleider, stating the expected resolution time.');
    expect(en).toContain('counts towards this escalation.');
  });
});

describe('the worked example', () => {
  it('states the lifecycle events and expectations in words, verified', () => {
    expect(nl).toContain('de Afnemer stuurt een bericht op');
    expect(nl).toContain('het incident krijgt de status „Nieuw” op');
    expect(nl).toContain('de prioriteit wordt Kritiek op');
    expect(nl).toContain('de vervolgreactietijd van incident T1 wordt gehaald');
    expect(nl).toContain('incident T1 is geëscaleerd tot stap 1');
    expect(en).toContain('the Customer sends a message on');
    expect(en).toContain('the Provider replies on');
    expect(en).toContain('the resolution time of incident T1 ends on');
    expect(en).toContain('4 hours of the update interval of incident T1 have been used');
    expect(en).not.toContain('could not be verified');
    expect(en).toContain('These outcomes have been recalculated');
  });
});
