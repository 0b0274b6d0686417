/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and
 * the project's own functions with the most total time (self plus everything they call).
 *
 * Usage: node bench/profileSummary.mjs <file.cpuprofile> [top=20]
 */
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profileSummary.mjs <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 20);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

// Sample time per node: time deltas are attributed to the sample they precede.
const selfMicros = new Map();
profile.samples.forEach((id, i) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
});
const totalMicros = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const nameOf = (n) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url ? `${url.replace(/^.*\/(node_modules\/|dist\/)/, '$1')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};

const self = new Map();
const total = new Map();
for (const [id, micros] of selfMicros) {
  const n = nodes.get(id);
  const name = nameOf(n);
  self.set(name, (self.get(name) ?? 0) + micros);
  // Total time: count each function once per stack, however often it recurses.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parentOf.get(cur)) {
    const nm = nameOf(nodes.get(cur));
    if (seen.has(nm)) continue;
    seen.add(nm);
    total.set(nm, (total.get(nm) ?? 0) + micros);
  }
}
const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / totalMicros).toFixed(1).padStart(5)} %`;
process.stdout.write(`profile: ${(totalMicros / 1000).toFixed(0)} ms sampled\n\ntop self time:\n`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(us)}  ${name}\n`);
process.stdout.write('\ntop total time (blotbypass code):\n');
for (const [name, us] of [...total].filter(([n]) => n.includes('dist/')).sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(us)}  ${name}\n`);
