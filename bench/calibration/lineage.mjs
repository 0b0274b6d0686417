/**
 * Simulated lineages with a known history, for the calibration of `trajectories` (`npm run
 * calibrate:lineage`, tests/lineageCalibration.test.ts).
 *
 * One experiment: the parental KM12 and the same line after 2, 4, 8 and 16 weeks on larotrectinib
 * (KM12-LR w2 ... w16, a `weeks_on_drug` column), DMSO and drug, n biological replicates, all five
 * populations of one replicate on one membrane (10 lanes), pTRK/TRK, pERK/ERK, pAKT/AKT and GAPDH.
 * A band's signal is exposure(membrane, antibody) x loading(lane) x total x f x noise(band), with
 * log-normal band noise at the CV given (as simulate.mjs).
 */
import { seeded } from './simulate.mjs';

export const WEEKS = [2, 4, 8, 16];
const TARGETS = ['TRK', 'ERK', 'AKT'];
/** The parental under the drug, and a stage before its lineage escapes. */
const PARENTAL_F = { TRK: 0.08, ERK: 0.1, AKT: 0.15 };
const ON_TARGET = { TRK: 0.8, ERK: 0.75, AKT: 0.7 };
const MAPK = { ERK: 0.8 };

/**
 * Each case: the fractions of vehicle that differ from the parental's at each stage (weeks 2, 4, 8,
 * 16), and the truth: the mechanism that emerged and its week (null: none), and the mechanisms a
 * right `changes` names (empty: no change).
 */
export const LINEAGE_CASES = {
  'MAPK bypass emerges at week 8': { stages: [{}, {}, MAPK, { ERK: 0.95 }], emerged: { mechanism: 'mapk-bypass', week: 8 }, changes: [] },
  'on-target from week 4': { stages: [{}, ON_TARGET, ON_TARGET, { TRK: 0.9, ERK: 0.85, AKT: 0.8 }], emerged: { mechanism: 'on-target', week: 4 }, changes: [] },
  'switch: on-target (weeks 2-4), then MAPK bypass (from week 8)': {
    stages: [ON_TARGET, ON_TARGET, MAPK, MAPK], emerged: { mechanism: 'mapk-bypass', week: 8 }, changes: ['on-target', 'mapk-bypass'],
  },
  'never escapes': { stages: [{}, {}, {}, {}], emerged: null, changes: [] },
};

/**
 * The CSV text of one simulated lineage.
 * @param {{ caseName: string, n: number, cv: number, seed: number }} spec
 */
export function simulateLineage({ caseName, n, cv, seed }) {
  const spec = LINEAGE_CASES[caseName];
  if (!spec) throw new Error(`unknown case ${caseName}`);
  const { normal } = seeded(seed);
  const bandSd = Math.sqrt(Math.log(1 + cv * cv));
  const noisy = (x) => x * Math.exp(bandSd * normal());
  const populations = [['KM12', 'sensitive', '', {}], ...WEEKS.map((w, i) => [`KM12-LR w${w}`, 'resistant', w, spec.stages[i]])];
  const rows = ['blot,lane,line,status,weeks_on_drug,treatment,dose_nM,replicate,target,signal'];
  for (let rep = 1; rep <= n; rep++) {
    const exposure = new Map();
    const exposureOf = (antibody) => {
      if (!exposure.has(antibody)) exposure.set(antibody, 1000 * Math.exp(0.5 * normal()));
      return exposure.get(antibody);
    };
    let lane = 0;
    for (const [line, status, weeks, f] of populations) {
      for (const [treatment, dose] of [['DMSO', 0], ['larotrectinib', 100]]) {
        lane++;
        const loading = Math.exp(0.1 * normal());
        const design = `M${rep},${lane},${line},${status},${weeks},${treatment},${dose},${rep}`;
        rows.push(`${design},GAPDH,${noisy(exposureOf('GAPDH') * 20 * loading).toFixed(2)}`);
        for (const target of TARGETS) {
          const fraction = dose === 0 ? 1 : f[target] ?? PARENTAL_F[target];
          rows.push(`${design},p${target},${noisy(exposureOf(`p${target}`) * loading * fraction).toFixed(3)}`);
          rows.push(`${design},${target},${noisy(exposureOf(target) * loading).toFixed(3)}`);
        }
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

/**
 * How `emerged` compares with the truth: `right` (mechanism and week, or none when none emerged),
 * `late` (the right mechanism at a later stage), `withheld` (none), `early` (the right mechanism
 * before its week: the worst error, a mechanism dated before it existed), `wrong` (another mechanism,
 * or one in a lineage that never escaped).
 */
export function scoreEmerged(caseName, emerged) {
  const truth = LINEAGE_CASES[caseName].emerged;
  if (truth === null) return emerged === null ? 'right' : 'wrong';
  if (emerged === null) return 'withheld';
  if (emerged.mechanism !== truth.mechanism) return 'wrong';
  if (emerged.weeksOnDrug === truth.week) return 'right';
  return emerged.weeksOnDrug < truth.week ? 'early' : 'late';
}

/** `changes` names the true mechanisms in order (or none when there was no change). */
export function scoreChanges(caseName, changes) {
  const truth = LINEAGE_CASES[caseName].changes;
  return JSON.stringify(changes.map((c) => c.mechanism)) === JSON.stringify(truth);
}

/**
 * Runs `runs` lineages of every case through `analyze` and tallies `emerged` and `changes`.
 * @param {{ runs: number, n: number, cv: number, analyze: Function, cases?: string[] }} options
 */
export function calibrateLineages({ runs, n, cv, analyze, cases = Object.keys(LINEAGE_CASES) }) {
  return cases.map((caseName, c) => {
    const tally = { right: 0, late: 0, withheld: 0, early: 0, wrong: 0, changesRight: 0 };
    for (let run = 0; run < runs; run++) {
      const text = simulateLineage({ caseName, n, cv, seed: 7919 * (c + 1) + 104729 * run + Math.round(cv * 1000) + n });
      const results = analyze([{ name: 'lineage.csv', bytes: new TextEncoder().encode(text) }]);
      const trajectory = results.trajectories?.[0];
      if (!trajectory) throw new Error(`${caseName}: no trajectory`);
      tally[scoreEmerged(caseName, trajectory.emerged)]++;
      if (scoreChanges(caseName, trajectory.changes)) tally.changesRight++;
    }
    return { caseName, n, cv, runs, ...tally };
  });
}
