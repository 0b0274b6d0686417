/**
 * A pool of analysis worker threads (analysisWorker.ts). `run` hands out the tasks as workers come
 * free and gives the results back in task order, so the order the threads finish in never shows.
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
    this.worker = new Worker(url);
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
   * handed out in (default: task order); `onDone` is told each task's index as it finishes. When tasks
   * fail, the error of the lowest-numbered one is thrown, after every task before it has run: the
   * error the same tasks run one after another would throw.
   */
  async run(tasks: readonly WorkerTask[], order: readonly number[] = tasks.map((_, i) => i), onDone?: (index: number) => void): Promise<unknown[]> {
    const results = new Array<unknown>(tasks.length);
    const queue = [...order];
    let failedAt = Infinity;
    let failure: Error | null = null;
    const drain = async (worker: PoolWorker): Promise<void> => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        if (index > failedAt) continue;
        try {
          results[index] = await worker.send(tasks[index]!);
          onDone?.(index);
        } catch (error) {
          if (index < failedAt) {
            failedAt = index;
            failure = error instanceof Error ? error : new Error(String(error));
          }
        }
      }
    };
    await Promise.all(this.workers.map(drain));
    if (failure) throw failure;
    return results;
  }

  /** Stops every thread; resolves when they have stopped. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
