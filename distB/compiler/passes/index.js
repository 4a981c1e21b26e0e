import { CheckContext } from './context.js';
import { reportDuplicateNames } from './report-duplicate-names.js';
import { reportUnknownReferences } from './report-unknown-references.js';
import { checkAgreement } from './check-agreement.js';
import { checkDates } from './check-dates.js';
import { checkCalendars } from './check-calendars.js';
import { checkUnits } from './check-units.js';
import { checkNumbers } from './check-numbers.js';
import { checkHorizon } from './check-horizon.js';
import { checkMatrix } from './check-matrix.js';
import { checkTargets } from './check-targets.js';
import { checkObjectives } from './check-objectives.js';
import { checkLadders } from './check-ladders.js';
import { checkEscalations } from './check-escalations.js';
import { checkTexts } from './check-texts.js';
import { checkScenarios } from './check-scenarios.js';
import { checkIncidentExpectations } from './check-incident-expectations.js';
import { checkStatuses } from './check-statuses.js';
import { checkDurationUnits } from './check-duration-units.js';
import { checkClockClauses } from './check-clock-clauses.js';
import { checkLegal } from './check-legal.js';
import { reportNormsWithoutConsequence } from './report-norms-without-consequence.js';
import { checkKpiWording } from './check-kpi-wording.js';
import { checkTextReferences } from './check-text-references.js';
import { checkPartyNames } from './check-party-names.js';
import { checkRemedyText } from './check-remedy-text.js';
import { reportUnplacedTexts } from './report-unplaced-texts.js';
import { checkConditionsPass } from './check-conditions.js';
import { checkTimeStats } from './check-time-stats.js';
import { checkSpecialHours } from './check-special-hours.js';
import { checkExclusions } from './check-exclusions.js';
import { checkUnderpinningBlock } from './check-underpinning-block.js';
export const checkPasses = [
    reportDuplicateNames,
    reportUnknownReferences,
    checkAgreement,
    checkDates,
    checkCalendars,
    checkNumbers,
    checkSpecialHours,
    checkUnits,
    checkHorizon,
    checkMatrix,
    checkTargets,
    checkObjectives,
    checkConditionsPass,
    checkExclusions,
    checkTimeStats,
    checkLadders,
    checkEscalations,
    checkUnderpinningBlock,
    checkTexts,
    checkScenarios,
    checkIncidentExpectations,
    checkStatuses,
    checkDurationUnits,
    checkClockClauses,
    checkLegal,
    checkKpiWording,
    checkTextReferences,
    checkPartyNames,
    checkRemedyText,
    reportUnplacedTexts,
];
/** Completeness, judged only on a contract without errors (an error usually explains the gap). */
export const completenessPasses = [reportNormsWithoutConsequence];
/** `syntaxErrors`: the parser found errors already; the contract is then not judged complete either. */
export function runChecks(document, diagnostics, syntaxErrors = false) {
    const ctx = new CheckContext(document, diagnostics);
    for (const pass of checkPasses)
        pass(ctx);
    if (syntaxErrors || diagnostics.some((d) => d.severity === 'error'))
        return;
    for (const pass of completenessPasses)
        pass(ctx);
}
