/** The fuzzer's worker thread: checks mutants sent by main.ts, so a hang can be cut off. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkMutant } from './check.js';
// Load every module and compile the templates before the first timed job.
checkMutant(workerData, workerData, [0]);
parentPort.postMessage('ready');
parentPort.on('message', (job) => {
    const start = performance.now();
    const failures = checkMutant(job.base, job.text, job.positions, job.part);
    parentPort.postMessage({ id: job.id, failures, ms: performance.now() - start });
});
