/**
 * The per-curve cost of blotbypass's dose-response stage against scipy's curve_fit on the same file
 * (issue 29 item 1; `npm run bench` runs it, or alone: node bench/curves.mjs FILE.csv).
 *
 *   blotbypass: the `curves` stage of analyze() in process (every series: several starts, the
 *               profile-likelihood IC50 interval, the fold shift's joint fit), seconds / curves
 *   peer:       ../shared/peers/curves_scipy.py: one bounded trf curve_fit per series from one start,
 *               a Wald interval; its own fitting seconds / curves (pandas loading left out)
 *
 * Prints JSON: { file, curves, blotbypassMsPerCurve, peer: { curves, ms_per_curve, ... }, ratio }.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as PLAIN from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CURVES_PEER = join(HERE, '..', '..', 'shared', 'peers', 'curves_scipy.py');

/**
 * The peer pairs a phospho target with its total by name ("pTRK" with "TRK"): a copy of a bench file
 * with the antibody labels of bench/generate.mjs written that way (same rows, same numbers), which
 * blotbypass reads alike. Returns the copy's path (beside the file, "-plain.csv").
 */
export function plainNamesCopy(file) {
  const { LABELS } = PLAIN;
  const rename = new Map(Object.entries(LABELS).flatMap(([protein, [phospho, total]]) => [[phospho, `p${protein}`], [total, protein]]));
  const text = readFileSync(file, 'utf8');
  const out = file.replace(/\.csv$/, '-plain.csv');
  writeFileSync(out, text.replace(/^([^\n]*?,)([^,\n]+)(,[^,\n]*)$/gm, (line, head, target, tail) => `${head}${rename.get(target) ?? target}${tail}`));
  return out;
}

/** Milliseconds per curve of blotbypass's curve stage: the median of `runs` in-process analyses. */
export async function blotbypassCurves(file, runs = 3) {
  const { analyze } = await import(new URL('../dist/analyze.js', import.meta.url).href);
  const bytes = readFileSync(file);
  const times = [];
  let curves = 0;
  for (let i = 0; i < runs; i++) {
    let started = 0;
    let seconds = 0;
    const results = analyze([{ name: file, bytes }], {
      onProgress: (stage, done, total) => {
        if (stage !== 'curves') return;
        if (done === 0) started = performance.now();
        if (done === total) seconds = (performance.now() - started) / 1000;
      },
    });
    curves = results.doseResponses.length;
    times.push(seconds);
  }
  times.sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)];
  return { curves, seconds, msPerCurve: (1000 * seconds) / Math.max(curves, 1), runs };
}

/** The scipy peer on the same file (its own timing of the fits), or a failure. */
export function peerCurves(file, python) {
  if (python === null) return { failure: 'no python3 with pandas and scipy' };
  const r = spawnSync(python, [CURVES_PEER, file], { encoding: 'utf8' });
  if (r.status !== 0) return { failure: (r.stderr || r.stdout).trim().split('\n').slice(-2).join(' | ') };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Both, side by side in one run, and the ratio blotbypass / scipy per curve. */
export async function benchCurves(file, python) {
  const plain = plainNamesCopy(file);
  const ours = await blotbypassCurves(plain);
  const peer = peerCurves(plain, python);
  return { file: plain, ...ours, peer, ratio: peer.ms_per_curve ? ours.msPerCurve / peer.ms_per_curve : null };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node bench/curves.mjs FILE.csv');
  const python = [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean)
    .find((p) => spawnSync(p, ['-c', 'import pandas, scipy'], { stdio: 'ignore' }).status === 0) ?? null;
  process.stdout.write(`${JSON.stringify(await benchCurves(file, python))}\n`);
}
