/**
 * `slac diff <old.sla> <new.sla>`: the semantic change list of two contract versions (compiler/diff),
 * as text by article or as JSON; with --data, what the change would have cost on that data; with
 * --render, the redline document (diff-render.ts). Exit 0: equal (no output), 1: different,
 * 2: an error (a contract with errors, an unreadable file, a usage error).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { documentHeadings } from '../../compiler/document/index.js';
import { affected, breachCounter, costOf, describeCost } from '../../compiler/diff/cost.js';
import { describeChange, diffContracts, placeKey } from '../../compiler/diff/index.js';
import { word } from '../../compiler/diff/words.js';
import { formatOfPath, kindOfPath } from '../../runtime/data/read.js';
import { visible } from '../../runtime/escape.js';
import { loadContract } from '../contract.js';
import { dataOptions, evaluateModel } from '../evaluation.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError } from '../io.js';
export const DIFF_FORMAT = 'slac-diff/1';
/** `--data` entries; a folder stands for the data files in it (tickets*, contacts*, outages*, measurements*). */
function dataFiles(specs) {
    return specs.flatMap((spec) => {
        let isDir = false;
        try {
            isDir = statSync(spec).isDirectory();
        }
        catch {
            return [spec]; // reported when it is read
        }
        if (!isDir)
            return [spec];
        const files = readdirSync(spec)
            .filter((f) => kindOfPath(f) !== null && formatOfPath(f) !== null)
            .sort()
            .map((f) => join(spec, f));
        if (files.length === 0)
            throw new UsageError(`error: '${spec}' holds no data files (tickets*, contacts*, outages*, measurements* as .json, .ndjson or .csv)`);
        return files;
    });
}
export async function diff(io, oldFile, newFile, opts) {
    if (opts.render) {
        const format = opts.format === 'docx' ? 'docx' : 'html';
        const { renderRedline } = await import('./diff-render.js');
        return renderRedline(io, oldFile, newFile, { lang: opts.lang, format, ...(opts.output ? { output: opts.output } : {}) });
    }
    if (opts.format === 'html' || opts.format === 'docx')
        throw new UsageError(`error: --format ${opts.format} is the redline document: add --render (the change list is --format text or json)`);
    const data = opts.data ? dataOptions({ ...opts, data: dataFiles(opts.data) }) : null;
    const before = loadContract(io, oldFile);
    const after = loadContract(io, newFile);
    // A contract with errors cannot be compared: that is an error of the diff (2), not a difference.
    if (!before.model || !after.model)
        return EXIT_USAGE;
    const changes = diffContracts(before.model, after.model);
    if (changes.length === 0)
        return EXIT_OK;
    let cost = null;
    if (data) {
        const outcomes = [];
        for (const [model, file] of [
            [before.model, oldFile],
            [after.model, newFile],
        ]) {
            const breaches = new Map();
            const { report, exit } = await evaluateModel(io, model, file, data, { onTicket: breachCounter(breaches) });
            if (!report)
                return exit === EXIT_ERRORS ? EXIT_USAGE : exit;
            outcomes.push({ report, breaches });
        }
        cost = costOf(outcomes[0], outcomes[1]);
    }
    io.stdout(opts.format === 'json'
        ? `${JSON.stringify(diffJson(changes, cost, oldFile, newFile, opts.lang), null, 2)}\n`
        : diffText(changes, cost, after.model, opts.lang));
    return EXIT_ERRORS;
}
/** The change list by article, as the new document heads its articles; the cost on the data last. */
function diffText(changes, cost, model, lang) {
    const headings = new Map(documentHeadings(model, lang).map((h) => [h.id, `${h.label} ${h.title}`]));
    const lines = [];
    let current = null;
    for (const c of changes) {
        const key = placeKey(c.place);
        if (key !== current) {
            if (current !== null)
                lines.push('');
            lines.push(headings.get(key) ?? word(lang, key === 'none' ? 'place-none' : 'place-heading'));
            current = key;
        }
        lines.push(`  ${describeChange(c, lang)}${cost && affected(c, cost) ? ` ${word(lang, 'outcome-changed')}` : ''}`);
    }
    if (cost) {
        const title = (name) => {
            const o = model.objectives.find((x) => x.name === name);
            return (o?.title?.byLang[lang] ?? o?.title?.byLang['*'] ?? name);
        };
        lines.push('', ...describeCost(cost, lang, title));
    }
    return `${lines.map(visible).join('\n')}\n`;
}
/** The JSON shape (docs/language.md, "slac diff"): stable keys, texts in the chosen language. */
function diffJson(changes, cost, oldFile, newFile, lang) {
    return {
        format: DIFF_FORMAT,
        old: oldFile,
        new: newFile,
        lang,
        equal: changes.length === 0,
        changes: changes.map((c) => ({
            kind: c.kind,
            subject: c.subject,
            id: c.id,
            aspect: c.aspect,
            place: c.place,
            text: describeChange(c, lang),
            label: c.label[lang],
            old: c.old ? { value: c.old.value, text: c.old.text[lang] } : null,
            new: c.new ? { value: c.new.value, text: c.new.text[lang] } : null,
            words: c.words ? c.words[lang] : null,
            bears: c.bears,
            outcomeChanged: cost ? affected(c, cost) : null,
        })),
        cost,
    };
}
