/**
 * `npm run calibrate`: how often the verdicts are right, withheld or wrong on experiments with a
 * known mechanism, by replicate number and per-band CV, beside the baseline script's decisions on
 * the same simulated files (bench/calibration/).
 *
 *   1. for each case x n (2, 3, 4, 6) x CV (10, 20, 30 %): simulate `--runs` experiments (seeded)
 *   2. run the real pipeline (analyze, default settings and rule set) on each, and the baseline
 *   3. count right / withheld / wrong, and wrong verdicts graded strong
 *   4. write bench/CALIBRATION.md (and bench/results/calibration.json), print the summary
 *
 * Usage: node bench/calibrate.mjs [--runs 200] [--n 2,3,4,6] [--cv 0.1,0.2,0.3]
 * Run `npm run build` first (`npm run calibrate` does).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate, calibrationMarkdown } from './calibration/tally.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { runs: 200, n: [2, 3, 4, 6], cv: [0.1, 0.2, 0.3] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--n') args.n = argv[++i].split(',').map(Number);
    else if (argv[i] === '--cv') args.cv = argv[++i].split(',').map(Number);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const started = Date.now();
const table = await calibrate({ ...args, onCell: (cell) => process.stderr.write(`  n = ${cell.n}, CV ${Math.round(cell.cv * 100)} %, ${cell.caseName}: ${cell.tool.right}/${cell.runs} right\n`) });
const seconds = (Date.now() - started) / 1000;
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(join(HERE, 'results', 'calibration.json'), `${JSON.stringify(table, null, 2)}\n`);
const markdown = calibrationMarkdown(table, { runs: args.runs, seconds });
writeFileSync(join(HERE, 'CALIBRATION.md'), markdown);
process.stdout.write(markdown);
