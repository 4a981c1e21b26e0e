// Writes runtime/holiday-sets.json, the country and subdivision codes date-holidays has public
// holidays for: `node scripts/holiday-sets.mjs` after upgrading date-holidays (a test fails until
// then). The checker reads this small table instead of date-holidays' 800 KB of holiday rules.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';

const engine = new Holidays();
const table = {};
for (const country of Object.keys(engine.getCountries()).sort()) {
  table[country] = Object.keys(engine.getStates(country) ?? {}).sort();
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'runtime', 'holiday-sets.json');
const lines = Object.entries(table).map(([country, regions]) => `  ${JSON.stringify(country)}: ${JSON.stringify(regions)}`);
writeFileSync(target, `{\n${lines.join(',\n')}\n}\n`);
console.log(`wrote ${target} (${Object.keys(table).length} countries)`);
