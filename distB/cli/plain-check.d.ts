/**
 * The one command line the start-up snapshot answers (cli/bin.ts, cli/snapshot.ts): `slac check`
 * with files and at most a `--format text|json`. Anything else (help, other options, `--`) goes to
 * the full command line, so the snapshot never has to reproduce commander's behaviour.
 */
export interface PlainCheck {
    files: string[];
    format: 'text' | 'json';
}
export declare function plainCheck(argv: readonly string[]): PlainCheck | null;
