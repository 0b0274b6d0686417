/**
 * Measuring helpers of `npm run bench`: a child process's wall time and peak RSS (through
 * bench/rssProbe.mjs), a bare process's wall time, medians, and the files a run wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..');
const PROBE = join(HERE, 'rssProbe.mjs');

/** Runs `node <args>` with the probe preloaded; resolves to wall seconds, peak RSS, CPU seconds (user + system, every thread) and the exit code. */
export function measure(nodeArgs, { cwd = ROOT } = {}) {
  const probeDir = mkdtempSync(join(tmpdir(), 'blotbypass-probe-'));
  const probeFile = join(probeDir, 'probe.json');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PROBE, ...nodeArgs], {
      cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_PROBE_FILE: probeFile },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let probe = null;
      try {
        probe = JSON.parse(readFileSync(probeFile, 'utf8'));
      } catch {
        // The process died before its exit handler ran (killed, out of memory).
      }
      rmSync(probeDir, { recursive: true, force: true });
      resolve({ seconds, peakRssMiB: probe ? probe.maxRssKiB / 1024 : null, cpuSeconds: probe ? (probe.userMicros + probe.systemMicros) / 1e6 : null, code, stdout, stderr });
    });
  });
}

/** Wall seconds of a bare `node <args>` (no probe), or of `command` with `args`: start-up and peer comparisons. */
export function wall(nodeArgs, { command = process.execPath, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, nodeArgs, { cwd, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${command} ${nodeArgs.join(' ')} exited with ${code}`));
      else resolve(Number(process.hrtime.bigint() - start) / 1e9);
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const maxOf = (xs) => (xs.some((x) => x === null) ? null : Math.max(...xs));

export function filesIn(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesIn(path, base));
    else out.push({ path: relative(base, path), bytes: statSync(path).size });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

