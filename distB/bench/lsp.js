/**
 * Language-server latency. First: how long after an edit the diagnostics of a generated 2,000-line
 * document are ready. Two measurements:
 *  - in process: the language service's `validate` on the edited document (what the server runs
 *    when the debounce fires), with the incremental analysis and, for comparison, without it;
 *  - end to end: the real server process over stdio (debounce set to 0), from sending didChange
 *    to receiving publishDiagnostics for that version.
 * The edits type a new statement into a block one character at a time (broken states included)
 * and change numbers in place (clean states: the checker runs), at places spread over the file.
 * Target: p95 under 50 ms. Then, on a generated 5,000-line contract over stdio: the first hover
 * and the first inlay hints after opening it (each in a fresh server; target < 100 ms), and the
 * diagnostics latency of edits in a second document while hovers on the large one are running
 * (target p95 < 50 ms). Run with `npm run bench:lsp` or as part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../lsp/service/index.js';
import { generateSla } from './generate-sla.js';
import { mulberry32 as random } from './random.js';
const LINES = 2000;
const LARGE_LINES = 5000;
/** A sequence of single edits (in the order a user makes them) on `text`. */
export function editScript(text, count, seed = 1) {
    const next = random(seed);
    const edits = [];
    let doc = TextDocument.create('file:///bench.sla', 'slac', 0, text);
    const apply = (change) => {
        edits.push([change]);
        doc = TextDocument.update(doc, [change], doc.version + 1);
    };
    while (edits.length < count) {
        const lines = doc.getText().split('\n');
        if (next() < 0.5) {
            // Type a text statement at the end of a block line, character by character.
            const candidates = lines.map((l, i) => [l, i]).filter(([l]) => /^ {2}(step|below|availability) /.test(l));
            const [line, index] = candidates[Math.floor(next() * candidates.length)];
            const typed = `\n  text en "Added while benchmarking"`;
            let at = { line: index, character: line.length };
            for (const ch of typed) {
                if (edits.length >= count)
                    break;
                apply({ range: { start: at, end: at }, text: ch });
                at = ch === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 };
            }
        }
        else {
            // Change a percentage in place: `99.5%` → `99.6%`.
            const candidates = lines.map((l, i) => [l, i]).filter(([l]) => /at least 99\.\d%/.test(l));
            const [line, index] = candidates[Math.floor(next() * candidates.length)];
            const character = line.indexOf('99.') + 3;
            apply({
                range: { start: { line: index, character }, end: { line: index, character: character + 1 } },
                text: String(Math.floor(next() * 10)),
            });
        }
    }
    return edits;
}
function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function summary(times) {
    const sorted = [...times].sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (${times.length} edits)`;
}
function inProcess(text, edits, incremental) {
    const service = createLanguageService({ incremental });
    let doc = TextDocument.create('file:///bench.sla', 'slac', 0, text);
    service.validate(doc); // the open
    const times = [];
    for (const change of edits) {
        doc = TextDocument.update(doc, change, doc.version + 1);
        const start = performance.now();
        service.validate(doc);
        times.push(performance.now() - start);
    }
    return times;
}
async function endToEnd(text, edits) {
    const s = await serverProcess();
    if (typeof s === 'string')
        return s;
    const uri = 'file:///bench.sla';
    try {
        await s.open(uri, text);
        const times = [];
        let version = 0;
        for (const contentChanges of edits) {
            version++;
            const done = s.published(uri, version);
            const start = performance.now();
            await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
            await done;
            times.push(performance.now() - start);
        }
        return times;
    }
    finally {
        await s.stop();
    }
}
/** A server process over stdio, with waits for the diagnostics of a version. */
async function serverProcess() {
    const server = join(import.meta.dirname, '../lsp/server/main.js');
    if (!existsSync(server))
        return `skipped: ${server} is not built`;
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const waiting = new Map();
    connection.onNotification('textDocument/publishDiagnostics', (p) => {
        if (p.version !== undefined)
            waiting.get(`${p.uri}#${p.version}`)?.();
    });
    connection.listen();
    const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        initializationOptions: { debounceMs: 0, scenarios: { run: 'off' } },
    });
    await connection.sendNotification('initialized', {});
    const open = async (uri, text) => {
        const done = published(uri, 0);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'slac', version: 0, text } });
        await done;
    };
    const stop = async () => {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        connection.dispose();
        child.kill();
    };
    return { connection, published, open, stop };
}
async function timed(run) {
    const start = performance.now();
    await run();
    return performance.now() - start;
}
/** Changes the percentage of the availability line `line` of `text` (`99.5%` → `99.<digit>%`). */
function percentageEdit(text, line, digit) {
    const character = text.split('\n')[line].indexOf('99.') + 3;
    return { range: { start: { line, character }, end: { line, character: character + 1 } }, text: String(digit) };
}
/** First hover and first inlay hints on the large contract, and diagnostics while hovers run. */
async function largeContract(log) {
    const text = generateSla(LARGE_LINES);
    const lines = text.split('\n');
    const availability = lines
        .map((l, i) => [l, i])
        .filter(([l]) => l.includes('availability of service'))
        .map(([, i]) => i);
    const middle = availability[Math.floor(availability.length / 2)];
    const uri = 'file:///large.sla';
    log(`generated contract: ${lines.length} lines, ${availability.length} availability objectives`);
    const hoverAt = (line) => ({ textDocument: { uri }, position: { line, character: 4 } });
    const screen = { start: { line: Math.max(0, middle - 30), character: 0 }, end: { line: middle + 30, character: 0 } };
    // In process: a fresh service, the text analysed, then the request.
    const hoverService = createLanguageService();
    const doc = TextDocument.create(uri, 'slac', 0, text);
    hoverService.validate(doc);
    let start = performance.now();
    hoverService.hover(doc, hoverAt(middle).position);
    const hoverInProcess = performance.now() - start;
    const hintService = createLanguageService();
    hintService.validate(doc);
    start = performance.now();
    hintService.inlayHints(doc, screen);
    const hintsInProcess = performance.now() - start;
    log(`first hover in process (availability clause): ${hoverInProcess.toFixed(1)} ms; first inlay hints in process (60 lines): ${hintsInProcess.toFixed(1)} ms`);
    // Over stdio, each in a fresh server right after the diagnostics of the opened file.
    const first = async (request, idleMs = 0) => {
        const s = await serverProcess();
        if (typeof s === 'string')
            return s;
        try {
            await s.open(uri, text);
            if (idleMs > 0)
                await new Promise((r) => setTimeout(r, idleMs));
            return await timed(() => request(s));
        }
        finally {
            await s.stop();
        }
    };
    const hover = () => (s) => s.connection.sendRequest('textDocument/hover', hoverAt(middle));
    const hints = (range) => (s) => s.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range });
    const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
    const ms = (x) => (typeof x === 'string' ? x : `${x.toFixed(1)} ms`);
    // Right after the diagnostics of the opened file, the process is cold: the first zone offsets
    // and public holidays it ever computes load luxon's and date-holidays' data. Once the server has
    // been idle (it computes the facts of the inlay hints then), a hover finds them loaded.
    log(`first hover over stdio, right after the diagnostics: ${ms(await first(hover()))}; after 2 s idle: ${ms(await first(hover(), 2000))} (target < 100 ms)`);
    log(`first inlay hints over stdio, 60 visible lines, right after the diagnostics: ${ms(await first(hints(screen)))}; after 2 s idle: ${ms(await first(hints(screen), 2000))} (target < 100 ms)`);
    log(`first inlay hints over stdio, whole file, right after the diagnostics: ${ms(await first(hints(whole)))}`);
    // Diagnostics of a second document while hovers on the large one run: each round edits the
    // large contract (a new version, so nothing of the last hover is reused), asks for a hover on a
    // fresh objective, and 2 ms later edits the other document.
    const s = await serverProcess();
    if (typeof s === 'string')
        return log(`diagnostics while hovering: ${s}`);
    try {
        const other = 'file:///other.sla';
        const otherText = generateSla(LINES);
        await s.open(uri, text);
        await s.open(other, otherText);
        const otherLines = otherText
            .split('\n')
            .map((l, i) => [l, i])
            .filter(([l]) => l.includes('at least 99.'))
            .map(([, i]) => i);
        const next = random(7);
        const latencies = [];
        const hoverTimes = [];
        const baseline = [];
        let large = text;
        let otherDoc = otherText;
        for (let round = 1; round <= 60; round++) {
            const line = availability[Math.floor(next() * availability.length)];
            const edit = percentageEdit(large, line, Math.floor(next() * 10));
            large = TextDocument.applyEdits(TextDocument.create(uri, 'slac', 0, large), [{ range: edit.range, newText: edit.text }]);
            const analysed = s.published(uri, round);
            await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: round }, contentChanges: [edit] });
            await analysed;
            // Odd rounds hover meanwhile; even rounds are the baseline on the same machine, same moment.
            const hoverStart = performance.now();
            const hovering = round % 2 === 1
                ? s.connection
                    .sendRequest('textDocument/hover', hoverAt(availability[Math.floor(next() * availability.length)]))
                    .then(() => hoverTimes.push(performance.now() - hoverStart))
                : Promise.resolve();
            await new Promise((r) => setTimeout(r, 2));
            const otherEdit = percentageEdit(otherDoc, otherLines[Math.floor(next() * otherLines.length)], Math.floor(next() * 10));
            otherDoc = TextDocument.applyEdits(TextDocument.create(other, 'slac', 0, otherDoc), [
                { range: otherEdit.range, newText: otherEdit.text },
            ]);
            const published = s.published(other, round);
            const editStart = performance.now();
            await s.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri: other, version: round },
                contentChanges: [otherEdit],
            });
            await published;
            (round % 2 === 1 ? latencies : baseline).push(performance.now() - editStart);
            await hovering;
        }
        log(`hovers meanwhile: ${summary(hoverTimes).replace('edits', 'hovers')}`);
        log(`diagnostics while a hover is running: ${summary(latencies)} (target p95 < 50 ms); without a hover: ${summary(baseline)}`);
    }
    finally {
        await s.stop();
    }
}
export async function benchLsp(log) {
    const text = generateSla(LINES);
    const edits = editScript(text, 300);
    log(`generated document: ${text.split('\n').length} lines, ${edits.length} edits (typing a statement, changing numbers)`);
    inProcess(text, edits.slice(0, 30), true); // warm up the JIT
    log(`diagnostics in process, incremental: ${summary(inProcess(text, edits, true))}`);
    log(`diagnostics in process, full analyze: ${summary(inProcess(text, edits.slice(0, 100), false))}`);
    const e2e = await endToEnd(text, edits);
    log(typeof e2e === 'string' ? `diagnostics end to end: ${e2e}` : `diagnostics end to end over stdio (debounce 0): ${summary(e2e)}`);
    log('target: p95 < 50 ms (the server waits 150 ms after the last keystroke before it starts)');
    await largeContract(log);
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    await benchLsp((line) => console.log(line));
}
