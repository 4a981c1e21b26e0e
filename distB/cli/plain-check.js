export function plainCheck(argv) {
    if (argv[0] !== 'check')
        return null;
    const files = [];
    let format = 'text';
    for (let i = 1; i < argv.length; i++) {
        const arg = argv[i];
        const inline = /^--format=(.*)$/.exec(arg);
        const value = inline ? inline[1] : arg === '--format' ? argv[++i] : undefined;
        if (value === 'text' || value === 'json')
            format = value;
        else if (inline || arg === '--format' || arg.startsWith('-'))
            return null;
        else
            files.push(arg);
    }
    return files.length > 0 ? { files, format } : null;
}
