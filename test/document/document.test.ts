/** The document's wording rules: Dutch terms, definitions only for terms in use, missing texts, escaping, hover sentences. */
import { describe, expect, it } from 'vitest';
import { describeClause, renderDocument } from '../../compiler/document/index.js';
import { contract, modelOf } from './helpers.js';

const full = contract(`
priority P1 nl "Kritiek" en "Critical" { text nl "Volledige uitval" en "Complete outage" }
priority P2 nl "Hoog" en "High"

tier Gold "Gold" {
  response P1 within 15 minutes on always
  resolution P1 within 4 business hours on office
  response P2 within 2 working days on office
  resolution P2 within 5 working days on office
  paused while waiting for customer
}

objective uptime nl "Beschikbaarheid platform" en "Platform availability" {
  availability of service platform at least 99.9% per month on always
  excluding maintenance announced 5 working days ahead, at most 8 hours per month
  excluding force majeure
}

objective phone nl "Telefonische bereikbaarheid" en "Telephone reachability" {
  80% of calls answered within 30 seconds per month on office
}

credits for uptime {
  below 99.9% credit 5% of monthly fee
  below 99% credit 10% of monthly fee
  at most 30% of monthly fee per month
  sole remedy
}

escalation contract nl "Contractescalatie" en "Contract escalation" {
  counted from breach
  step 1 nl "Servicemanagers" en "Service managers" after 5 working days on office
}
`);

describe('Dutch document', () => {
  const model = modelOf(full);
  const md = renderDocument(model, { lang: 'nl', format: 'md' });

  it('uses Dutch contract terms, not translated English', () => {
    for (const term of [
      'dienstverlener',
      'afnemer',
      'beschikbaarheid',
      'reactietijd',
      'oplostijd',
      'servicecredit',
      'werkdagen',
      'servicevenster',
      'overmacht',
      'escalatie',
      'gepland onderhoud',
      'meetperiode',
    ]) {
      expect(md.toLowerCase()).toContain(term);
    }
    expect(md).not.toMatch(/\b(?:provider|customer|availability|response time|working days|business hours)\b/i);
  });

  it('formats values the Dutch way', () => {
    expect(md).toContain('| Vergoeding | € 12.500,00 per maand |'.replace(' 12', '\u00a012'));
    expect(md).toContain('1 januari 2026 tot en met 31 december 2026');
    expect(md).toContain('99,9%');
    expect(md).toContain('| Kritiek | 15 minuten (binnen het servicevenster 24/7) | 4 uur (binnen het servicevenster Kantooruren) |');
    expect(md).toContain('2 werkdagen (binnen het servicevenster Kantooruren)');
    expect(md).toContain('maandag t/m vrijdag 09:00–17:00');
    expect(md).toContain('5% van de maandelijkse vergoeding (€\u00a0625,00)');
    expect(md).toContain('gepland onderhoud dat ten minste 5 werkdagen vooraf is aangekondigd, tot ten hoogste 8 uur per kalendermaand');
    expect(md).toContain('behoudens opzet of bewuste roekeloosheid van de Dienstverlener of zijn leidinggevenden');
  });

  it('defines the terms the contract uses, and only those', () => {
    const definitions = md.slice(md.indexOf('## Artikel 1'), md.indexOf('## Artikel 2'));
    for (const term of [
      'Servicevenster',
      'Werkdag',
      'Reactietijd',
      'Oplostijd',
      'Beschikbaarheid',
      'Downtime',
      'Gemiddelde maand',
      'Overmacht',
      'Gepland onderhoud',
      'Servicecredit',
      'Escalatie',
      'Feestdagen',
    ]) {
      expect(definitions).toContain(`**${term}**`);
    }
    for (const term of ['Kalenderdag', 'Bonus', 'Acceptatieperiode']) expect(definitions).not.toContain(`**${term}**`);
    const bare = renderDocument(modelOf(contract('')), { lang: 'nl', format: 'md' });
    const bareDefinitions = bare.slice(bare.indexOf('## Artikel 1'), bare.indexOf('## Artikel 2'));
    for (const term of ['Werkdag', 'Reactietijd', 'Beschikbaarheid', 'Servicecredit', 'Escalatie', 'Norm (SLO)']) {
      expect(bareDefinitions).not.toContain(`**${term}**`);
    }
    // The parties are defined once, in the heading.
    expect(bare).toContain('hierna: „Afnemer”');
  });

  it('keeps empty articles with "Niet van toepassing"', () => {
    expect(md).toMatch(/## Artikel 12 Bonusregeling\n\nNiet van toepassing\./);
    expect(md).toMatch(/## Artikel 13 Aanloopperiode\n\nNiet van toepassing\./);
  });
});

describe('a text missing in the document language', () => {
  const model = modelOf(contract('exclusions {\n  text en "Restoring files deleted by users"\n}\npriority P1 nl "Kritiek"'));

  it('shows a visible marker, never the other language', () => {
    const nl = renderDocument(model, { lang: 'nl', format: 'md' });
    expect(nl).toContain('a. **\\[ontbreekt: Nederlandse tekst\\]**');
    expect(nl).not.toContain('Restoring files');
    const en = renderDocument(model, { lang: 'en', format: 'html' });
    expect(en).toContain('<mark class="missing">[missing: English text]</mark>');
    expect(en).toContain('Restoring files deleted by users');
    // The priority title exists only in Dutch: the English document marks it too.
    expect(en).not.toContain('Kritiek');
  });
});

describe('escaping', () => {
  const hostile = `<script>alert("x")</script> & "Co" {{evil}} *bold* _it_ [link](http://x) # | pipe`;
  const sla = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const model = modelOf(
    contract(
      `exclusions {\n  text nl "${sla(hostile)}" en "${sla(hostile)}"\n}\npriority P1 nl "${sla('<b>P1</b> & {{x}}')}" en "${sla('<b>P1</b> & {{x}}')}"`,
    ).replace('provider "Leverancier B.V."', `provider "${sla(hostile)}"`),
  );

  it('HTML: every string from the .sla file is escaped', () => {
    for (const lang of ['nl', 'en'] as const) {
      const html = renderDocument(model, { lang, format: 'html' });
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>P1</b>');
      expect(html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot; {{evil}} *bold* _it_ [link](http://x) # | pipe',
      );
      expect(html).toContain('&lt;b&gt;P1&lt;/b&gt; &amp; {{x}}');
      expect(html).toContain(`<title>`);
    }
  });

  it('Markdown: metacharacters in user text are backslash-escaped', () => {
    const md = renderDocument(model, { lang: 'nl', format: 'md' });
    expect(md).not.toContain('<script>');
    expect(md).toContain(
      '\\<script\\>alert("x")\\</script\\> \\& "Co" \\{\\{evil\\}\\} \\*bold\\* \\_it\\_ \\[link\\](http://x) \\# \\| pipe',
    );
    // A table row keeps its cells: the pipe in the priority title is escaped.
    expect(md).toContain('| \\<b\\>P1\\</b\\> \\& \\{\\{x\\}\\} |');
  });

  it('plain text (hover) keeps the text as written', () => {
    expect(describeClause(model, { kind: 'priority', name: 'P1' }, 'nl')).toBe('Prioriteit <b>P1</b> & {{x}}.');
  });
});

describe('describeClause', () => {
  const model = modelOf(full);

  it('gives the sentence as it reads in the contract', () => {
    expect(describeClause(model, { kind: 'target', name: 'Gold', priority: 'P1', target: 'resolution' }, 'nl')).toBe(
      'Oplostijd bij prioriteit Kritiek in serviceniveau Gold: 4 uur (binnen het servicevenster Kantooruren).',
    );
    expect(describeClause(model, { kind: 'target', name: 'Gold', priority: 'P1', target: 'response' }, 'en')).toBe(
      'Response time for priority Critical in the Gold service tier: 15 minutes (within the service window 24/7).',
    );
    expect(describeClause(model, { kind: 'objective', name: 'uptime' }, 'nl')).toBe(
      'Beschikbaarheid platform. De beschikbaarheid van de dienst Platform bedraagt ten minste 99,9%, gemeten per kalendermaand binnen het servicevenster 24/7. Dat komt neer op ten hoogste 43 minuten en 50 seconden downtime in een gemiddelde maand.',
    );
    expect(describeClause(model, { kind: 'objective', name: 'phone' }, 'en')).toBe(
      'Telephone reachability. At least 80% of calls are answered within 30 seconds, measured per calendar month within the service window Office hours.',
    );
    expect(describeClause(model, { kind: 'calendar', name: 'office' }, 'nl')).toBe(
      'Servicevenster Kantooruren: maandag t/m vrijdag 09:00–17:00; gesloten op de feestdagen in Nederland (bijlage A); tijdzone Europe/Amsterdam.',
    );
    expect(describeClause(model, { kind: 'credits', name: 'uptime' }, 'nl')).toBe(
      'Servicecredit bij de norm Beschikbaarheid platform: lager dan 99,9%: 5% van de maandelijkse vergoeding (€\u00a0625,00); lager dan 99%: 10% van de maandelijkse vergoeding (€\u00a01.250,00); samen ten hoogste 30% van de maandelijkse vergoeding (€\u00a03.750,00) per kalendermaand.',
    );
    expect(describeClause(model, { kind: 'priority', name: 'P1' }, 'en')).toBe('Priority Critical: Complete outage');
    expect(describeClause(model, { kind: 'service', name: 'platform' }, 'nl')).toBe('Dienst Platform.');
    expect(describeClause(model, { kind: 'tier', name: 'Gold' }, 'en')).toBe(
      'Service tier Gold: priority Critical: response time 15 minutes (within the service window 24/7), resolution time 4 hours (within the service window Office hours); priority High: response time 2 working days (within the service window Office hours), resolution time 5 working days (within the service window Office hours).',
    );
    expect(describeClause(model, { kind: 'escalation', name: 'contract' }, 'nl')).toMatch(
      /^Contractescalatie\. Deze escalatieprocedure geldt ongeacht de prioriteit\. .* stap 1: Servicemanagers, na 5 werkdagen \(binnen het servicevenster Kantooruren\)\.$/,
    );
  });

  it('returns an empty string for a clause the contract does not have', () => {
    expect(describeClause(model, { kind: 'objective', name: 'nope' }, 'nl')).toBe('');
    expect(describeClause(model, { kind: 'target', name: 'Silver', priority: 'P2', target: 'resolution' }, 'nl')).toBe('');
    expect(describeClause(model, { kind: 'target', name: 'Gold', priority: 'P9', target: 'resolution' }, 'nl')).toBe('');
  });
});

describe('printed HTML: what a line must not split', () => {
  const model = modelOf(
    full.replace('after 5 working days on office', 'after 5 working days on office contact "service-management@leverancier-groep.nl"'),
  );
  const html = renderDocument(model, { lang: 'nl', format: 'html' });

  it('breaks a long e-mail address in a narrow column only after the @', () => {
    expect(html).toContain('<span class="nowrap">service-management@</span><wbr><span class="nowrap">leverancier-groep.nl</span>');
  });

  it('keeps the words of a short quoted name together', () => {
    expect(html).toContain('de trap <span class="nowrap">„lager dan”</span> een grenswaarde');
    expect(html).toContain('hierna: „Dienstverlener”');
  });

  it('gives every clause an id of its own: 11.1 is clause-11-1, never the same as 1.11', () => {
    expect(html).toContain('<div class="clause" id="clause-11-1">');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('printed HTML: the page title', () => {
  it('stays plain text when the title quotes a name or holds an address', () => {
    const model = modelOf(contract('').replace('nl "Testovereenkomst"', 'nl "Overeenkomst „Servicedesk Noord” via sla@noord.nl"'));
    const html = renderDocument(model, { lang: 'nl', format: 'html' });
    expect(html).toContain('<title>Overeenkomst „Servicedesk Noord” via sla@noord.nl</title>');
    expect(html).toContain(
      '<h1>Overeenkomst <span class="nowrap">„Servicedesk Noord”</span> via <span class="nowrap">sla@</span><wbr><span class="nowrap">noord.nl</span></h1>',
    );
  });
});
