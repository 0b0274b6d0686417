/**
 * What travels between the main thread and an analysis worker (analysisWorker.ts): a unit of step 3
 * (one pair's comparison, one set of paired models' curves) and its result, as plain data (structured
 * clone), and an error turned into plain data and back into the same `InputError` or `Error`.
 */
import { InputError, InputErrors, type SourceLocation } from '../errors.js';
import { comparePair } from '../stats/compareModels.js';
import type { ComparisonResult, CompareShared, PairUnit } from '../stats/comparePlan.js';
import type { CurveShared, CurveUnit } from '../stats/curvePlan.js';
import type { DoseResponse } from '../stats/doseResponseTypes.js';
import { fitCurveUnit } from '../stats/doseResponses.js';

/** A unit of work and the shared part of its stage. */
export type WorkerTask =
  | { kind: 'compare'; shared: CompareShared; unit: PairUnit }
  | { kind: 'curves'; shared: CurveShared; unit: CurveUnit };

/** What a task returns, by kind. */
export interface TaskResults {
  compare: ComparisonResult;
  curves: DoseResponse[];
}

/** An error as plain data: the problems of an `InputError` (one or several), or any other error. */
export type WorkerError =
  | { kind: 'input'; several: boolean; problems: { code: string; message: string; at?: SourceLocation; hint?: string }[] }
  | { kind: 'internal'; name: string; message: string; stack?: string };

export type WorkerRequest = { id: number; task: WorkerTask };
export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WorkerError };

/** Runs one task: the same function the single-threaded path runs on the same unit. */
export function runTask(task: WorkerTask): TaskResults[WorkerTask['kind']] {
  return task.kind === 'compare' ? comparePair(task.shared, task.unit) : fitCurveUnit(task.shared, task.unit);
}

export function errorToData(error: unknown): WorkerError {
  if (error instanceof InputError) {
    const all = error instanceof InputErrors ? error.errors : [error];
    return {
      kind: 'input', several: error instanceof InputErrors,
      problems: all.map((e) => ({ code: e.code, message: e.message, ...(e.at ? { at: e.at } : {}), ...(e.hint !== undefined ? { hint: e.hint } : {}) })),
    };
  }
  if (error instanceof Error) return { kind: 'internal', name: error.name, message: error.message, ...(error.stack !== undefined ? { stack: error.stack } : {}) };
  return { kind: 'internal', name: 'Error', message: String(error) };
}

/** The error a worker reported, as the single-threaded path would have thrown it. */
export function errorFromData(data: WorkerError): Error {
  if (data.kind === 'input') {
    const errors = data.problems.map((p) => new InputError(p.code, p.message, p.at, p.hint));
    return data.several ? new InputErrors(errors) : errors[0]!;
  }
  const error = new Error(data.message);
  error.name = data.name;
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}
