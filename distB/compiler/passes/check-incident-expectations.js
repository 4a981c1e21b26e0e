import { consequenceWords } from '../format-legal.js';
import { clockNames } from '../format-lifecycle.js';
import { instant } from './check-scenarios.js';
export function checkIncidentExpectations(ctx) {
    const ticketBands = ctx
        .declarations('TicketCredits')
        .flatMap((d) => d.body.filter((s) => s.kind === 'TicketBand'));
    const outageCredits = new Set(ctx.declarations('OutageCredits').map((d) => d.objective.name));
    const rules = ctx.declarations('Legal').flatMap((d) => d.body.filter((s) => s.kind === 'ImprovementPlan' || s.kind === 'Termination'));
    const objectives = new Set(ctx.declarations('Objective').map((d) => d.name.name));
    for (const scenario of ctx.declarations('Scenario')) {
        for (const s of scenario.body) {
            if (s.kind === 'ExpectTicketCredit' && !ticketBands.some((b) => b.target === s.target)) {
                const clock = clockNames[s.target];
                const priority = scenario.body.find((t) => t.kind === 'Ticket' && t.id.name === s.ticket.name)?.priority.name || 'P1';
                ctx.report('missing-clause', s.range, `no credit per ticket is agreed for the ${clock} time: add \`credits per ticket { ${clock} ${priority} credit EUR 100 }\` or expect another clock`);
            }
            else if (s.kind === 'ExpectOutageCredit' && objectives.has(s.objective.name) && !outageCredits.has(s.objective.name)) {
                ctx.report('missing-clause', s.objective.range, `'${s.objective.name}' has no credits per outage: add \`credits per outage for ${s.objective.name} { at least 30 minutes credit 5% of monthly fee }\``);
            }
            else if (s.kind === 'ExpectOutageCredit' &&
                !scenario.body.some((o) => o.kind === 'Outage' && instant(o.from) <= instant(s.from) && instant(s.from) < instant(o.to))) {
                ctx.report('unknown-reference', s.from.range, `no outage of this scenario is under way at ${instant(s.from)}: name an instant from an \`outage of …\` line above`);
            }
            else if (s.kind === 'ExpectBreachRule' && objectives.has(s.objective.name)) {
                const kind = s.consequence === 'termination' ? 'Termination' : 'ImprovementPlan';
                if (!rules.some((r) => r.kind === kind && r.norms.some((n) => n.name === s.objective.name))) {
                    const words = consequenceWords[s.consequence];
                    ctx.report('missing-clause', s.objective.range, `no ${words} rule names '${s.objective.name}': add it to a \`${words} for …\` line in the \`legal\` block`);
                }
            }
        }
    }
}
