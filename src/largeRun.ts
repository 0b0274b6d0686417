/**
 * Large analyses get a tighter V8 old generation, and `gc` for src/cli.ts to collect once between the
 * analysis and the report. The decision is pure (largeRunFlags); src/cli.ts re-starts the process
 * with the flags it returns.
 */
import { statSync } from 'node:fs';

/** Inputs at least this large (a screen of a few hundred models) are analysed with the large run's flags. */
export const LARGE_RUN_BYTES = 16 << 20;
/**
 * How far V8 lets the old generation grow past what survived its last full collection, in percent,
 * for a large run. V8's own factor (up to 4x when collections are quick) let a screen whose live heap
 * is 300-600 MiB reach 2.4 GiB of resident memory; at 15 % the 1,000-model screen peaks at about
 * 0.9 GiB (30 %: 1.0 GiB), with no measurable change in its time (bench/RESULTS.md).
 */
export const LARGE_RUN_HEAP_GROWING_PERCENT = 15;
/** The node flags of a large run (bench/run.mjs runs its in-process stages with them too). */
export const LARGE_RUN_NODE_FLAGS: readonly string[] = [`--heap-growing-percent=${LARGE_RUN_HEAP_GROWING_PERCENT}`, '--expose-gc'];
/** Node flags that say the user has sized the heap: a large run then keeps the process it was given. */
const USER_HEAP_FLAG = /^--(max-semi-space-size|heap-growing-percent|max-old-space-size)\b/;
/** Set in the re-started process, so that it does not start another. */
export const LARGE_RUN_MARK = 'BLOTBYPASS_LARGE_RUN';

/**
 * The node flags to re-run this command with, or null (also when the user gave node heap flags of
 * their own). The old generation is kept close to what is alive (LARGE_RUN_HEAP_GROWING_PERCENT), so
 * that a screen stays under 1 GiB. V8 reads flags only at start-up, so a large run starts node once more with them
 * (about 0.1 s); small runs are left as they are. (A larger young generation, `--max-semi-space-size=64`,
 * was here while the curve fitter allocated inside its iterations; it no longer does, and the flag
 * cost 130 MiB of resident memory for 1-3 % of the screen's time: bench/RESULTS.md.)
 */
export function largeRunFlags(argv: readonly string[], env: Record<string, string | undefined>, execArgv: readonly string[], sizeOf: (path: string) => number | null): string[] | null {
  if (argv[0] !== 'analyze' || env[LARGE_RUN_MARK] !== undefined || execArgv.some((a) => USER_HEAP_FLAG.test(a))) return null;
  const bytes = argv.slice(1).reduce((n, arg) => n + (arg.startsWith('-') ? 0 : sizeOf(arg) ?? 0), 0);
  return bytes >= LARGE_RUN_BYTES ? [...LARGE_RUN_NODE_FLAGS] : null;
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
