/** Front-end speed: `analyze` (lex, parse, build AST, check, lower) against lexing alone, in one process. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../compiler/analyze.js';
import { slacLexer } from '../grammar/tokens.js';
import { generateSla } from './generate-sla.js';
function timeMs(run, repeat) {
    run(); // warm up: JIT and chevrotain's lookahead caches
    const start = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++)
        run();
    return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}
export async function benchCheck(log) {
    const root = join(import.meta.dirname, '../..');
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.sla'));
    const largest = examples
        .map((f) => ({ f, text: readFileSync(join(root, 'examples', f), 'utf8') }))
        .sort((a, b) => b.text.length - a.text.length)[0];
    const generated = generateSla(10_000);
    for (const [name, text] of [
        [`largest example (${largest?.f ?? 'none'})`, largest?.text ?? ''],
        ['generated 10,000-line file', generated],
        // Hostile input from the fuzzer (issue 8): once quadratic, now linear in the input.
        ['40,000 invalid characters on one line', '\\` '.repeat(40_000)],
        ['5,000 broken lines', Array.from({ length: 5000 }, (_, k) => `service s${k} met`).join('\n')],
    ]) {
        const lines = text.split('\n').length;
        const problems = analyze(text).counts.errors;
        const lex = timeMs(() => slacLexer.tokenize(text), 5);
        const full = timeMs(() => analyze(text), 5);
        log(`${name}: ${lines} lines, check ${full.toFixed(1)} ms (lexing alone ${lex.toFixed(1)} ms, check/lex = ${(full / lex).toFixed(1)}×), ${problems} errors`);
    }
}
