/**
 * A pool of analysis worker threads (analysisWorker.ts). `run` hands out the tasks as workers come
 * free (this thread may take its share) and gives the results back in task order, so the order the
 * threads finish in never shows.
 * Whoever makes a pool closes it (`close`, in a `finally`): a pool left open keeps node running.
 */
import { Worker } from 'node:worker_threads';
import { errorFromData, type WorkerReply, type WorkerTask } from './workerTasks.js';

/**
 * The worker's entry module, beside this one (dist/parallel/analysisWorker.js). A bundle that inlines
 * this module must emit analysisWorker.js beside itself as a second entry point.
 */
export const WORKER_URL = new URL('./analysisWorker.js', import.meta.url);

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

class PoolWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Set when the thread died (an error outside a task, out of memory): every later call fails with it. */
  private dead: Error | null = null;

  constructor(url: URL) {
    // None of this process's node options: a file entry refuses --input-type, and an --import preload must not run once per thread.
    this.worker = new Worker(url, { execArgv: [] });
    this.worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(errorFromData(reply.error));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`analysis worker stopped (exit code ${code})`)));
  }

  send(task: WorkerTask): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, task });
    });
  }

  private fail(error: Error): void {
    this.dead ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.dead);
    this.pending.clear();
  }

  async terminate(): Promise<void> {
    this.dead ??= new Error('analysis worker pool closed');
    await this.worker.terminate();
  }
}

export class WorkerPool {
  private readonly workers: PoolWorker[];

  /** Starts `size` worker threads from `url` (default: the analysis worker beside this module). */
  constructor(size: number, url: URL = WORKER_URL) {
    this.workers = Array.from({ length: size }, () => new PoolWorker(url));
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Runs every task and resolves with their results in task order. `order` is the order they are
   * handed out in; `onDone` is told each task's index as it finishes. Each worker holds two tasks at
   * a time (it never waits for this thread to send the next); with `here`, this thread runs tasks too,
   * between which it lets the workers' replies in. When tasks fail, the error of the lowest-numbered
   * one is thrown, after every task before it has run: the error the same tasks run one after another
   * would throw.
   */
  async run<R>(tasks: readonly WorkerTask[], order: readonly number[], onDone?: (index: number) => void, here?: (task: WorkerTask) => R): Promise<R[]> {
    const results = new Array<R>(tasks.length);
    const queue = [...order];
    let failedAt = Infinity;
    let failure: unknown = null;
    const drain = async (runOne: (task: WorkerTask) => Promise<R> | R): Promise<void> => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        if (index > failedAt) continue;
        try {
          results[index] = await runOne(tasks[index]!);
          onDone?.(index);
        } catch (error) {
          if (index < failedAt) {
            failedAt = index;
            failure = error;
          }
        }
      }
    };
    const inWorker = (worker: PoolWorker) => (task: WorkerTask) => worker.send(task) as Promise<R>;
    const runners = this.workers.flatMap((w) => [drain(inWorker(w)), drain(inWorker(w))]);
    if (here) runners.push(drain(async (task) => {
      // A turn of the event loop first, so that the replies that came in meanwhile are read.
      await new Promise((resolve) => setImmediate(resolve));
      return here(task);
    }));
    await Promise.all(runners);
    if (failedAt !== Infinity) throw failure;
    return results;
  }

  /** Stops every thread; resolves when they have stopped. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
