/**
 * HTML to PDF with a locally installed Chromium, driven by puppeteer-core (which downloads no
 * browser): A4, the report's print CSS, page numbers from its `@page` rules. slac never fetches a
 * browser; without one it says which it looked for and how to get one.
 */
import { existsSync } from 'node:fs';
/** Where Chromium is looked for: `SLAC_CHROMIUM` first, then the Debian, Ubuntu and Google package paths. */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
/** The Chromium executable to use, or null when none is installed. */
export function findChromium(env = process.env) {
    const own = env.SLAC_CHROMIUM;
    if (own)
        return existsSync(own) ? own : null;
    return CHROMIUM_PATHS.find((p) => existsSync(p)) ?? null;
}
/** Why there is no PDF, and what to do instead (exit 2). */
export function noChromiumMessage(env = process.env) {
    const looked = env.SLAC_CHROMIUM ? `SLAC_CHROMIUM=${env.SLAC_CHROMIUM}` : CHROMIUM_PATHS.join(', ');
    return [
        `error: --format pdf prints the HTML report with Chromium, and no Chromium was found (looked for ${looked})`,
        'install it (Debian/Ubuntu: apt-get install -y chromium) or set SLAC_CHROMIUM to its path;',
        'or write the HTML report (--format html -o report.html) and print it: scripts/report-pdf.sh, or the browser’s Print to PDF (A4)',
    ].join('\n');
}
/** The PDF of a standalone HTML page (no scripts, no loads): A4, backgrounds printed, the page's own @page size and margins. */
export async function htmlToPdf(html, executablePath) {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
        const page = await browser.newPage();
        // The report loads nothing; a request would be a defect, so none is allowed out.
        await page.setRequestInterception(true);
        page.on('request', (r) => void (r.url().startsWith('data:') || r.url() === 'about:blank' ? r.continue() : r.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMediaType('print');
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    }
    finally {
        await browser.close();
    }
}
