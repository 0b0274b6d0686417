/** The numbers of analyzeParallel's options, apart so that the command line reads them without loading the pipeline. */

/**
 * Below this many normalised lanes step 3 runs in one thread. A worker costs ~0.1 s to start and
 * ~0.6 s of CPU to compile the fitting code anew; step 3 costs ~0.25 ms of CPU a lane with dose
 * series (the screen's shape: 8,000 lanes are 17 models, 2 s) and ~0.08 ms without, so below this a
 * second thread saves little or nothing (bench/RESULTS.md, "Worker threads").
 */
export const PARALLEL_MIN_LANES = 8000;
/** More threads than this are refused (a typo, not a machine). */
export const MAX_THREADS = 256;
