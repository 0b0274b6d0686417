/** The numbers of analyzeParallel's options, apart so that the command line reads them without loading the pipeline. */

/**
 * Below this many normalised lanes (about eight models with a dose series at four times, or twenty
 * without one) step 3 takes less than starting workers and sending them the lanes costs; measured
 * in bench/RESULTS.md ("Worker threads").
 */
export const PARALLEL_MIN_LANES = 4000;
/** More threads than this are refused (a typo, not a machine). */
export const MAX_THREADS = 256;
