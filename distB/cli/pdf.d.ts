/** Where Chromium is looked for: `SLAC_CHROMIUM` first, then the Debian, Ubuntu and Google package paths. */
export declare const CHROMIUM_PATHS: string[];
/** The Chromium executable to use, or null when none is installed. */
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
/** Why there is no PDF, and what to do instead (exit 2). */
export declare function noChromiumMessage(env?: NodeJS.ProcessEnv): string;
/** The PDF of a standalone HTML page (no scripts, no loads): A4, backgrounds printed, the page's own @page size and margins. */
export declare function htmlToPdf(html: string, executablePath: string): Promise<Uint8Array>;
