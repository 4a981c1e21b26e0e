import { cycleEvents, nouns, verbs } from '../measures.js';
import { closest } from '../../diagnostics/suggest.js';
const measureKinds = ['Availability', 'Share', 'Quality', 'TimeStat'];
export function measureOf(objective) {
    return objective.body.find((s) => measureKinds.includes(s.kind));
}
function replaceFix(ident, suggestion) {
    return suggestion ? { fix: { title: `Change to '${suggestion}'`, edits: [{ range: ident.range, newText: suggestion }] } } : {};
}
/** Reports a channel or verb slac cannot measure; the event measured when both are known. */
export function checkMeasureWords(ctx, nounIdent, verbIdent) {
    const noun = nouns[nounIdent.name];
    if (!noun) {
        const suggestion = closest(nounIdent.name, Object.keys(nouns));
        ctx.report('unknown-measure', nounIdent.range, `slac cannot count '${nounIdent.name}'${suggestion ? `; did you mean '${suggestion}'?` : ` (use one of: ${Object.keys(nouns).join(', ')})`}`, replaceFix(nounIdent, suggestion));
        return undefined;
    }
    const known = verbs[noun.source];
    const event = known[verbIdent.name];
    if (!event) {
        const suggestion = closest(verbIdent.name, Object.keys(known));
        ctx.report('unknown-measure', verbIdent.range, `${nounIdent.name} can be ${Object.keys(known).join(', ')}, not '${verbIdent.name}'`, replaceFix(verbIdent, suggestion));
    }
    return event;
}
function checkShare(ctx, share) {
    const event = checkMeasureWords(ctx, share.noun, share.verb);
    if (!event)
        return;
    if (event === 'abandoned' && share.within)
        ctx.report('misplaced-clause', share.within.range, 'abandoned contacts are counted without a time limit: remove `within …`');
    if (cycleEvents[event]) {
        // A next reply is owed per customer message, an update per interval: each against the tier's own target.
        if (share.within)
            ctx.report('misplaced-clause', share.within.range, `${share.noun.name} ${share.verb.name} are measured against the ${cycleEvents[event].replace('-', ' ')} target of their priority: write \`on time\` instead of \`within …\``);
        else if (!share.onTime)
            ctx.report('missing-clause', share.verb.range, `say \`on time\`: ${share.noun.name} ${share.verb.name} are measured against the ${cycleEvents[event].replace('-', ' ')} target of their priority`);
        return;
    }
    if (event !== 'abandoned' && !share.within && !share.onTime)
        ctx.report('missing-clause', share.verb.range, `say within what time ${share.noun.name} must be ${share.verb.name}, e.g. \`within 30 seconds\``);
}
export function checkObjectives(ctx) {
    for (const objective of ctx.declarations('Objective')) {
        const measures = objective.body.filter((s) => measureKinds.includes(s.kind));
        if (measures.length === 0) {
            ctx.report('missing-clause', objective.name.range, `objective '${objective.name.name}' measures nothing: add a line such as \`availability of service X at least 99.9% per month\``);
        }
        for (const extra of measures.slice(1)) {
            ctx.report('duplicate-clause', extra.range, `objective '${objective.name.name}' already has a measure; declare a separate objective for this one`, {
                related: [{ message: 'the first measure', range: measures[0].range }],
            });
        }
        const measure = measures[0];
        for (const s of objective.body) {
            if (s.kind !== 'Exclusion')
                continue;
            // Which exclusions fit which measure: check-exclusions.ts.
            if (measure?.kind === 'Availability' &&
                s.notice?.kind === 'Duration' &&
                (s.notice.clock === 'working' || s.notice.clock === 'business') &&
                !measure.calendar &&
                !s.noticeCalendar) {
                ctx.report('calendar-required', s.notice.range, 'a notice in working days is counted on a calendar: add `on <calendar>` after `ahead`, or to the availability line');
            }
        }
        const kinds = objective.body.filter((s) => s.kind === 'Exclusion');
        const seen = new Map();
        for (const e of kinds) {
            const first = seen.get(e.exclusion);
            if (first)
                ctx.report('duplicate-clause', e.range, `the ${e.exclusion.replace('-', ' ')} exclusion is given twice`, {
                    related: [{ message: 'first given here', range: first.range }],
                });
            else
                seen.set(e.exclusion, e);
        }
        if (measure?.kind === 'Share')
            checkShare(ctx, measure);
    }
}
