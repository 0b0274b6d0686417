/**
 * The screen of issue 14, deterministic: models x 4 time points (1, 2, 6, 24 h) x 5 larotrectinib
 * doses (0, 1, 10, 100, 1000 nM) x 4 biological replicates, one membrane per model x time x replicate
 * carrying all six phospho forms, the six totals and GAPDH (13 bands per lane), long layout.
 *
 *   rows = models x 4 times x 4 replicates x 5 doses x 13 bands   (1,000 models: 1,040,000 rows)
 *
 * Models come in pairs, a parental line and its resistant derivative (CL0001, CL0001-R), and the
 * derivatives cycle through on-target, MAPK bypass, PI3K bypass and MET-driven resistance, so the
 * verdicts of a screen are not all the same.
 *
 * Usage: node bench/generateScreen.mjs [models ...]   (default 1000) -> bench/data/screen-<models>.csv
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, LABELS, PROTEINS, gaussian, mulberry32 } from './generate.mjs';

const GENERATOR_VERSION = 1;
const TIMES_H = [1, 2, 6, 24];
const DOSES_NM = [0, 1, 10, 100, 1000];
const REPLICATES = [1, 2, 3, 4];
const KINDS = ['on-target', 'mapk-bypass', 'pi3k-bypass', 'met-amplified'];

export const screenPath = (models) => join(DATA_DIR, `screen-${models}.csv`);

export function generateScreen(models, { force = false } = {}) {
  const path = screenPath(models);
  const metaPath = `${path}.json`;
  if (!force && existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    // The file is the one beside this script, wherever the folder was copied from.
    if (meta.generatorVersion === GENERATOR_VERSION) return { ...meta, path };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const rand = mulberry32(20261203 + models);
  const noise = (cv) => Math.exp(cv * gaussian(rand));
  /** Fraction of vehicle of a protein's phospho/total at a dose and time (the drug acts within an hour). */
  const fraction = (kind, protein, dose, time) => {
    if (dose === 0) return 1;
    let ic50 = { TRK: 5, ERK: 12, AKT: 12 }[protein] ?? Infinity;
    if (kind === 'on-target' && protein === 'TRK') ic50 *= 60;
    if (kind === 'on-target' && (protein === 'ERK' || protein === 'AKT')) ic50 *= 60;
    if (kind === 'mapk-bypass' && protein === 'ERK') ic50 = Infinity;
    if (kind === 'pi3k-bypass' && protein === 'AKT') ic50 = Infinity;
    if (kind === 'met-amplified' && (protein === 'ERK' || protein === 'AKT')) ic50 *= 40;
    // Bypass signalling recovers over a day: the late time points drift back up a little.
    const recovery = kind !== 'sensitive' && time >= 24 ? 1.5 : 1;
    return ic50 === Infinity ? 1 : Math.min(1, (0.05 + 0.95 / (1 + dose / ic50)) * recovery);
  };

  const fd = openSync(path, 'w');
  const chunk = [];
  let chunkBytes = 0;
  const flush = () => { writeSync(fd, chunk.join('')); chunk.length = 0; chunkBytes = 0; };
  const emit = (line) => { chunk.push(line); chunkBytes += line.length; if (chunkBytes > 1 << 20) flush(); };
  emit('blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal\n');
  let written = 0;
  for (let m = 0; m < models; m++) {
    const pair = Math.floor(m / 2) + 1;
    const resistant = m % 2 === 1;
    const name = `CL${String(pair).padStart(4, '0')}${resistant ? '-R' : ''}`;
    const kind = resistant ? KINDS[(pair - 1) % KINDS.length] : 'sensitive';
    const basal = Object.fromEntries(PROTEINS.map((p) => [p, 0.2 + 0.8 * rand()]));
    const totals = Object.fromEntries(PROTEINS.map((p) => [p, 3000 + 12000 * rand()]));
    if (kind === 'met-amplified') totals.MET *= 4;
    for (const time of TIMES_H) {
      for (const rep of REPLICATES) {
        const blot = `${name}-T${time}-R${rep}`;
        DOSES_NM.forEach((dose, i) => {
          const load = 24000 * noise(0.1);
          const design = `${blot},${i + 1},${name},${resistant ? 'resistant' : 'sensitive'},${dose === 0 ? 'DMSO' : 'larotrectinib'},${dose},${time},${rep},`;
          for (const protein of PROTEINS) {
            const total = totals[protein] * noise(0.08) * load / 24000;
            const phospho = basal[protein] * fraction(kind, protein, dose, time) * total * noise(0.12);
            emit(`${design}${LABELS[protein][0]},${rand() < 0.0005 ? 'NA' : phospho.toFixed(1)}\n`);
            emit(`${design}${LABELS[protein][1]},${total.toFixed(1)}\n`);
          }
          emit(`${design}GAPDH,${load.toFixed(1)}\n`);
          written += 13;
        });
      }
    }
  }
  flush();
  closeSync(fd);
  const meta = { generatorVersion: GENERATOR_VERSION, path, rows: written, models, shape: { times: TIMES_H, doses: DOSES_NM, replicates: REPLICATES.length } };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number);
  for (const models of sizes.length > 0 ? sizes : [1000]) {
    const meta = generateScreen(models, { force: true });
    process.stdout.write(`${meta.path}: ${meta.rows} rows, ${meta.models} models\n`);
  }
}
