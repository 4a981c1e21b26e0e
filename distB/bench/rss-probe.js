// Loaded with `node --import` into a process the benchmark starts: on exit, writes the process's
// peak resident set size (getrusage, in bytes) to the file named by SLAC_RSS_OUT.
import { writeFileSync } from 'node:fs';
const target = process.env['SLAC_RSS_OUT'];
if (target)
    process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
