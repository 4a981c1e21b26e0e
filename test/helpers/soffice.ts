/** LibreOffice for the tests that open a Word document with a real reader: found once, run with a profile of its own. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);

export const pdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** Converts the .docx files to PDF in `dir`. A profile of its own: a user's running LibreOffice or a parallel test does not interfere. */
export function docxToPdf(dir: string, files: readonly string[]): void {
  if (!soffice) throw new Error('soffice is not installed');
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 170_000 },
  );
}
