#!/usr/bin/env node
/**
 * The published `slac` command (package.json `bin`, bundled to dist/bin/slac.mjs). A plain
 * `slac check` (of files without an underpinning block) runs in a child restored from the start-up snapshot built for this very Node
 * (dist/bin/check-<version>-<arch>.blob, see scripts/snapshot.mjs): ~2.8× a bare `node -e 0`
 * with both processes, instead of ~3.4× in one. Every other command (the language server and
 * `serve` must stay the process the editor or user started), and a check without a snapshot for
 * this Node, runs the command line in this process (cli/main.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plainCheck } from './plain-check.js';
import { mayHoldUnderpinning } from './underpinning.js';
/** Node's exit code when a snapshot does not match the running binary or its V8 flags. */
const SNAPSHOT_MISMATCH = 14;
function fromSnapshot(argv) {
    const plain = plainCheck(argv);
    if (!plain || mayHoldUnderpinning(plain.files))
        return null;
    const blob = fileURLToPath(new URL(`./check-${process.version}-${process.arch}.blob`, import.meta.url));
    if (!existsSync(blob))
        return null;
    const r = spawnSync(process.execPath, ['--snapshot-blob', blob, ...argv], { stdio: 'inherit' });
    if (r.error || r.status === SNAPSHOT_MISMATCH)
        return null;
    if (r.signal)
        process.kill(process.pid, r.signal);
    return r.status ?? 1;
}
const argv = process.argv.slice(2);
const code = fromSnapshot(argv);
if (code !== null)
    process.exitCode = code;
else
    await (await import('./main.js')).main(argv);
