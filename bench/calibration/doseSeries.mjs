/**
 * Simulated dose series with known curves, for the calibration of one-verdict-per-series and the
 * coverage of the IC50 intervals (`npm run calibrate -- --dose-series`, tests/calibration.test.ts).
 *
 * One experiment: a sensitive model (KM12) and a resistant one (KM12-R), larotrectinib 0 (DMSO), 1, 3,
 * 10, 30, 100, 300, 1000 nM for 2 h, n biological replicates, both models of one replicate on one
 * membrane (16 lanes). Every lane carries the six phospho/total pairs and GAPDH. A band's signal is
 *
 *   exposure(membrane, antibody) x loading(lane) x total x basal x f(dose) x noise(band)
 *
 * with f(dose) = bottom + (1 - bottom) / (1 + (dose / IC50)^hill) per model and protein (receptors
 * flat at 1), the same exposure, loading and log-normal band noise as simulate.mjs.
 */
import { simulateBlotRows } from './blotRows.mjs';

export const SERIES_DOSES = [0, 1, 3, 10, 30, 100, 300, 1000];
const FLAT = { ic50: 1, bottom: 1, hill: 1 };

/** The sensitive model: TRK, ERK and AKT inhibited with IC50s near 10 nM. */
export const SENSITIVE_CURVES = {
  TRK: { ic50: 10, bottom: 0.04, hill: 1 },
  ERK: { ic50: 12, bottom: 0.05, hill: 1 },
  AKT: { ic50: 15, bottom: 0.15, hill: 1 },
};

const shifted = (fold) => Object.fromEntries(Object.entries(SENSITIVE_CURVES).map(([t, c]) => [t, { ...c, ic50: c.ic50 * fold }]));
/** Issue 24 item 7's situation: IC50s near the top of the doses, steep curves, where a fit can stop short of the optimum. */
const shiftedSteep = (fold, hill) => Object.fromEntries(Object.entries(shifted(fold)).map(([t, c]) => [t, { ...c, hill }]));

/** Each case: the resistant model's curves (the sensitive ones elsewhere), total folds, the right verdict. */
export const DOSE_CASES = {
  'on-target (pTRK IC50 100x)': { curves: shifted(100), right: 'on-target' },
  'on-target (pTRK IC50 30x)': { curves: shifted(30), right: 'on-target' },
  'mapk-bypass (pERK levels off at 85 %)': { curves: { ERK: { ic50: 12, bottom: 0.85, hill: 1 } }, right: 'mapk-bypass' },
  'pi3k-akt-bypass (pAKT levels off at 85 %)': { curves: { AKT: { ic50: 15, bottom: 0.85, hill: 1 } }, right: 'pi3k-akt-bypass' },
  'rtk-bypass (MET amplified)': { curves: { ERK: { ic50: 12, bottom: 0.85, hill: 1 }, AKT: { ic50: 15, bottom: 0.6, hill: 1 } }, total: { MET: 5 }, right: 'rtk-bypass', drivers: ['MET'] },
  'unchanged signalling': { curves: {}, right: 'inconclusive' },
  'a resistant dose series with a 30-fold shift (on-target, steep: Hill 1.7)': { curves: shiftedSteep(30, 1.7), right: 'on-target' },
};

export function fractionAt(curve, dose) {
  if (dose === 0) return 1;
  return curve.bottom + (1 - curve.bottom) / (1 + (dose / curve.ic50) ** curve.hill);
}

/** The curve of a protein in a model of a case. */
export function truthOf(caseName, status, target) {
  const spec = DOSE_CASES[caseName];
  if (status === 'resistant' && spec.curves[target]) return spec.curves[target];
  return SENSITIVE_CURVES[target] ?? FLAT;
}

/**
 * The CSV text of one simulated dose series.
 * @param {{ caseName: string, n: number, cv: number, seed: number }} spec
 */
export function simulateDoseSeries({ caseName, n, cv, seed }) {
  const spec = DOSE_CASES[caseName];
  if (!spec) throw new Error(`unknown case ${caseName}`);
  const arms = SERIES_DOSES.map((dose) => ({
    treatment: dose === 0 ? 'DMSO' : 'larotrectinib', dose, f: (status, target) => fractionAt(truthOf(caseName, status, target), dose),
  }));
  return simulateBlotRows({ n, cv, seed, arms, totalFold: (status, target) => (status === 'resistant' ? spec.total?.[target] ?? 1 : 1) });
}

/** right / withheld / wrong, as score() of simulate.mjs. */
export function scoreDoseSeries(caseName, verdict) {
  const spec = DOSE_CASES[caseName];
  if (verdict.mechanism === spec.right) {
    if (spec.drivers && !spec.drivers.every((d) => verdict.drivers.includes(d))) return 'wrong';
    return 'right';
  }
  return verdict.mechanism === 'inconclusive' ? 'withheld' : 'wrong';
}

/**
 * Runs the real pipeline on `runs` series of each case: verdict counts, and how often the IC50 and
 * fold-shift intervals cover the truth (every fitted curve of TRK, ERK and AKT whose true IC50 lies
 * within the doses; fold shifts where both are).
 * @param {{ runs: number, n: number, cv: number, cases?: string[], analyze: Function }} options
 */
export function calibrateDoseSeries({ runs, n, cv, cases = Object.keys(DOSE_CASES), analyze }) {
  const rows = [];
  const coverage = { ic50: { covered: 0, fitted: 0, notFitted: 0 }, fold: { covered: 0, total: 0 } };
  for (const [caseIndex, caseName] of cases.entries()) {
    const tool = { right: 0, withheld: 0, wrong: 0, wrongStrong: 0 };
    for (let run = 0; run < runs; run++) {
      const seed = 2_000_003 * n + 10_007 * Math.round(cv * 100) + 101 * caseIndex + 7919 * run;
      const csv = simulateDoseSeries({ caseName, n, cv, seed });
      const results = analyze([{ name: 'series.csv', bytes: new TextEncoder().encode(csv) }]);
      const verdict = results.verdicts[0];
      const outcome = scoreDoseSeries(caseName, verdict);
      tool[outcome]++;
      if (outcome === 'wrong' && verdict.confidence === 'strong') tool.wrongStrong++;
      for (const r of results.doseResponses) {
        if (!['TRK', 'ERK', 'AKT'].includes(r.target)) continue;
        const truth = truthOf(caseName, r.line === 'KM12' ? 'sensitive' : 'resistant', r.target);
        if (truth.bottom > 0.5 || truth.ic50 > 1000) continue;
        if (r.ic50_nM.ciLow === null) { coverage.ic50.notFitted++; continue; }
        coverage.ic50.fitted++;
        if (r.ic50_nM.ciLow <= truth.ic50 && truth.ic50 <= r.ic50_nM.ciHigh) coverage.ic50.covered++;
        if (r.ic50Fold && r.ic50Fold.ciLow !== null) {
          const partner = SENSITIVE_CURVES[r.target];
          const trueFold = truth.ic50 / partner.ic50;
          coverage.fold.total++;
          if (r.ic50Fold.ciLow <= trueFold && trueFold <= r.ic50Fold.ciHigh) coverage.fold.covered++;
        }
      }
    }
    rows.push({ caseName, n, cv, runs, tool });
  }
  return { rows, coverage };
}
