/** Generates a large, valid contract: the agreement once, then numbered copies of every kind of declaration. */
export function generateSla(targetLines) {
    const head = `agreement "Generated" {
  provider "Provider B.V."
  customer "Customer B.V."
  term 2026-01-01 to 2027-12-31
  monthly fee EUR 100000
  languages nl, en
  timezone Europe/Amsterdam
}
`;
    const chunk = (i) => `
calendar office${i} nl "Kantooruren ${i}" en "Office hours ${i}" {
  timezone Europe/Amsterdam
  monday to friday 08:00 to 18:00
  saturday 09:00 to 12:00 and 13:00 to 17:00
  closed on public holidays NL
  closed on 2026-12-24, 2026-12-31
}

service S${i} nl "Dienst ${i}" en "Service ${i}" {
  text nl "Beschrijving van dienst ${i}." en "Description of service ${i}."
}

priority Q${i} nl "Prioriteit ${i}" en "Priority ${i}"

objective up${i} nl "Beschikbaarheid ${i}" en "Availability ${i}" {
  availability of service S${i} at least 99.5% per month on office${i}
  excluding maintenance announced 5 working days ahead, at most 8 hours per month
  excluding force majeure
}

credits for up${i} {
  below 99.5% credit 5% of monthly fee
  below 99.0% credit 10% of monthly fee
  at most 20% of monthly fee per month
}

escalation esc${i} {
  calendar office${i}
  for Q${i}
  step 1 nl "Servicemanagers" en "Service managers" after 5 working days
  step 2 nl "Directie" en "Directors" after 10 working days
}
`;
    let out = head;
    let lines = head.split('\n').length;
    const chunkLines = chunk(0).split('\n').length - 1;
    let i = 0;
    const targets = [];
    // Each chunk also adds two target lines to the closing targets block.
    while (lines + 4 < targetLines) {
        out += chunk(i);
        lines += chunkLines + 2;
        targets.push(`  response Q${i} within 1 hours on office${i}`, `  resolution Q${i} within 8 hours on office${i}`);
        i++;
    }
    return `${out}\ntargets {\n${targets.join('\n')}\n}\n`;
}
