/**
 * Large analyses get a larger V8 young generation and a tighter old one. The decision is pure
 * (largeRunFlags); src/cli.ts re-starts the process with the flags it returns.
 */
import { statSync } from 'node:fs';

/** Inputs at least this large (a screen of a few hundred models) are analysed with a larger young generation. */
export const LARGE_RUN_BYTES = 16 << 20;
/** V8's young generation for a large run, in MiB per semi-space (the default is 16). */
export const LARGE_RUN_SEMI_SPACE_MIB = 64;
/**
 * How far V8 lets the old generation grow past what survived its last full collection, in percent,
 * for a large run. V8's own factor (up to 4x when collections are quick) let a screen whose live heap
 * is 300-600 MiB reach 2.4 GiB of resident memory; at 30 % it stays within about 1.3x of its live
 * heap (bench/RESULTS.md), at the cost of more frequent full collections.
 */
export const LARGE_RUN_HEAP_GROWING_PERCENT = 30;
/** The node flags of a large run (bench/run.mjs runs its in-process stages with them too). */
export const LARGE_RUN_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${LARGE_RUN_SEMI_SPACE_MIB}`, `--heap-growing-percent=${LARGE_RUN_HEAP_GROWING_PERCENT}`];
/** Set in the re-started process, so that it does not start another. */
export const LARGE_RUN_MARK = 'BLOTBYPASS_LARGE_RUN';

/**
 * The node flags to re-run this command with, or null. The dose-response fits allocate many short-lived
 * matrices; in a screen they meet a live heap of hundreds of MiB, and with V8's default young generation
 * they are promoted and collected by full collections: a larger young generation halved the time of the
 * 1,000-model screen's curves (bench/RESULTS.md). The old generation is kept close to what is alive
 * (LARGE_RUN_HEAP_GROWING_PERCENT), so that the screen stays under 1 GiB. V8 reads both only at
 * start-up, so a large run starts node once more with them (about 0.1 s); small runs are left as they are.
 */
export function largeRunFlags(argv: readonly string[], env: Record<string, string | undefined>, execArgv: readonly string[], sizeOf: (path: string) => number | null): string[] | null {
  if (argv[0] !== 'analyze' || env[LARGE_RUN_MARK] !== undefined || execArgv.some((a) => a.startsWith('--max-semi-space-size'))) return null;
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
