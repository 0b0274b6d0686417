/**
 * Simulated western-blot experiments with a known mechanism, for the calibration of the verdicts
 * (`npm run calibrate`, tests/calibration.test.ts).
 *
 * One experiment: a sensitive model (KM12) and a resistant one (KM12-R), DMSO and larotrectinib
 * 100 nM 2 h, n biological replicates, each replicate on its own membrane(s). Every lane carries the
 * six phospho/total pairs of the panel (TRK, AKT, ERK, EGFR, HER2, MET) and GAPDH. A band's signal is
 *
 *   exposure(membrane, antibody) x loading(lane) x truth x noise(band)
 *
 * where the exposure (log-normal, SD 0.5 on ln) and the loading (SD 0.1) cancel in a ratio, and the
 * band noise is log-normal with the coefficient of variation asked for (the per-band CV). The truth
 * is the total level (over GAPDH), the basal phospho/total ratio, and the fraction of vehicle f.
 *
 * Cases are the mechanisms with textbook effects (non-genetic resistance read from E-cadherin and
 * vimentin, total protein over GAPDH), a resistant line with unchanged signalling, two
 * near-misses (pERK in the middle of the grey zone; a receptor raised 1.5-fold), and three quality
 * situations (a missing loading band with phospho and total on different membranes, pERK under drug
 * at zero in some replicates of the sensitive line, no total bands at all).
 *
 * Four cases read the biology beyond ratios (issue 24, SCIENCE.md "Reading the biology beyond
 * ratios"): a resistant line whose basal pERK collapsed to 15 % with f ~ 0.9 and an EMT shift (the
 * absolute output is not maintained: non-genetic is right); total MET 4x with pMET/MET 0.25x (MET
 * expressed, not activated: MAPK bypass is right, naming MET is wrong); a time course at 1, 6 and
 * 24 h whose sensitive line rebounds (6 %, 21 %, 63 %) while the resistant pERK stays up; and
 * censored drug lanes (the sensitive line's pERK and both lines' pTRK under drug are background-
 * subtracted blanks at or below 0).
 */

/** mulberry32, and normal deviates by Box-Muller: the same seed, the same experiment. */
export function seeded(seed) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(uniform(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  return { uniform, normal };
}

const TARGETS = ['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET'];

/** The sensitive model of a working assay: TRK pathway suppressed, receptors untouched by the drug. */
const SENSITIVE_F = { TRK: 0.08, ERK: 0.1, AKT: 0.15, EGFR: 1, HER2: 1, MET: 1 };

/**
 * Each case: the resistant model's truth (f, total fold over the sensitive line, basal fold), the
 * verdict that is right, and the drivers a right verdict must name (when any).
 */
export const CASES = {
  'on-target': { resistant: { f: { TRK: 0.8, ERK: 0.75, AKT: 0.7 } }, right: 'on-target' },
  'mapk-bypass': { resistant: { f: { ERK: 0.8 } }, right: 'mapk-bypass' },
  'pi3k-akt-bypass': { resistant: { f: { AKT: 0.8 } }, right: 'pi3k-akt-bypass' },
  'rtk-bypass (MET amplified)': { resistant: { f: { ERK: 0.8, AKT: 0.5 }, total: { MET: 5 } }, right: 'rtk-bypass', drivers: ['MET'] },
  'non-genetic (EMT)': { resistant: { markers: { 'E-cadherin': 0.125, vimentin: 6 } }, right: 'non-genetic', quirk: 'emt-markers' },
  'unchanged signalling': { resistant: {}, right: 'inconclusive' },
  'near-miss: pERK in the grey zone': { resistant: { f: { ERK: 0.32 } }, right: 'inconclusive' },
  'near-miss: receptor 1.5x': { resistant: { f: { ERK: 0.8 }, total: { MET: 1.5 } }, right: 'mapk-bypass' },
  'quality: missing loading band': { resistant: { f: { ERK: 0.8 } }, right: 'mapk-bypass', quirk: 'missing-loading' },
  'quality: zeros under drug': { resistant: { f: { ERK: 0.8 } }, right: 'mapk-bypass', quirk: 'zeros-under-drug' },
  'quality: no total bands': { resistant: { f: { ERK: 0.8 } }, right: 'mapk-bypass', quirk: 'no-totals' },
  'absolute output collapsed, EMT': { resistant: { f: { ERK: 0.9 }, basal: { ERK: 0.15 }, markers: { 'E-cadherin': 1 / 6, vimentin: 7 } }, right: 'non-genetic', quirk: 'emt-markers' },
  'receptor raised but inactive': { resistant: { f: { ERK: 0.8 }, total: { MET: 4 }, basal: { MET: 0.25 } }, right: 'mapk-bypass' },
  'time course, parental rebound': {
    sensitive: { fAt: { 1: { ERK: 0.06 }, 6: { ERK: 0.21 }, 24: { ERK: 0.63 } } },
    resistant: { fAt: { 1: { ERK: 0.67 }, 6: { ERK: 0.8 }, 24: { ERK: 0.94 } } },
    right: 'mapk-bypass', quirk: 'time-course',
  },
  'censored drug lanes': { resistant: { f: { ERK: 0.85 } }, right: 'mapk-bypass', quirk: 'censored' },
};

/** Background-subtracted blanks: at or below 0, scattered like 2 % of a typical band. */
const blank = (normal, exposure) => -Math.abs(0.02 * exposure * normal());

/**
 * The CSV text of one simulated experiment.
 * @param {{ caseName: string, n: number, cv: number, seed: number }} spec
 */
export function simulate({ caseName, n, cv, seed }) {
  const spec = CASES[caseName];
  if (!spec) throw new Error(`unknown case ${caseName}`);
  const { normal } = seeded(seed);
  const bandSd = Math.sqrt(Math.log(1 + cv * cv));
  const noisy = (x) => x * Math.exp(bandSd * normal());
  const split = spec.quirk === 'missing-loading';
  const rows = ['blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal'];
  for (let rep = 1; rep <= n; rep++) {
    // Phospho and total on one membrane (two-colour or stripped), or on two (split).
    const pMembrane = split ? `P${rep}` : `M${rep}`;
    const tMembrane = split ? `T${rep}` : `M${rep}`;
    const exposure = new Map();
    const exposureOf = (membrane, antibody) => {
      const key = `${membrane}/${antibody}`;
      if (!exposure.has(key)) exposure.set(key, 1000 * Math.exp(0.5 * normal()));
      return exposure.get(key);
    };
    let lane = 0;
    const times = spec.quirk === 'time-course' ? [1, 6, 24] : [2];
    for (const [line, status] of [['KM12', 'sensitive'], ['KM12-R', 'resistant']]) {
      const model = status === 'resistant' ? spec.resistant : spec.sensitive ?? {};
      for (const time of times) for (const [treatment, dose] of [['DMSO', 0], ['larotrectinib', 100]]) {
        lane++;
        const drug = treatment !== 'DMSO';
        const loading = Math.exp(0.1 * normal());
        const design = `${line},${status},${treatment},${dose},${time},${rep}`;
        const gapdh = (membrane) => noisy(exposureOf(membrane, 'GAPDH') * 20 * loading);
        const missingLoading = split && rep === 1 && status === 'sensitive' && !drug;
        rows.push(`${pMembrane},${lane},${design},GAPDH,${missingLoading ? 'NA' : gapdh(pMembrane).toFixed(2)}`);
        if (split) rows.push(`${tMembrane},${lane},${design},GAPDH,${gapdh(tMembrane).toFixed(2)}`);
        // EMT markers: total bands only, at the model's level relative to the sensitive line.
        if (spec.quirk === 'emt-markers') {
          for (const marker of ['E-cadherin', 'vimentin']) {
            rows.push(`${tMembrane},${lane},${design},${marker},${noisy(exposureOf(tMembrane, marker) * loading * (model.markers?.[marker] ?? 1)).toFixed(3)}`);
          }
        }
        for (const target of TARGETS) {
          const total = (model.total?.[target] ?? 1) * loading;
          const f = drug ? (model.fAt?.[time]?.[target] ?? model.f?.[target] ?? SENSITIVE_F[target]) : 1;
          const basal = model.basal?.[target] ?? 1;
          let phospho = noisy(exposureOf(pMembrane, `p${target}`) * total * basal * f);
          // Below detection: the sensitive line's pERK under drug in the first third of the replicates.
          if (spec.quirk === 'zeros-under-drug' && target === 'ERK' && drug && status === 'sensitive' && rep <= Math.max(1, Math.floor(n / 3))) phospho = 0;
          // Censored: the sensitive line's pERK and both lines' pTRK under drug are blanks.
          if (spec.quirk === 'censored' && drug && (target === 'TRK' || (target === 'ERK' && status === 'sensitive'))) phospho = blank(normal, exposureOf(pMembrane, `p${target}`));
          rows.push(`${pMembrane},${lane},${design},p${target},${phospho.toFixed(3)}`);
          if (spec.quirk !== 'no-totals') rows.push(`${tMembrane},${lane},${design},${target},${noisy(exposureOf(tMembrane, target) * total).toFixed(3)}`);
        }
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

/**
 * A verdict scored against the truth: `right`, `withheld` (inconclusive where a mechanism is true)
 * or `wrong` (any other mechanism, assay-invalid included: every simulated assay works; or the
 * right mechanism naming the wrong receptor).
 */
export function score(caseName, verdict) {
  const spec = CASES[caseName];
  if (verdict.mechanism === spec.right) {
    if (spec.drivers && !spec.drivers.every((d) => verdict.drivers.includes(d))) return 'wrong';
    return 'right';
  }
  if (verdict.mechanism === 'inconclusive') return 'withheld';
  return 'wrong';
}
