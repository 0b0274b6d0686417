/**
 * The compare stage alone (load and normalize once, then `compareModels` timed `repeat` times), for
 * one build or side by side with a peer build of the same code base (another dist/ folder), in one run.
 *
 * Usage: node bench/compareStage.mjs <file.csv> [repeat=3] [peerDist]
 * Prints JSON: { file, lanes, runs: [{ dist, seconds: [...] }], identical } (identical: both builds'
 * comparisons serialise to the same bytes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, repeatArg, peer] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/compareStage.mjs <file.csv> [repeat=3] [peerDist]\n');
  process.exit(2);
}
const repeat = Number(repeatArg ?? 3);
const dists = [new URL('../dist/', import.meta.url).href, ...(peer ? [`${pathToFileURL(resolve(peer)).href}/`] : [])];

const builds = await Promise.all(dists.map(async (dist) => ({
  dist,
  analyze: await import(new URL('analyze.js', dist).href),
  normalize: await import(new URL('normalize/normalize.js', dist).href),
  compare: await import(new URL('stats/compareModels.js', dist).href),
  settings: await import(new URL('settings.js', dist).href),
})));
const first = builds[0];
const loaded = first.analyze.loadInputs([{ name: file, bytes: readFileSync(file) }]);
const normalized = first.normalize.normalize(loaded.flatMap((f) => f.bands), first.settings.DEFAULT_SETTINGS);
const level = first.settings.DEFAULT_SETTINGS.confidenceLevel;

const runs = builds.map((b) => ({ dist: b.dist, seconds: [] }));
const outputs = [];
for (let r = 0; r < repeat; r++) {
  builds.forEach((b, i) => {
    const start = performance.now();
    const result = b.compare.compareModels(normalized, level);
    runs[i].seconds.push((performance.now() - start) / 1000);
    if (r === 0) outputs.push(JSON.stringify(result));
  });
}
process.stdout.write(`${JSON.stringify({ file, lanes: normalized.lanes.length, runs, identical: outputs.every((o) => o === outputs[0]) })}\n`);
