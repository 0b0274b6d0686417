/**
 * `npm run calibrate:lineage`: the lineage reading (`trajectories`: `emerged`, `changes`) measured on
 * simulated lineages with a known history (bench/calibration/lineage.mjs) through the real pipeline.
 *
 *   for each CV: `--runs` lineages of every case at n replicates -> emerged right / late / withheld /
 *   early / wrong, and changes right -> bench/LINEAGE.md
 *
 * Targets (issue 28): at n = 3 and CV 20 %, `emerged` right in >= 90 % and early (a mechanism dated
 * before the stage it appeared at) in <= 2 %.
 *
 * Usage: node bench/lineage.mjs [--runs 500] [--cv 0.1,0.2,0.3] [--n 3]
 */
import { writeFileSync } from 'node:fs';
import { calibrateLineages, WEEKS } from './calibration/lineage.mjs';

const args = { runs: 500, cv: [0.1, 0.2, 0.3], n: 3 };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--runs') args.runs = Number(process.argv[++i]);
  else if (process.argv[i] === '--cv') args.cv = process.argv[++i].split(',').map(Number);
  else if (process.argv[i] === '--n') args.n = Number(process.argv[++i]);
  else throw new Error(`unknown argument ${process.argv[i]}`);
}
const { analyze } = await import(new URL('../dist/analyze.js', import.meta.url).href);
const started = Date.now();
const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
const lines = [
  '# Lineages: when a mechanism emerged',
  '',
  'Written by `npm run calibrate:lineage` (bench/lineage.mjs). Each simulated experiment: a parental line and the same line',
  `after ${WEEKS.join(', ')} weeks on larotrectinib (a \`weeks_on_drug\` column), DMSO and 100 nM, n biological replicates with all`,
  'five populations on one membrane, pTRK/TRK, pERK/ERK, pAKT/AKT and GAPDH, log-normal band noise at the CV shown, membrane',
  'exposure and lane loading effects (bench/calibration/lineage.mjs). Parental f: pTRK 0.08, pERK 0.10, pAKT 0.15. A MAPK',
  'bypass stage: pERK f 0.8 (0.95 at week 16); an on-target stage: pTRK 0.8, pERK 0.75, pAKT 0.7.',
  '',
  '`emerged` against the truth: **right** (mechanism and week; none for the lineage that never escapes), **late** (the',
  'right mechanism at a later stage), **withheld** (none named), **early** (the right mechanism dated before the week it',
  'appeared: the worst error), **wrong** (another mechanism, or one named in a lineage that never escaped). **changes**:',
  '`changes` names exactly the true mechanisms in order (none when the mechanism never changed).',
  'Targets at n = 3, CV 20 %: right >= 90 %, early <= 2 %.',
  '',
];
for (const cv of args.cv) {
  const rows = calibrateLineages({ runs: args.runs, n: args.n, cv, analyze });
  lines.push(`## n = ${args.n}, CV ${Math.round(cv * 100)} %, ${args.runs} lineages per case`, '', '| case | right | late | withheld | early | wrong | changes right |', '|---|---|---|---|---|---|---|');
  for (const r of rows) lines.push(`| ${r.caseName} | ${r.right} | ${r.late} | ${r.withheld} | ${r.early} | ${r.wrong} | ${r.changesRight} |`);
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  const total = sum('runs');
  lines.push('', `All cases: right ${sum('right')} / ${total} = ${pct(sum('right'), total)}; early ${sum('early')} / ${total} = ${pct(sum('early'), total)}; wrong ${pct(sum('wrong'), total)}; lowest right in one case ${pct(Math.min(...rows.map((r) => r.right)), args.runs)}.`, '');
  process.stderr.write(`CV ${cv}: done\n`);
}
lines.push(`${((Date.now() - started) / 1000).toFixed(0)} s.`, '');
writeFileSync(new URL('LINEAGE.md', import.meta.url), lines.join('\n'));
process.stdout.write(lines.join('\n'));
