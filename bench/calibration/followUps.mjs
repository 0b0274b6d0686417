/**
 * Simulated follow-up experiments with a known outcome, for `npm run calibrate:followup`, the suite
 * (tests/rules/followUpSituations.test.ts) and examples/make_follow_up.mjs.
 *
 * One experiment: a sensitive model (KM12) and a resistant one (KM12-R), n biological replicates,
 * each on its own membrane; arms DMSO, larotrectinib 100 nM and the case's follow-up arms, 2 h.
 * Every lane carries the six phospho/total pairs (TRK, AKT, ERK, EGFR, HER2, MET) and GAPDH; a band
 * is exposure(membrane, antibody) x loading(lane) x truth x noise(band), as in simulate.mjs (the
 * per-band CV is the noise asked for). The truth is the fraction of vehicle f of each arm, model and
 * target (1 where a case does not say), and the total fold of a receptor in the resistant model.
 */
import { simulateBlotRows } from './blotRows.mjs';

/** A working TRK inhibitor in the sensitive model. */
const TRK_OFF = { TRK: 0.08, ERK: 0.1, AKT: 0.15 };
const MEK_OFF = { ERK: 0.06 };

const LARO = 'larotrectinib';
const arm = (treatment, dose, sensitive, resistant) => ({ treatment, dose, sensitive, resistant });

/**
 * Each case: the resistant model's truth under larotrectinib (its mechanism), the follow-up arms,
 * and the outcome each arm's primary readout should get (`truth`).
 */
export const FOLLOW_UP_CASES = {
  'MEK combination restores (MAPK bypass)': {
    mechanism: 'mapk-bypass', laro: { ...TRK_OFF, ERK: 0.8 },
    arms: [arm('trametinib', 10, MEK_OFF, MEK_OFF), arm(`${LARO} + trametinib`, 100, { ...TRK_OFF, ...MEK_OFF }, { ...TRK_OFF, ...MEK_OFF })],
    truth: { trametinib: 'active', [`${LARO} + trametinib`]: 'restored' },
  },
  'MEK combination does not restore': {
    mechanism: 'mapk-bypass', laro: { ...TRK_OFF, ERK: 0.8 },
    arms: [arm('trametinib', 10, MEK_OFF, MEK_OFF), arm(`${LARO} + trametinib`, 100, { ...TRK_OFF, ...MEK_OFF }, { ...TRK_OFF, ERK: 0.8 })],
    truth: { trametinib: 'active', [`${LARO} + trametinib`]: 'not-restored' },
  },
  'MEK combination restores in part': {
    mechanism: 'mapk-bypass', laro: { ...TRK_OFF, ERK: 0.8 },
    arms: [arm(`${LARO} + trametinib`, 100, { ...TRK_OFF, ...MEK_OFF }, { ...TRK_OFF, ERK: 0.32 })],
    truth: { [`${LARO} + trametinib`]: 'partial' },
  },
  'MEK inhibitor inactive at its dose': {
    mechanism: 'mapk-bypass', laro: { ...TRK_OFF, ERK: 0.8 },
    arms: [arm('trametinib', 0.1, {}, {}), arm(`${LARO} + trametinib`, 100, TRK_OFF, { ...TRK_OFF, ERK: 0.8 })],
    truth: { trametinib: 'inactive', [`${LARO} + trametinib`]: 'not-restored' },
  },
  'next-generation inhibitor restores (on-target)': {
    mechanism: 'on-target', laro: { TRK: 0.8, ERK: 0.75, AKT: 0.7 },
    arms: [arm('selitrectinib', 100, TRK_OFF, TRK_OFF)],
    truth: { selitrectinib: 'restored' },
  },
  'next-generation inhibitor does not restore (on-target)': {
    mechanism: 'on-target', laro: { TRK: 0.8, ERK: 0.75, AKT: 0.7 },
    arms: [arm('selitrectinib', 100, TRK_OFF, { TRK: 0.8, ERK: 0.75, AKT: 0.7 })],
    truth: { selitrectinib: 'not-restored' },
  },
  'MET combination restores (receptor bypass)': {
    mechanism: 'rtk-bypass', laro: { ...TRK_OFF, ERK: 0.8, AKT: 0.5 }, total: { MET: 5 },
    arms: [
      arm('capmatinib', 100, { MET: 1 }, { MET: 0.05, ERK: 0.6, AKT: 0.6 }),
      arm(`${LARO} + capmatinib`, 100, TRK_OFF, { ...TRK_OFF, MET: 0.05, ERK: 0.08 }),
    ],
    truth: { [`${LARO} + capmatinib`]: 'restored' },
  },
  'HGF rescues the sensitive line (ligand rescue)': {
    mechanism: 'rtk-bypass', laro: { ...TRK_OFF, ERK: 0.8, AKT: 0.5 }, total: { MET: 5 },
    arms: [arm(`${LARO} + HGF`, 100, { ...TRK_OFF, MET: 6, ERK: 0.9, AKT: 0.8 }, { ...TRK_OFF, MET: 1.5, ERK: 0.9, AKT: 0.6 })],
    truth: { [`${LARO} + HGF`]: 'rescued' },
  },
};

/** The CSV text of one simulated follow-up experiment. */
export function simulateFollowUp({ caseName, n, cv, seed }) {
  const spec = FOLLOW_UP_CASES[caseName];
  if (!spec) throw new Error(`unknown case ${caseName}`);
  const arms = [arm('DMSO', 0, {}, {}), arm(LARO, 100, TRK_OFF, spec.laro), ...spec.arms]
    .map((a) => ({ treatment: a.treatment, dose: a.dose, f: (status, target) => a[status][target] ?? 1 }));
  return simulateBlotRows({ n, cv, seed, arms, totalFold: (status, target) => (status === 'resistant' ? spec.total?.[target] ?? 1 : 1) });
}

/** Each scored follow-up of one analysis: `right`, `withheld` (inconclusive) or `wrong`, and whether a wrong call was `restored`. */
export function scoreFollowUps(caseName, results) {
  const spec = FOLLOW_UP_CASES[caseName];
  return Object.entries(spec.truth).map(([armName, truth]) => {
    const f = results.followUps.find((x) => x.arm === armName && x.primary);
    const outcome = f?.outcome ?? 'missing';
    const score = outcome === truth ? 'right' : outcome === 'inconclusive' ? 'withheld' : 'wrong';
    return { arm: armName, truth, outcome, score, wrongRestored: score === 'wrong' && outcome === 'restored' };
  });
}

/**
 * Every case `runs` times at n and CV, through `analyze`: per case and arm, right / withheld / wrong
 * and wrong `restored`; and whether the verdict on the TRK-inhibitor-alone arm kept its mechanism.
 */
export function calibrateFollowUps({ runs, n, cv, analyze, cases = Object.keys(FOLLOW_UP_CASES) }) {
  const rows = [];
  for (const caseName of cases) {
    const byArm = new Map();
    let verdictRight = 0;
    for (let run = 0; run < runs; run++) {
      const text = simulateFollowUp({ caseName, n, cv, seed: 10007 * (run + 1) + Math.round(cv * 1000) + 97 * n });
      const results = analyze([{ name: 'follow-up.csv', bytes: new TextEncoder().encode(text) }]);
      if (results.verdicts.length === 1 && results.verdicts[0].mechanism === FOLLOW_UP_CASES[caseName].mechanism) verdictRight++;
      for (const s of scoreFollowUps(caseName, results)) {
        const tally = byArm.get(s.arm) ?? { arm: s.arm, truth: s.truth, right: 0, withheld: 0, wrong: 0, wrongRestored: 0 };
        tally[s.score]++;
        if (s.wrongRestored) tally.wrongRestored++;
        byArm.set(s.arm, tally);
      }
    }
    for (const tally of byArm.values()) rows.push({ caseName, runs, verdictRight, ...tally });
  }
  return rows;
}
