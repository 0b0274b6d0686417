/**
 * The progress line of a long analysis on the terminal (cli.ts draws it on stderr). Apart from the
 * command definitions so that cli.ts stays a list of commands.
 */
import type { ProgressCallback } from './analyze.js';
import { progressMessages } from './messages/progress.js';

/** The part of the command line's I/O the progress line writes to. */
export interface ProgressIo {
  stderr: (text: string) => void;
  /** True when stderr is a terminal: only then is a progress line drawn there. */
  stderrIsTTY?: boolean;
}

/** Inputs at least this large (about 15,000 long-layout rows) get a progress line; smaller runs end too soon to need one. */
export const PROGRESS_MIN_BYTES = 1 << 20;
/** Least time between two redraws of the progress line within one stage. */
const PROGRESS_INTERVAL_MS = 100;

export interface ProgressLine {
  update: ProgressCallback;
  /** Erases the line; call it before printing anything else. */
  finish: () => void;
}

/**
 * One line on stderr, rewritten in place as a large analysis advances (`blotbypass: normalising
 * (3.2 s)`), at every new stage and at most every PROGRESS_INTERVAL_MS within one. Nothing at all
 * when stderr is not a terminal (a file, a pipe, a CI log) or the input is small.
 */
export function progressLine(io: ProgressIo, inputBytes: number, now: () => number = Date.now): ProgressLine {
  if (io.stderrIsTTY !== true || inputBytes < PROGRESS_MIN_BYTES) return { update: () => undefined, finish: () => undefined };
  const start = now();
  let lastStage: string | null = null;
  let lastDrawn = 0;
  let drawn = false;
  return {
    update: (stage, done, total) => {
      const t = now();
      if (stage === lastStage && t - lastDrawn < PROGRESS_INTERVAL_MS) return;
      io.stderr(`\r${progressMessages.line(stage, done, total, (t - start) / 1000)}\u001b[K`);
      lastStage = stage;
      lastDrawn = t;
      drawn = true;
    },
    finish: () => {
      if (drawn) io.stderr('\r\u001b[K');
      drawn = false;
    },
  };
}

