/** The version metadata options of `slac render` and `slac build` (--status, --doc-version, --date), checked. */
import { Option } from 'commander';
import { documentStatuses, invalidDate } from '../compiler/document/metadata.js';
import { visible } from '../runtime/escape.js';
import { UsageError } from './io.js';
/** The command with the three options added. */
export function withMetadataOptions(cmd) {
    for (const option of [
        new Option('--status <status>', "the document's status, instead of the source's `revisions { status … }`").choices([
            ...documentStatuses,
        ]),
        new Option('--doc-version <version>', 'the document\'s version, instead of the source\'s `version "…"` (e.g. 1.4)'),
        new Option('--date <date>', "the document's date, instead of the source's `revisions { date … }` (YYYY-MM-DD)"),
    ])
        cmd.addOption(option);
    return cmd;
}
/** The metadata the options give; a usage error (exit 2) for a date or version that cannot be one. */
export function documentMetadata(opts) {
    const meta = {};
    if (opts.status !== undefined)
        meta.status = opts.status;
    if (opts.docVersion !== undefined) {
        const v = opts.docVersion.trim();
        if (v === '' || /[\u0000-\u001f\u007f]/.test(v))
            throw new UsageError(`error: --doc-version '${visible(opts.docVersion)}' is not a version: give e.g. 1.4`);
        meta.version = v;
    }
    if (opts.date !== undefined) {
        const why = invalidDate(opts.date);
        if (why)
            throw new UsageError(`error: --date '${visible(opts.date)}' is not a date: ${why}`);
        meta.date = opts.date;
    }
    return meta;
}
