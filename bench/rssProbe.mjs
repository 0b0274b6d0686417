/**
 * Preloaded into a measured process (`node --import ./bench/rssProbe.mjs ...`): when the process
 * exits, writes its peak resident set size and CPU times to the file named by BENCH_PROBE_FILE.
 * Node has no portable way to read a finished child's rusage, so the child reports its own. A large
 * run re-starts node (src/largeRun.ts, largeRunFlags) with this probe inherited: the file keeps the larger
 * peak and the sum of the CPU times of the processes that wrote it (each process's own threads included).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_PROBE_FILE;
// Worker threads (report.pdf's) inherit the preload; the process's figures are the main thread's to write.
if (out && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    let earlier = { maxRssKiB: 0, userMicros: 0, systemMicros: 0 };
    try {
      earlier = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      // The first process to finish.
    }
    writeFileSync(out, JSON.stringify({
      maxRssKiB: Math.max(usage.maxRSS, earlier.maxRssKiB),
      userMicros: usage.userCPUTime + earlier.userMicros,
      systemMicros: usage.systemCPUTime + earlier.systemMicros,
    }));
  });
}
