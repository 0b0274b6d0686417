/**
 * The entry module of an analysis worker thread (pool.ts starts it): runs each task it is sent and
 * replies with the result or the error, as plain data. It holds no state between tasks.
 *
 * Bundling: this file is an entry point of its own, and pool.ts finds it at `./analysisWorker.js`
 * beside the module that contains the pool (docs/performance.md, "Worker threads").
 */
import { parentPort } from 'node:worker_threads';
import { errorToData, runTask, type WorkerReply, type WorkerRequest } from './workerTasks.js';

const port = parentPort;
if (port) {
  port.on('message', ({ id, task }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id, ok: true, result: runTask(task) };
    } catch (error) {
      reply = { id, ok: false, error: errorToData(error) };
    }
    port.postMessage(reply);
  });
}
