/**
 * The one command line the start-up snapshot answers (cli/bin.ts, cli/snapshot.ts): `slac check`
 * with files and at most a `--format text|json`. Anything else (help, other options, `--`) goes to
 * the full command line, so the snapshot never has to reproduce commander's behaviour.
 */
export interface PlainCheck {
  files: string[];
  format: 'text' | 'json';
}

export function plainCheck(argv: readonly string[]): PlainCheck | null {
  if (argv[0] !== 'check') return null;
  const files: string[] = [];
  let format: PlainCheck['format'] = 'text';
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const inline = /^--format=(.*)$/.exec(arg);
    const value = inline ? inline[1] : arg === '--format' ? argv[++i] : undefined;
    if (value === 'text' || value === 'json') format = value;
    else if (inline || arg === '--format' || arg.startsWith('-')) return null;
    else files.push(arg);
  }
  return files.length > 0 ? { files, format } : null;
}
