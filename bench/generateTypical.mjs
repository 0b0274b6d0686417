/**
 * A typical experiment, as the issue measures it and as the pandas + scipy peer reads it: a sensitive
 * line and its resistant derivative, DMSO and larotrectinib 100 nM at 2 h, three biological
 * replicates, one membrane per replicate with pTRK/TRK, pAKT/AKT, pERK/ERK, pEGFR/EGFR, pHER2/HER2,
 * pMET/MET and GAPDH: 2 x 2 x 3 x 13 = 156 rows, named as ../shared/peers/reference.py expects.
 * The resistant model is a MAPK bypass (pERK stays up under the drug).
 *
 * Usage: node bench/generateTypical.mjs -> bench/data/typical-156.csv
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, PROTEINS, gaussian, mulberry32 } from './generate.mjs';

export const TYPICAL_PATH = join(DATA_DIR, 'typical-156.csv');

export function generateTypical() {
  const rand = mulberry32(156);
  const noise = (cv) => Math.exp(cv * gaussian(rand));
  const fraction = { sensitive: { TRK: 0.08, AKT: 0.2, ERK: 0.1 }, resistant: { TRK: 0.1, AKT: 0.25, ERK: 0.8 } };
  const rows = ['blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal'];
  for (let rep = 1; rep <= 3; rep++) {
    let lane = 0;
    for (const [line, status] of [['KM12', 'sensitive'], ['KM12-LR', 'resistant']]) {
      for (const [treatment, dose] of [['DMSO', 0], ['larotrectinib', 100]]) {
        lane++;
        const load = 20000 * noise(0.1);
        const design = `M${rep},${lane},${line},${status},${treatment},${dose},2,${rep}`;
        for (const protein of PROTEINS) {
          const total = 8000 * noise(0.08) * load / 20000;
          const f = dose === 0 ? 1 : fraction[status][protein] ?? 1;
          rows.push(`${design},p${protein},${(0.9 * total * f * noise(0.12)).toFixed(1)}`, `${design},${protein},${total.toFixed(1)}`);
        }
        rows.push(`${design},GAPDH,${load.toFixed(1)}`);
      }
    }
  }
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(TYPICAL_PATH, `${rows.join('\n')}\n`);
  return { path: TYPICAL_PATH, rows: rows.length - 1 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(`${JSON.stringify(generateTypical())}\n`);
