/** The fuzzer's worker thread: checks mutants sent by main.ts, so a hang can be cut off. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkMutant, type Part } from './check.js';

export interface Job {
  id: number;
  base: string;
  text: string;
  positions: number[];
  part: Part | null;
}

// Load every module and compile the templates before the first timed job.
checkMutant(workerData as string, workerData as string, [0]);
parentPort!.postMessage('ready');

parentPort!.on('message', (job: Job) => {
  const start = performance.now();
  const failures = checkMutant(job.base, job.text, job.positions, job.part);
  parentPort!.postMessage({ id: job.id, failures, ms: performance.now() - start });
});
