/**
 * The entry of the start-up snapshot (scripts/snapshot.mjs builds it with
 * `node --build-snapshot`): the checker with its parser already built (chevrotain's grammar
 * analysis is most of `slac check`'s start-up), restored by cli/bin.ts for a plain `slac check`.
 * Bundled as one CommonJS script: a snapshot may load Node's own modules only.
 */
import { startupSnapshot } from 'node:v8';
import { analyze } from '../compiler/analyze.js';
import { isValidZone } from '../compiler/passes/check-calendars.js';
import { check } from './commands/check.js';
import { processIo } from './io.js';
import { mayHoldUnderpinning } from './underpinning.js';
import { plainCheck } from './plain-check.js';
// Checking a whole contract once builds the parser and every lazily built table into the snapshot;
// asking ICU about every zone it knows fills the zone cache, so a check never waits for ICU's
// time-zone data (the snapshot only fits the Node, and so the ICU, that built it).
analyze(SLAC_SNAPSHOT_WARM_UP, { model: false });
for (const zone of Intl.supportedValuesOf('timeZone'))
    isValidZone(zone);
startupSnapshot.setDeserializeMainFunction(() => {
    // Restored: argv is [node, ...arguments]; cli/bin.ts passes only plain checks of files without an
    // underpinning block (its check, with the holiday rules, is left out of the snapshot).
    const args = plainCheck(process.argv.slice(1));
    if (!args || mayHoldUnderpinning(args.files)) {
        process.stderr.write('slac: the start-up snapshot answers plain `slac check` of files without an underpinning block only\n');
        process.exitCode = 2;
        return;
    }
    process.exitCode = check(processIo(), args.files, args.format);
});
