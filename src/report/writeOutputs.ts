/**
 * Writes a complete set of output files, or nothing: every file is first written into a fresh
 * staging folder inside the output directory, and only when all of them are on disk are they
 * renamed into place (a rename within one file system is atomic). A failure removes the staging
 * folder and leaves any previous outputs untouched. An output path that is an input file is refused.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, realpathSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { reportMessages as m } from '../messages/report.js';

export interface OutputFile {
  /** Path relative to the output directory, with `/` separators. */
  path: string;
  content: string | Uint8Array;
}

export function writeOutputSet(outDir: string, files: readonly OutputFile[], inputPaths: readonly string[]): string[] {
  const dir = resolve(outDir);
  const inputs = new Set(inputPaths.map((p) => canonical(resolve(p))));
  const targets = files.map((f) => join(dir, ...f.path.split('/')));
  for (const target of targets) {
    if (inputs.has(canonical(target))) throw new InputError('output-is-input', m.outputIsInput(target), undefined, m.outputIsInputHint());
  }
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(dir, '.blotbypass-staging-'));
  try {
    files.forEach((file, i) => {
      const staged = join(staging, String(i));
      writeFileSync(staged, file.content);
    });
    files.forEach((_file, i) => {
      const target = targets[i]!;
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(staging, String(i)), target);
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return targets;
}

function canonical(path: string): string {
  try {
    return existsSync(path) ? realpathSync(path) : path;
  } catch {
    return path;
  }
}
