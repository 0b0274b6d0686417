/**
 * Preloaded into a measured process (`node --import ./bench/rssProbe.mjs ...`): when the process
 * exits, writes its peak resident set size and CPU times to the file named by BENCH_PROBE_FILE.
 * Node has no portable way to read a finished child's rusage, so the child reports its own.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_PROBE_FILE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKiB: usage.maxRSS, userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime }));
  });
}
