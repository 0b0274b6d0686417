/**
 * `npm run calibrate:dose`: one verdict per dose series and the IC50 intervals, measured on simulated
 * series with known curves (bench/calibration/doseSeries.mjs) through the real pipeline.
 *
 *   for each CV: `--runs` series of every case at n = 3 -> right / withheld / wrong (strong), and the
 *   share of 95 % IC50 (and fold-shift) intervals that cover the true value -> bench/DOSE_SERIES.md
 *
 * Usage: node bench/doseSeries.mjs [--runs 500] [--cv 0.1,0.2,0.3] [--n 3]
 */
import { writeFileSync } from 'node:fs';
import { calibrateDoseSeries } from './calibration/doseSeries.mjs';
import { benchArgs, pct } from './calibration/benchArgs.mjs';

const args = benchArgs(process.argv, { runs: 500, cv: [0.1, 0.2, 0.3], n: 3 });
const { analyze } = await import(new URL('../dist/analyze.js', import.meta.url).href);
const started = Date.now();
const lines = [
  '# Dose series: verdicts and IC50 intervals',
  '',
  'Written by `npm run calibrate:dose` (bench/doseSeries.mjs). Each simulated experiment: a sensitive and a resistant line,',
  'larotrectinib 0-1000 nM (8 doses incl. DMSO) for 2 h, n biological replicates with both lines on one membrane, six',
  'phospho/total pairs and GAPDH, log-normal band noise at the CV shown, membrane exposure and lane loading effects',
  '(bench/calibration/doseSeries.mjs). The sensitive line: pTRK IC50 10 nM (bottom 4 %), pERK 12 nM (5 %), pAKT 15 nM (15 %),',
  'Hill 1. right / withheld / wrong (wrong graded strong) of the one verdict per series; coverage: how often the 95 %',
  'profile-likelihood interval of a fitted curve holds the true IC50 (every fitted TRK, ERK, AKT curve whose true IC50 lies',
  'within the doses), and how often the 95 % interval of the fold shift holds the true shift.',
  '',
];
for (const cv of args.cv) {
  const { rows, coverage } = calibrateDoseSeries({ runs: args.runs, n: args.n, cv, analyze });
  lines.push(`## n = ${args.n}, CV ${Math.round(cv * 100)} %, ${args.runs} series per case`, '', '| case | right | withheld | wrong (strong) |', '|---|---|---|---|');
  for (const r of rows) lines.push(`| ${r.caseName} | ${r.tool.right} | ${r.tool.withheld} | ${r.tool.wrong} (${r.tool.wrongStrong}) |`);
  lines.push('', `IC50 interval coverage: ${coverage.ic50.covered} / ${coverage.ic50.fitted} = ${pct(coverage.ic50.covered, coverage.ic50.fitted)} (${coverage.ic50.notFitted} curves without a closed interval left out); fold-shift interval coverage: ${coverage.fold.covered} / ${coverage.fold.total} = ${pct(coverage.fold.covered, coverage.fold.total)}.`, '');
  process.stderr.write(`CV ${cv}: done\n`);
}
lines.push(`${((Date.now() - started) / 1000).toFixed(0)} s.`, '');
writeFileSync(new URL('DOSE_SERIES.md', import.meta.url), lines.join('\n'));
process.stdout.write(lines.join('\n'));
