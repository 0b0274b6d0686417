/**
 * Large analyses get a larger V8 young generation. The decision is pure (largeRunFlags); src/cli.ts
 * re-starts the process with the flags it returns.
 */
import { statSync } from 'node:fs';

/** Inputs at least this large (a screen of a few hundred models) are analysed with a larger young generation. */
export const LARGE_RUN_BYTES = 16 << 20;
/** V8's young generation for a large run, in MiB per semi-space (the default is 16). */
export const LARGE_RUN_SEMI_SPACE_MIB = 64;
/** Set in the re-started process, so that it does not start another. */
export const LARGE_RUN_MARK = 'BLOTBYPASS_LARGE_RUN';

/**
 * The node flags to re-run this command with, or null. The dose-response fits allocate many short-lived
 * matrices; in a screen they meet a live heap of gigabytes, and with V8's default young generation they
 * are promoted and collected by full collections: a larger young generation halved the time of the
 * 1,000-model screen's curves (bench/RESULTS.md). V8 reads that size only at start-up, so a large run
 * starts node once more with it (about 0.1 s, against a minute saved); small runs are left as they are.
 */
export function largeRunFlags(argv: readonly string[], env: Record<string, string | undefined>, execArgv: readonly string[], sizeOf: (path: string) => number | null): string[] | null {
  if (argv[0] !== 'analyze' || env[LARGE_RUN_MARK] !== undefined || execArgv.some((a) => a.startsWith('--max-semi-space-size'))) return null;
  const bytes = argv.slice(1).reduce((n, arg) => n + (arg.startsWith('-') ? 0 : sizeOf(arg) ?? 0), 0);
  return bytes >= LARGE_RUN_BYTES ? [`--max-semi-space-size=${LARGE_RUN_SEMI_SPACE_MIB}`] : null;
}

/** A file's size in bytes; null for anything that is not a readable file (a folder, `-`, a flag's value). */
export function fileSize(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
