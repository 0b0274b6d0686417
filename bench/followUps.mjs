/**
 * `npm run calibrate:followup`: how often the follow-up outcomes are right on simulated follow-up
 * experiments with a known outcome (bench/calibration/followUps.mjs), through the real pipeline.
 *
 *   for each CV: `--runs` experiments of every case at n -> per arm right / withheld / wrong, wrong
 *   `restored`, and how often the verdict on larotrectinib alone kept its mechanism -> bench/FOLLOW_UPS.md
 *
 * Usage: node bench/followUps.mjs [--runs 400] [--cv 0.1,0.2,0.3] [--n 3]
 */
import { writeFileSync } from 'node:fs';
import { calibrateFollowUps } from './calibration/followUps.mjs';
import { benchArgs, pct } from './calibration/benchArgs.mjs';

const args = benchArgs(process.argv, { runs: 400, cv: [0.1, 0.2, 0.3], n: 3 });
const { analyze } = await import(new URL('../dist/analyze.js', import.meta.url).href);
const started = Date.now();
const lines = [
  '# Follow-up experiments: outcomes',
  '',
  'Written by `npm run calibrate:followup` (bench/followUps.mjs). Each simulated experiment: KM12 (sensitive) and KM12-R',
  '(resistant), DMSO, larotrectinib 100 nM and the follow-up arms of the case, 2 h, n biological replicates with both lines',
  'on one membrane, six phospho/total pairs and GAPDH, log-normal band noise at the CV shown, membrane exposure and lane',
  'loading effects (bench/calibration/followUps.mjs). Each arm is scored on its primary readout: right, withheld',
  '(inconclusive) or wrong; "wrong restored" counts a `restored` where the truth is another outcome. "verdict kept": the',
  'verdict on larotrectinib alone names the case\'s mechanism. Targets (n = 3, CV 20 %): right >= 95 %, wrong restored <= 1 %.',
  '',
];
for (const cv of args.cv) {
  const rows = calibrateFollowUps({ runs: args.runs, n: args.n, cv, analyze });
  lines.push(`## n = ${args.n}, CV ${Math.round(cv * 100)} %, ${args.runs} experiments per case`, '',
    '| case | arm | truth | right | withheld | wrong | wrong restored | verdict kept |', '|---|---|---|---|---|---|---|---|');
  for (const r of rows) lines.push(`| ${r.caseName} | ${r.arm} | ${r.truth} | ${r.right} | ${r.withheld} | ${r.wrong} | ${r.wrongRestored} | ${r.verdictRight} |`);
  const total = rows.reduce((a, r) => a + r.runs, 0);
  const right = rows.reduce((a, r) => a + r.right, 0);
  const notRestored = rows.filter((r) => r.truth !== 'restored').reduce((a, r) => a + r.runs, 0);
  const wrongRestored = rows.reduce((a, r) => a + r.wrongRestored, 0);
  lines.push('', `All arms: right ${right} / ${total} = ${pct(right, total)}; wrong restored ${wrongRestored} / ${notRestored} arms whose truth is not restored = ${pct(wrongRestored, notRestored)}.`, '');
  process.stderr.write(`CV ${cv}: done\n`);
}
lines.push(`${((Date.now() - started) / 1000).toFixed(0)} s.`, '');
writeFileSync(new URL('FOLLOW_UPS.md', import.meta.url), lines.join('\n'));
process.stdout.write(lines.join('\n'));
