/** The service reports of the examples: which period each shows, and the CLI run in-process. */
import { exampleDataFiles, examples, slac } from '../evaluate/helpers.js';

export { root, slac } from '../evaluate/helpers.js';

/** Per example: the month its sample data is busiest in, and for one of them an instant for the at-risk list. */
const choices: Record<string, { period: string; now?: string }> = {
  'contact-centre': { period: '2026-03' },
  'internal-ola': { period: '2026-03' },
  'managed-it': { period: '2026-03', now: '2026-03-20T12:00:00+01:00' },
  'saas-platform': { period: '2026-04' },
  'servicedesk-nl': { period: '2026-03' },
};

export interface ReportCase {
  name: string;
  /** The options shared by `slac evaluate` and `slac report`. */
  args: string[];
}

export const cases: ReportCase[] = examples.map((name) => {
  const choice = choices[name];
  if (!choice) throw new Error(`no report period chosen for example ${name}`);
  return {
    name,
    args: [
      `examples/${name}.sla`,
      '--data',
      ...exampleDataFiles(name),
      '--period',
      choice.period,
      ...(choice.now ? ['--now', choice.now] : []),
    ],
  };
});

/** `slac report` of a case; throws with the output when it does not exit 0. */
export async function report(c: ReportCase, lang: 'nl' | 'en', format: 'md' | 'html'): Promise<string> {
  const r = await slac('report', ...c.args, '--lang', lang, '--format', format);
  if (r.code !== 0) throw new Error(`slac report ${c.name} exited ${r.code}:\n${r.stderr}`);
  return r.stdout;
}
