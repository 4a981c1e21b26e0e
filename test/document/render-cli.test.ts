/** `slac render`: one document to stdout or to a file, in-process through the CLI's run(). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../cli/main.js';
import { renderWordDocument } from '../../compiler/document/index.js';
import { modelOf } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'contact-centre.sla');

async function slac(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), colorStdout: false, colorStderr: false };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

describe('slac render', () => {
  it('prints Dutch Markdown by default', async () => {
    const r = await slac(['render', example]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Dienstverleningsovereenkomst klantcontact\n/);
    expect(r.stdout).toBe(readFileSync(join(root, 'test', 'golden', 'documents', 'contact-centre.nl.md'), 'utf8'));
  });

  it('writes English HTML to -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'slac-render-')), 'sub', 'contract.html');
    const r = await slac(['render', example, '--lang', 'en', '--format', 'html', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'test', 'golden', 'documents', 'contact-centre.en.html'), 'utf8'));
  });

  it('writes a Word document to -o: a zip, the same bytes as the library gives', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'slac-render-')), 'contract.docx');
    const r = await slac(['render', example, '--lang', 'en', '--format', 'docx', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}\n`);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.equals(Buffer.from(await renderWordDocument(modelOf(readFileSync(example, 'utf8')), 'en')))).toBe(true);
  });

  it('refuses to print a Word document on stdout: exit 2, the fix on stderr', async () => {
    const r = await slac(['render', example, '--format', 'docx']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('-o');
  });

  it('rejects an unknown language with a usage error', async () => {
    const r = await slac(['render', example, '--lang', 'de']);
    expect(r.status).toBe(2);
  });

  it('exits 1 on a contract with errors, printing no document', async () => {
    const r = await slac(['render', join(root, 'test', 'fixtures', 'bad', 'missing-closing-brace.sla')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });
});
