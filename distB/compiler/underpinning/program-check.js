/**
 * The underpinning check as part of a program (compiler/program.ts): the analysis of a file whose
 * underpinning block names other agreements gets the findings that need them. Each named file is
 * analysed by the same program, so the CLI and the language server report the same.
 */
import { dirname, resolve } from 'node:path';
import { capped, countProblems } from '../analyze.js';
import { diagnostic, sortDiagnostics } from '../../diagnostics/index.js';
import { toRuntimeContract } from '../emit/runtime-contract.js';
import { checkUnderpinning } from '../passes/check-underpinning.js';
import { registerUnderpinningCheck } from '../program.js';
/** The files whose underpinning is being checked, per program: an agreement that names its own SLA is a cycle. */
const underway = new WeakMap();
/** The agreements a file's underpinning block names, by name, analysed by the program. */
export function underpinnedAgreements(program, path, document) {
    const out = new Map();
    for (const d of document.declarations) {
        if (d.kind !== 'Underpinning')
            continue;
        for (const s of d.body) {
            if (s.kind !== 'UnderpinningAgreement' || !s.path.value || out.has(s.name.name))
                continue;
            const target = resolve(dirname(path), s.path.value);
            const file = program.file(target);
            if (file.error !== null) {
                const reason = file.error.slice(file.error.indexOf("': ") + 3);
                const problem = diagnostic('import-not-found', s.path.range, `cannot read the agreement '${s.path.value}': ${reason} (resolved to '${target}')`);
                out.set(s.name.name, { path: target, contract: null, problem });
                continue;
            }
            if (underway.get(program)?.has(target)) {
                const problem = diagnostic('import-cycle', s.path.range, `'${s.path.value}' rests on this agreement itself: agreements cannot underpin each other`);
                out.set(s.name.name, { path: target, contract: null, problem });
                continue;
            }
            const level = program.analyze(target, { model: true });
            const errors = level.counts.errors;
            const problem = errors > 0
                ? diagnostic('broken-import', s.path.range, `'${s.path.value}' has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} there first`)
                : level.model
                    ? null
                    : diagnostic('broken-import', s.path.range, `'${s.path.value}' has no agreement: name the file of an OLA or an underpinning contract`);
            out.set(s.name.name, { path: target, contract: level.model ? toRuntimeContract(level.model, target) : null, problem });
        }
    }
    return out;
}
function summaryOf(c) {
    const availability = {};
    for (const o of c.objectives)
        if (o.measure.kind === 'availability' && o.measure.target.kind === 'percentage')
            availability[o.name] = o.measure.target.value;
    const { title, provider, customer, kind, version, term } = c.agreement;
    return { title: { byLang: title }, provider, customer, kind, version, term, availability };
}
/** `analysis` with the underpinning findings added; `full` is the file's analysis with a model. */
export function withUnderpinning(program, path, analysis, full) {
    if (!analysis.document.declarations.some((d) => d.kind === 'Underpinning'))
        return analysis;
    let busy = underway.get(program);
    if (!busy)
        underway.set(program, (busy = new Set()));
    busy.add(path);
    try {
        return withFindings(program, path, analysis, full);
    }
    finally {
        busy.delete(path);
    }
}
/** The findings per parsed file: the check and the model analysis of one text share them. */
const findings = new WeakMap();
function withFindings(program, path, analysis, full) {
    const found = findingsOf(program, path, analysis, full);
    if (found.length === 0)
        return analysis;
    const counts = countProblems(found);
    return {
        ...analysis,
        diagnostics: capped(sortDiagnostics([...analysis.diagnostics, ...found])),
        counts: { errors: analysis.counts.errors + counts.errors, warnings: analysis.counts.warnings + counts.warnings },
        model: counts.errors > 0 ? null : analysis.model,
    };
}
function findingsOf(program, path, analysis, full) {
    const parsed = program.file(path).parsed;
    const cached = findings.get(parsed);
    if (cached)
        return cached;
    // The check needs the contract: the analysis with a model computes the findings (and keeps them).
    if (!analysis.model && analysis.counts.errors === 0) {
        full();
        return findings.get(parsed) ?? [];
    }
    const agreements = underpinnedAgreements(program, path, analysis.document);
    const found = [...agreements.values()].flatMap((a) => (a.problem ? [a.problem] : []));
    if (analysis.model) {
        found.push(...checkUnderpinning({ document: analysis.document, contract: toRuntimeContract(analysis.model, path), agreements }));
        // The SLA's document names the other agreements as their own files do.
        for (const a of analysis.model.underpinning?.agreements ?? []) {
            const contract = agreements.get(a.name)?.contract;
            if (contract)
                a.summary = summaryOf(contract);
        }
    }
    findings.set(parsed, found);
    return found;
}
registerUnderpinningCheck(withUnderpinning);
