/**
 * `analyze` with step 3 (the comparisons of every pair and the curves of every dose series) spread over
 * worker threads. Steps 1-2 and 4-5 run in this thread exactly as in `analyze`; step 3 is planned into
 * units (stats/comparePlan.ts, stats/curvePlan.ts), each unit runs in a worker through the same
 * function the single-threaded path calls, and the results are merged in unit order. The results are
 * therefore the same bytes whatever the number of threads (tests/parallel/).
 *
 * A small experiment is analysed in this thread: a worker (~0.1 s to start, ~0.6 s of CPU to compile
 * the fitting code anew) would cost more than it saves (limits.ts).
 */
import { availableParallelism } from 'node:os';
import { finishAnalysis, prepareAnalysis, type AnalyzeOptions } from '../analyze.js';
import { InputError, InputErrors } from '../errors.js';
import type { InputBytes } from '../load/loadFile.js';
import { optionMessages as m } from '../messages/options.js';
import type { Results } from '../results.js';
import { mergeComparisons, planComparisons, type ComparisonResult } from '../stats/comparePlan.js';
import { mergeDoseResponses, planDoseResponses } from '../stats/curvePlan.js';
import type { DoseResponse } from '../stats/doseResponseTypes.js';
import { MAX_THREADS, PARALLEL_MIN_LANES } from './limits.js';
import { WorkerPool } from './pool.js';
import { runTask, type WorkerTask } from './workerTasks.js';

export interface ParallelOptions {
  /** Threads for step 3: 1 runs it in this thread, as `analyze` does; default `os.availableParallelism()`. */
  threads?: number;
  /** Fewer normalised lanes than this run in this thread whatever `threads` says (default `PARALLEL_MIN_LANES`). */
  minLanes?: number;
  /** Told how many threads step 3 runs on (1: this thread alone), before it starts. */
  onThreads?: (threads: number) => void;
}

const PARALLEL_OPTION_NAMES = ['threads', 'minLanes', 'onThreads'];

export async function analyzeParallel(inputs: readonly InputBytes[], options: AnalyzeOptions = {}, parallel: ParallelOptions = {}): Promise<Results> {
  const threads = checkParallelOptions(parallel);
  const prepared = prepareAnalysis(inputs, options);
  const { normalized, settings, lineages, onProgress } = prepared;
  const compare = planComparisons(normalized, settings.confidenceLevel, settings.test, lineages);
  const curves = planDoseResponses(normalized, settings.confidenceLevel);
  const tasks: WorkerTask[] = [
    ...compare.units.map((unit): WorkerTask => ({ kind: 'compare', shared: compare.shared, unit })),
    ...curves.units.map((unit): WorkerTask => ({ kind: 'curves', shared: curves.shared, unit })),
  ];
  // One pair (one unit in each stage) stays in this thread.
  const size = Math.max(compare.units.length, curves.units.length) < 2 ? 1 : Math.min(threads, tasks.length);
  const used = normalized.lanes.length < (parallel.minLanes ?? PARALLEL_MIN_LANES) ? 1 : size;
  parallel.onThreads?.(used);
  const done = stageProgress(onProgress, compare.units.length, tasks.length);
  const results = used <= 1
    ? tasks.map((task, index) => { const result = runTask(task); done(index); return result; })
    : await runInPool(tasks, used, done);
  const compared = mergeComparisons(results.slice(0, compare.units.length) as ComparisonResult[]);
  const doseResponses = mergeDoseResponses(normalized.design.models, results.slice(compare.units.length) as DoseResponse[][]);
  return finishAnalysis(prepared, compared, doseResponses);
}

/**
 * The tasks on `size` threads: this one, which would otherwise wait, and `size - 1` workers (each
 * worker pays its own start and compiles the fitting code anew, ~0.6 s of CPU). The comparisons
 * first (so that progress reads as in one thread), then the curves; in each, the largest units first:
 * a long one handed out last would leave the other threads idle at the end.
 */
async function runInPool(tasks: readonly WorkerTask[], size: number, done: (index: number) => void): Promise<unknown[]> {
  const stage = (t: WorkerTask) => (t.kind === 'compare' ? 0 : 1);
  const order = tasks.map((_, i) => i).sort((a, b) => stage(tasks[a]!) - stage(tasks[b]!) || tasks[b]!.unit.lanes.length - tasks[a]!.unit.lanes.length || a - b);
  const pool = new WorkerPool(size - 1);
  try {
    return await pool.run(tasks, order, done, runTask);
  } finally {
    await pool.close();
  }
}

/**
 * Progress as `analyze` tells it (compare 0 and 1 of 1, then curves), from tasks that finish in any
 * order: the first `compareCount` tasks are the comparisons. Returns the callback for a finished task.
 */
function stageProgress(onProgress: AnalyzeOptions['onProgress'], compareCount: number, total: number): (index: number) => void {
  let compareLeft = compareCount;
  let left = total;
  let said = 0;
  const tell = () => {
    if (said === 0 && compareLeft === 0) { onProgress?.('compare', 1, 1); onProgress?.('curves', 0, 1); said = 1; }
    if (said === 1 && left === 0) { onProgress?.('curves', 1, 1); said = 2; }
  };
  onProgress?.('compare', 0, 1);
  tell();
  return (index) => {
    left--;
    if (index < compareCount) compareLeft--;
    tell();
  };
}

/** The number of threads asked for, checked as analyze checks its options (InputErrors, code bad-option). */
function checkParallelOptions(parallel: ParallelOptions): number {
  if (typeof parallel !== 'object' || parallel === null || Array.isArray(parallel)) {
    throw new InputErrors([new InputError('bad-option', m.parallelOptions(PARALLEL_OPTION_NAMES, String(parallel)), undefined, m.hint())]);
  }
  const unknown = Object.keys(parallel).filter((k) => !PARALLEL_OPTION_NAMES.includes(k));
  const problems = unknown.map((k) => m.unknownOption(k, PARALLEL_OPTION_NAMES));
  const { threads = availableParallelism(), minLanes = 0, onThreads } = parallel;
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) problems.push(m.notThreads(MAX_THREADS, JSON.stringify(threads)));
  if (!Number.isInteger(minLanes) || minLanes < 0) problems.push(m.outOfRange('minLanes', '0', String(Number.MAX_SAFE_INTEGER), JSON.stringify(minLanes)));
  if (onThreads !== undefined && typeof onThreads !== 'function') problems.push(m.notAFunction('onThreads', typeof onThreads));
  if (problems.length > 0) throw new InputErrors(problems.map((p) => new InputError('bad-option', p, undefined, m.hint())));
  return threads;
}
