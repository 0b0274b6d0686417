/**
 * The five lab situations of issue 24 items 1-5 ("Verdicts that read the biology, not only the
 * ratios"), rebuilt from their descriptions, each with the verdict the "Done when" accepts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Results } from '../../src/results.js';
import type { Verdict } from '../../src/rules/types.js';
import { biologyCsv, biologyExperiment, RESISTANT, SENSITIVE, SENSITIVE_SUPPRESSED, type BiologyPlan } from './biologyExperiments.js';

const run = (plan: BiologyPlan): Results => analyze([biologyExperiment(plan)]);
const only = (r: Results): Verdict => {
  expect(r.verdicts).toHaveLength(1);
  return r.verdicts[0]!;
};

describe('1b. basal pERK collapsed to a quarter, no EMT markers probed (from the independent review)', () => {
  it('withholds the bypass: pERK under the drug at a quarter of the parental\'s untreated level is neither collapsed nor maintained', () => {
    const v = only(run({ sensitive: SENSITIVE_SUPPRESSED, resistant: { f: { TRK: 0.08, ERK: 0.9, AKT: 0.1 }, basal: { ERK: 0.25 } } }));
    expect(v.mechanism).toBe('inconclusive');
    expect(v.summary).toMatch(/pERK output under the drug is at \d+ % of KM12's vehicle/);
  });
});

describe('1. basal pERK collapsed with an EMT shift', () => {
  const plan: BiologyPlan = {
    markers: ['E-cadherin', 'vimentin'],
    sensitive: SENSITIVE_SUPPRESSED,
    resistant: { f: { TRK: 0.08, ERK: 0.9, AKT: 0.1 }, basal: { ERK: 0.15 }, total: { 'E-cadherin': 1 / 6, vimentin: 7 } },
  };
  it('is non-genetic resistance (never MAPK bypass): pERK output under the drug is a fraction of the parental\'s untreated level', () => {
    const r = run(plan);
    const v = only(r);
    expect(v.mechanism).toBe('non-genetic');
    expect(v.drivers).toEqual(['E-cadherin', 'vimentin']);
    const mapk = v.evidence.find((e) => e.rule === 'mapk-bypass')!;
    expect(mapk.outcome).toBe('not-fired');
    expect(mapk.sentence).toContain(`pERK output in ${RESISTANT} under the drug is at`);
    expect(v.hints.find((h) => h.kind === 'output-collapsed')).toMatchObject({ target: 'ERK' });
  });

  it('reads the absolute output as one contrast of the blocked model (checked against R lm + emmeans)', () => {
    const abs = run(plan).comparisons.find((c) => c.target === 'ERK')!.absoluteOutput!;
    // R 4.x + emmeans, the 12 ERK lanes of biologyCsv(plan), y = log2(pERK / ERK), block = membrane:
    // > fit <- lm(y ~ block + cell, data = m); em <- emmeans(fit, ~ cell)
    // > summary(contrast(em, list(abs = c(-1, 0, 0, 1))), infer = TRUE)   # KM12-R laro - KM12 DMSO
    //  contrast   estimate         SE df   lower.CL   upper.CL t.ratio p.value
    //  abs      -2.8876285 0.07483988  6 -3.0707551 -2.7045019 -38.584  <.0001
    expect(abs.log2Mean!).toBeCloseTo(-2.8876285, 6);
    expect(abs.se!).toBeCloseTo(0.07483988, 7);
    expect(abs.df).toBe(6);
    expect(abs.ciLow!).toBeCloseTo(2 ** -3.0707551, 6);
    expect(abs.ciHigh!).toBeCloseTo(2 ** -2.7045019, 6);
  });
});

describe('2. a receptor raised in total but not phosphorylated', () => {
  const plan: BiologyPlan = {
    sensitive: SENSITIVE_SUPPRESSED,
    resistant: { f: { TRK: 0.08, ERK: 0.85, AKT: 0.1 }, total: { MET: 4 }, basal: { MET: 0.25 } },
    // a drifting loading band in a lane no verdict reads through its loading control
    loadingSpike: { line: SENSITIVE, drug: true, replicate: 2, fold: 1.9 },
  };
  it('is MAPK bypass, strong, with MET named only as a hint ("expressed, not activated")', () => {
    const v = only(run(plan));
    expect(v.mechanism).toBe('mapk-bypass');
    expect(v.drivers).not.toContain('MET');
    expect(v.confidence).toBe('strong');
    const hint = v.hints.find((h) => h.kind === 'receptor-not-activated');
    expect(hint?.target).toBe('MET');
    expect(hint?.sentence).toMatch(/^MET expressed, not activated: total MET in KM12-R is 4\.\dx KM12's/);
    expect(v.nextSteps[0]).not.toContain('MET inhibitor');
  });
});

describe('3. a parental adaptive rebound in a time course', () => {
  const plan: BiologyPlan = {
    times: [1, 6, 24],
    sensitive: { f: { TRK: 0.08, AKT: 0.1 }, fAt: { 1: { ERK: 0.06 }, 6: { ERK: 0.21 }, 24: { ERK: 0.63 } } },
    resistant: { f: { TRK: 0.08, AKT: 0.1 }, fAt: { 1: { ERK: 0.67 }, 6: { ERK: 0.8 }, 24: { ERK: 0.94 } } },
  };
  it('is MAPK bypass read at 1 h, where the assay is valid, with the parental rebound as a hint', () => {
    const v = only(run(plan));
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', times: [1, 6, 24], readingTime_h: 1, time_h: null });
    expect(v.summary).toMatch(/over 1, 6, 24 h \(read at 1 h\): MAPK bypass/);
    const rebound = v.hints.find((h) => h.kind === 'adaptive-rebound');
    expect(rebound?.sentence).toMatch(new RegExp(`^pERK in the sensitive ${SENSITIVE} falls to .* at 1 h and comes back to .* at 24 h`));
    expect(v.evidence.find((e) => e.rule === 'time-course')!.sentence).toContain('the verdict is read at 1 h, the latest time at which the assay is valid');
  });
});

describe('4. negative values after background subtraction in the parental\'s drug lanes', () => {
  const planWith = (values: readonly number[]): BiologyPlan => ({
    sensitive: SENSITIVE_SUPPRESSED,
    resistant: { f: { TRK: 0.08, ERK: 0.85, AKT: 0.1 } },
    override: ({ line, drug, replicate, label }) => (line === SENSITIVE && drug && label === 'pERK' ? values[replicate - 1]! : null),
  });
  it('is MAPK bypass (never assay-invalid): each band is censored at its own membrane\'s noise and read as an upper bound', () => {
    const r = run(planWith([-12.4, -3.5, -31]));
    const censored = r.lanes.filter((l) => l.censoredAt);
    expect(censored.map((l) => [l.membrane, l.censoredAt!.source])).toEqual([['M1', 'antibody-noise'], ['M2', 'antibody-noise'], ['M3', 'antibody-noise']]);
    // One blank per membrane: 3 x its magnitude.
    expect(censored.map((l) => l.censoredAt!.limit)).toEqual([3 * 12.4, 3 * 3.5, 3 * 31].map((x) => expect.closeTo(x, 10)));
    const erk = r.comparisons.find((c) => c.target === 'ERK')!;
    expect(erk.sensitiveFractionOfVehicle).toMatchObject({ censoredLanes: 3, upperBound: true });
    const v = only(r);
    expect(v.mechanism).toBe('mapk-bypass');
    expect(v.evidence[0]!.sentence).toContain(`pERK in ${SENSITIVE} is at most`);
  });

  it('with one band at exactly 0 (no noise on its membrane) its limit is the membrane\'s lowest positive drug band, a loose bound; the bounds together still put the sensitive line under 20 %', () => {
    const r = run(planWith([-12.4, 0, -31]));
    const censored = r.lanes.filter((l) => l.censoredAt);
    expect(censored.map((l) => l.censoredAt!.source)).toEqual(['antibody-noise', 'lowest-positive-band', 'antibody-noise']);
    // f <= the geometric mean of the three lanes' bounds (limit / vehicle), no interval.
    const bounds = censored.map((l) => l.fractionOfVehicle!);
    const erk = r.comparisons.find((c) => c.target === 'ERK')!;
    expect(erk.sensitiveFractionOfVehicle.estimate!).toBeCloseTo(Math.cbrt(bounds[0]! * bounds[1]! * bounds[2]!), 12);
    expect(erk.sensitiveFractionOfVehicle).toMatchObject({ upperBound: true, ciLow: null, ciHigh: null });
    expect(bounds[1]!).toBeGreaterThan(0.5);
    expect(only(r).mechanism).toBe('mapk-bypass');
  });
});

describe('5. every drug-lane pTRK at or below 0 in both lines', () => {
  const values: Record<string, readonly number[]> = { [SENSITIVE]: [-5, 0, -18], [RESISTANT]: [-9, -2, 0] };
  const plan: BiologyPlan = {
    sensitive: SENSITIVE_SUPPRESSED,
    resistant: { f: { TRK: 0.08, ERK: 0.85, AKT: 0.1 } },
    override: ({ line, drug, replicate, label }) => (drug && label === 'pTRK' ? values[line]![replicate - 1]! : null),
  };
  it('is MAPK bypass: pTRK is measured (below detection), never "not measured", never on-target or assay-invalid', () => {
    const r = run(plan);
    const v = only(r);
    expect(v.mechanism).toBe('mapk-bypass');
    expect(v.summary).not.toContain('not measured');
    const trk = r.comparisons.find((c) => c.target === 'TRK')!;
    expect(trk.fractionOfVehicle.upperBound).toBe(true);
    expect(trk.sensitiveFractionOfVehicle.upperBound).toBe(true);
    expect(trk.fractionOfVehicle.estimate!).toBeLessThan(0.2);
  });
});

it('the situations are plain long-layout CSV a lab could export', () => {
  expect(biologyCsv({}).split('\n')[0]).toBe('blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal');
});
