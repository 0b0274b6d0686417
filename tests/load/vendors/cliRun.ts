/** Runs the CLI in-process (`run` from src/cli.ts) and collects the exit code and output. */
import { run } from '../../../src/cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: readonly string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd });
  return { code, stdout, stderr };
}
