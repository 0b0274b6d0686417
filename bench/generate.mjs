/**
 * Deterministic benchmark datasets in the long layout (one row per band), as a high-throughput
 * screen would export them: many model pairs (a sensitive parental line and its resistant
 * derivative), several TRK/MEK/EGFR inhibitors at a dose series, several time points, three
 * biological replicates. Each (pair, replicate, time point) is run on two membranes with the same
 * lanes: one probed for the six phospho forms, one for the six totals, both with GAPDH, so every
 * phospho/total ratio is joined across membranes through the loading control (the hard path).
 *
 *   rows = pairs x replicates x time points x 2 lines x (drugs x doses + vehicle) x 14 bands
 *
 * The number of pairs is chosen to land near the requested row count. A seeded generator (mulberry32)
 * makes every file byte-identical from run to run, whatever the machine.
 *
 * Usage: node bench/generate.mjs [rows ...]   (default: 1000 100000 1000000) -> bench/data/long-<rows>.csv
 */
import { mkdirSync, openSync, writeSync, closeSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(HERE, 'data');

/** Bumped whenever the generator's output changes, so stale files are regenerated. */
const GENERATOR_VERSION = 1;

export const PROTEINS = ['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET'];
export const LABELS = {
  TRK: ['pTRK (Y490)', 'pan-TRK'], AKT: ['pAKT (S473)', 'AKT'], ERK: ['pERK1/2 (T202/Y204)', 'ERK1/2'],
  EGFR: ['pEGFR (Y1068)', 'EGFR'], HER2: ['pHER2 (Y1221/1222)', 'HER2'], MET: ['pMET (Y1234/1235)', 'MET'],
};
const DRUGS = ['larotrectinib', 'entrectinib', 'selitrectinib', 'repotrectinib', 'trametinib', 'osimertinib'];
const DOSES_NM = [1, 3, 10, 30, 100, 300, 1000];
const TIMES_H = [2, 6, 24];
const REPLICATES = [1, 2, 3];

/** The design shape per size tier: small files keep a small design, large files add model pairs. */
function shapeFor(rows) {
  if (rows <= 5_000) return { drugs: DRUGS.slice(0, 2), doses: [10, 100, 1000], times: [2] };
  return { drugs: DRUGS, doses: DOSES_NM, times: TIMES_H };
}

export function rowsPerPair(shape) {
  return REPLICATES.length * shape.times.length * 2 * (shape.drugs.length * shape.doses.length + 1) * 14;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(rand) {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function datasetPath(rows) {
  return join(DATA_DIR, `long-${rows}.csv`);
}

/**
 * Writes the dataset for about `rows` rows and returns { path, rows, pairs }. Skips the work when the
 * file already exists from the same generator version.
 */
export function generate(rows, { force = false } = {}) {
  const path = datasetPath(rows);
  const metaPath = `${path}.json`;
  if (!force && existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    // The file is the one beside this script, wherever the folder was copied from.
    if (meta.generatorVersion === GENERATOR_VERSION) return { ...meta, path };
  }
  mkdirSync(dirname(path), { recursive: true });
  const shape = shapeFor(rows);
  const pairs = Math.max(1, Math.round(rows / rowsPerPair(shape)));
  const rand = mulberry32(20261125 + rows);
  const noise = (cv) => Math.exp(cv * gaussian(rand));

  // Per-model biology: a resistant derivative is either on-target (TRK stays up), bypass (ERK or AKT
  // stays up) or mixed, so the verdicts in a large screen are not all the same.
  const model = (index, resistant) => {
    const kind = resistant ? ['on-target', 'mapk-bypass', 'pi3k-bypass', 'met-amplified'][index % 4] : 'sensitive';
    const basal = Object.fromEntries(PROTEINS.map((p) => [p, 0.2 + 0.8 * rand()]));
    const totals = Object.fromEntries(PROTEINS.map((p) => [p, 3000 + 12000 * rand()]));
    if (kind === 'met-amplified') totals.MET *= 4;
    return { kind, basal, totals };
  };
  /** Fraction of vehicle of a protein's phospho/total under a drug at a dose (a Hill curve). */
  const fractionOfVehicle = (m, protein, drug, dose) => {
    const trkDrug = drug.endsWith('trectinib');
    let ic50 = Infinity;
    if (trkDrug && (protein === 'TRK' || protein === 'ERK' || protein === 'AKT')) ic50 = protein === 'TRK' ? 5 : 12;
    if (drug === 'trametinib' && protein === 'ERK') ic50 = 8;
    if (drug === 'osimertinib' && (protein === 'EGFR' || protein === 'HER2')) ic50 = 20;
    if (m.kind === 'on-target' && protein === 'TRK' && (drug === 'larotrectinib' || drug === 'entrectinib')) ic50 *= 60;
    if (m.kind === 'mapk-bypass' && protein === 'ERK' && trkDrug) ic50 = Infinity;
    if (m.kind === 'pi3k-bypass' && protein === 'AKT' && trkDrug) ic50 = Infinity;
    if (m.kind === 'met-amplified' && (protein === 'ERK' || protein === 'AKT') && trkDrug) ic50 *= 40;
    return ic50 === Infinity ? 1 : 0.05 + 0.95 / (1 + dose / ic50);
  };

  const fd = openSync(path, 'w');
  const chunk = [];
  let chunkBytes = 0;
  const flush = () => {
    writeSync(fd, chunk.join(''));
    chunk.length = 0;
    chunkBytes = 0;
  };
  const emit = (line) => {
    chunk.push(line);
    chunkBytes += line.length;
    if (chunkBytes > 1 << 20) flush();
  };
  emit('blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal\n');

  let written = 0;
  for (let p = 1; p <= pairs; p++) {
    const id = String(p).padStart(3, '0');
    const lines = [
      { name: `CL${id}`, status: 'sensitive', m: model(p, false) },
      { name: `CL${id}-R`, status: 'resistant', m: model(p, true) },
    ];
    for (const rep of REPLICATES) {
      for (const time of shape.times) {
        const blot = `S${id}-R${rep}-T${time}`;
        const lanes = [];
        for (const l of lines) {
          lanes.push({ l, treatment: 'DMSO', dose: 0 });
          for (const drug of shape.drugs) for (const dose of shape.doses) lanes.push({ l, treatment: drug, dose });
        }
        // The same lane on both membranes: GAPDH per lane and membrane, phospho on one, total on the other.
        const perLane = lanes.map(({ l, treatment, dose }) => {
          const load = 24000 * noise(0.1);
          const proteins = PROTEINS.map((protein) => {
            const total = l.m.totals[protein] * noise(0.08);
            const f = dose === 0 ? 1 : fractionOfVehicle(l.m, protein, treatment, dose);
            return { protein, total, phospho: l.m.basal[protein] * f * total * noise(0.12) };
          });
          return { l, treatment, dose, load, proteins };
        });
        for (const form of ['phospho', 'total']) {
          perLane.forEach(({ l, treatment, dose, load, proteins }, i) => {
            const membraneLoad = load * noise(0.05);
            const design = `${blot}-${form === 'phospho' ? 'P' : 'T'},${i + 1},${l.name},${l.status},${treatment},${dose},${time},${rep},`;
            for (const { protein, total, phospho } of proteins) {
              const value = (form === 'phospho' ? phospho : total) * membraneLoad / 24000;
              // About one band in two thousand is not detected.
              const cell = rand() < 0.0005 ? 'NA' : value.toFixed(1);
              emit(`${design}${LABELS[protein][form === 'phospho' ? 0 : 1]},${cell}\n`);
            }
            emit(`${design}GAPDH,${membraneLoad.toFixed(1)}\n`);
            written += 7;
          });
        }
      }
    }
  }
  flush();
  closeSync(fd);
  const meta = { generatorVersion: GENERATOR_VERSION, path, requested: rows, rows: written, pairs, shape };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number);
  for (const rows of sizes.length > 0 ? sizes : [1_000, 100_000, 1_000_000]) {
    const meta = generate(rows, { force: true });
    process.stdout.write(`${meta.path}: ${meta.rows} rows, ${meta.pairs} model pairs\n`);
  }
}
