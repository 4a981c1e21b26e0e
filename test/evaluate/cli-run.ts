/** The CLI run in-process through its `run`, from the repository root, with its output captured. */
import { run, type CliIo } from '../../cli/main.js';
import { root } from './helpers.js';

export async function slac(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), colorStdout: false, colorStderr: false };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await run(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}
