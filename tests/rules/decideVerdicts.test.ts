/**
 * decideVerdicts through the whole pipeline: small planned experiments (tests/rules/ruleExperiments.ts)
 * for every mechanism and every way a verdict is withheld, checking the verdict, its drivers and
 * its evidence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { decideVerdicts } from '../../src/rules/decideVerdicts.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import type { Evidence, Verdict } from '../../src/rules/types.js';
import { comparison, levels, type HandMade, type Summary } from './handMadeComparisons.js';
import { experiment, RESISTANT, SENSITIVE, SUPPRESSED_SENSITIVE, TARGETS, type Plan } from './ruleExperiments.js';

function verdictsOf(plan: Plan): Verdict[] {
  return analyze([experiment(plan)]).verdicts;
}

function onlyVerdict(plan: Plan): Verdict {
  const verdicts = verdictsOf(plan);
  expect(verdicts).toHaveLength(1);
  return verdicts[0]!;
}

function evidenceOf(v: Verdict, rule: string): Evidence {
  const e = v.evidence.find((x) => x.rule === rule);
  if (!e) throw new Error(`no evidence for ${rule}`);
  return e;
}

const MAPK: Plan = { sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1 } } };

describe('decideVerdicts(comparisons, ruleSet) mechanisms', () => {
  it('calls MAPK bypass when pTRK falls but pERK stays up, naming ERK', () => {
    const v = onlyVerdict(MAPK);
    expect(v).toMatchObject({ line: RESISTANT, versus: SENSITIVE, treatment: 'larotrectinib', dose_nM: 100, time_h: 2, mechanism: 'mapk-bypass', drivers: ['ERK'], confidence: 'strong', replicates: 3 });
    const rule = evidenceOf(v, 'mapk-bypass');
    expect(rule.outcome).toBe('fired');
    expect(rule.targets).toEqual(['TRK', 'ERK', 'AKT']);
    // scipy 1.x: gmean([0.8*0.92, 0.8, 0.8*1.09]) -> 0.800746; gmean([0.08*0.92, 0.08, 0.08*1.09]) -> 0.0800746
    expect(rule.values['ERK.resistant.fraction']).toBeCloseTo(0.800746, 5);
    expect(rule.values['TRK.resistant.fraction']).toBeCloseTo(0.0800746, 6);
    expect(rule.thresholds).toMatchObject({ suppressed: 0.2, sustained: 0.5, minLog2Ratio: 1, alpha: 0.05 });
    expect(rule.sentence).toMatch(/^MAPK bypass: fits - /);
    expect(rule.sentence).toContain('pERK in KM12-LR is at 80 % of vehicle');
    expect(v.nextSteps[0]).toContain('TRK + MEK inhibitor');
    expect(v.nextSteps.join(' ')).toContain('next-generation TRK inhibitor alone is expected to fail');
    expect(v.summary).toBe(`${RESISTANT} vs ${SENSITIVE}, larotrectinib 100 nM 2 h: MAPK bypass (strong) - pERK stays at 80 % of vehicle while pTRK falls to 8.0 %; next: ${v.nextSteps[0]}`);
    expect(v.confidenceNotes).toEqual([]);
  });

  it('calls on-target resistance when pTRK stays up, naming TRK, with sequencing and next-generation inhibitors next', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.8, ERK: 0.7, AKT: 0.6 } } });
    expect(v).toMatchObject({ mechanism: 'on-target', drivers: ['TRK'], confidence: 'strong' });
    expect(evidenceOf(v, 'on-target').outcome).toBe('fired');
    // MAPK bypass needs pTRK suppressed: on-target wins and MAPK bypass does not fit
    expect(evidenceOf(v, 'mapk-bypass').outcome).toBe('not-fired');
    expect(v.nextSteps[0]).toMatch(/sequence the NTRK kinase domain.*selitrectinib or repotrectinib/);
  });

  it('calls PI3K-AKT bypass when pTRK and pERK fall but pAKT stays up', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.09, AKT: 0.8 } } });
    expect(v).toMatchObject({ mechanism: 'pi3k-akt-bypass', drivers: ['AKT'], confidence: 'strong' });
    expect(evidenceOf(v, 'mapk-bypass').outcome).toBe('not-fired');
    expect(v.nextSteps[0]).toContain('PI3K or AKT inhibitor');
  });

  it('names AKT as well when pERK and pAKT both stay up (MAPK bypass with AKT)', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.75 } } });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', drivers: ['ERK', 'AKT'] });
    expect(v.summary).toContain('MAPK bypass with AKT (strong)');
    expect(v.nextSteps).toContain('pAKT stays up as well: also test a TRK + PI3K or AKT inhibitor combination');
    // the PI3K-AKT rule needs pERK suppressed
    expect(evidenceOf(v, 'pi3k-akt-bypass').outcome).toBe('not-fired');
  });

  it.each([
    ['MET', 'crizotinib or capmatinib'],
    ['EGFR', 'TRK + EGFR inhibitor'],
    ['HER2', 'TRK + HER2 inhibitor'],
  ])('calls receptor bypass naming %s when its basal phosphorylation is raised and not suppressed', (receptor, strategy) => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1 }, basal: { [receptor]: 4 } } });
    expect(v).toMatchObject({ mechanism: 'rtk-bypass', drivers: [receptor], confidence: 'strong' });
    expect(v.summary).toContain(`receptor bypass via ${receptor} (strong)`);
    // Active receptor: 4x the phosphorylated receptor over loading (its total unchanged).
    expect(v.summary).toContain(`basal p${receptor} (over loading) 4.0x ${SENSITIVE}`);
    expect(v.nextSteps[0]).toContain(strategy);
    // receptor bypass comes before MAPK bypass, which also fits and says so
    const mapk = evidenceOf(v, 'mapk-bypass');
    expect(mapk.outcome).toBe('fired');
    expect(mapk.sentence).toMatch(/^MAPK bypass: also fits, but receptor bypass comes first/);
    expect(evidenceOf(v, 'rtk-bypass').values[`${receptor}.phospho.log2Ratio`]).toBeCloseTo(2, 1);
  });

  it('names two receptors when both are raised', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1 }, basal: { EGFR: 4, MET: 5 } } });
    expect(v.drivers).toEqual(['EGFR', 'MET']);
    expect(v.summary).toContain('receptor bypass via EGFR, MET');
  });

  it('does not name a raised receptor that the drug suppresses', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1, MET: 0.1 }, basal: { MET: 4 } } });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', drivers: ['ERK'] });
    expect(evidenceOf(v, 'rtk-bypass').sentence).toContain('none of EGFR, HER2, MET is raised in KM12-LR and active under the drug');
  });

  it('calls receptor bypass through a raised total receptor and hints at amplification with FISH next', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1 }, total: { MET: 2 } } });
    expect(v).toMatchObject({ mechanism: 'rtk-bypass', drivers: ['MET'] });
    const hint = v.hints.find((h) => h.kind === 'amplification');
    expect(hint).toMatchObject({ target: 'MET' });
    // total MET 2 vs 0.5 over GAPDH: 4-fold
    expect(hint!.values.fold).toBeCloseTo(4, 1);
    expect(hint!.sentence).toContain('possible MET amplification');
    expect(v.nextSteps).toContain('check MET amplification by FISH or NGS copy number');
  });

  it('hints at fusion loss when total TRK falls to half or less', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1 }, total: { TRK: 0.15 } } });
    const hint = v.hints.find((h) => h.kind === 'fusion-loss');
    expect(hint).toMatchObject({ target: 'TRK' });
    expect(hint!.values.fold).toBeCloseTo(0.3, 2);
    expect(v.nextSteps.join(' ')).toContain('fusion transcript');
    expect(v.hints.some((h) => h.kind === 'amplification')).toBe(false);
  });

  it('keeps a strong verdict when loading drifts in a lane whose phospho/total is formed within the lane (the ratio does not read the loading control), and lists it as a hint', () => {
    const v = onlyVerdict({ ...MAPK, loadingSpike: { replicate: 2, model: 'resistant', fold: 2 } });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', confidence: 'strong' });
    expect(v.confidenceNotes).toEqual([]);
    expect(v.hints.find((h) => h.kind === 'quality')?.sentence).toMatch(/^loading-drift on /);
  });

  it('adds an adaptive-rebound hint when pERK is suppressed early and back late', () => {
    const verdicts = verdictsOf({
      times: [1, 24],
      sensitive: SUPPRESSED_SENSITIVE,
      resistant: { f: { TRK: 0.08, AKT: 0.1 }, fAt: { 1: { ERK: 0.1 }, 24: { ERK: 0.8 } } },
    });
    expect(verdicts.map((v) => [v.time_h, v.mechanism])).toEqual([[1, 'inconclusive'], [24, 'mapk-bypass']]);
    for (const v of verdicts) {
      const hint = v.hints.find((h) => h.kind === 'adaptive-rebound');
      expect(hint).toMatchObject({ target: 'ERK', values: { earlyTime_h: 1, lateTime_h: 24 } });
      expect(v.nextSteps.some((s) => s.includes('rebound'))).toBe(true);
    }
  });
});

describe('decideVerdicts(comparisons, ruleSet) withheld verdicts', () => {
  it('is assay-invalid when the drug does not suppress pERK in the sensitive model', () => {
    const v = onlyVerdict({ sensitive: { f: { TRK: 0.08, ERK: 0.6, AKT: 0.1 } }, resistant: { f: { TRK: 0.08, ERK: 0.8 } } });
    expect(v).toMatchObject({ mechanism: 'assay-invalid', drivers: [], confidence: 'strong' });
    expect(evidenceOf(v, 'assay-validity')).toMatchObject({ outcome: 'not-fired', targets: ['TRK', 'ERK'] });
    expect(evidenceOf(v, 'assay-validity').sentence).toContain('pERK in KM12 is at 60 % of vehicle');
    for (const rule of ['on-target', 'rtk-bypass', 'mapk-bypass', 'pi3k-akt-bypass']) expect(evidenceOf(v, rule).outcome).toBe('not-evaluable');
    expect(v.nextSteps[0]).toContain('inhibitor dose');
    expect(v.nextSteps.join(' ')).not.toContain('Tyr674');
  });

  it('suggests another phospho-TRK antibody when pTRK is not suppressed in the sensitive model', () => {
    const v = onlyVerdict({ sensitive: { f: { TRK: 0.7, ERK: 0.08 } }, resistant: { f: { TRK: 0.8, ERK: 0.8 } } });
    expect(v.mechanism).toBe('assay-invalid');
    expect(v.nextSteps.join(' ')).toContain('Tyr674/675');
  });

  it('withholds the verdict for pERK in the grey zone', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.35, AKT: 0.1 } } });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'grey-zone', confidence: 'provisional', drivers: [] });
    expect(v.summary).toContain('pERK is at 35 % of vehicle, in the grey zone');
    expect(evidenceOf(v, 'mapk-bypass').outcome).toBe('not-evaluable');
  });

  it('withholds the verdict when a rule with precedence is undecided (pTRK in the grey zone, pERK sustained)', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.35, ERK: 0.8, AKT: 0.1 } } });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'grey-zone' });
    expect(evidenceOf(v, 'on-target').sentence).toMatch(/^on-target resistance: undecided/);
  });

  it('lowers confidence to moderate when the interval of pERK crosses 50 % but stays above 20 %', () => {
    // The linear model on the 12 ERK lanes (log2 phospho/total), R 4.2.2 + emmeans 1.8.4.1:
    // > fit <- lm(y ~ block + model * cond, data = d); em <- emmeans(fit, ~ model * cond)
    // > contrast(em, list(fR = c(0,-1,0,1), interaction = c(1,-1,-1,1)))  (infer = TRUE)
    //      contrast      estimate           SE df     lower.CL      upper.CL      t.ratio         p.value
    //            fR -0.5048577243 0.2373475447  6 -1.085626244 0.07591079576 -2.127082144 0.0775211910195
    //   interaction  3.3132139566 0.3356601168  6  2.491883239 4.13454467426  9.870740643 0.0000623772802
    // f = 2^-0.50486 = 0.70473 (0.47119 to 1.05399): sustained, but the interval crosses 50 %.
    const v = onlyVerdict({
      sensitive: { f: { TRK: 0.08, ERK: [0.05, 0.072, 0.099], AKT: 0.1 } },
      resistant: { f: { TRK: 0.08, ERK: [0.5, 0.7, 1.0], AKT: 0.1 } },
    });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', confidence: 'moderate', drivers: ['ERK'] });
    const values = evidenceOf(v, 'mapk-bypass').values;
    expect(values['ERK.resistant.fraction']).toBeCloseTo(0.70473, 4);
    expect(values['ERK.resistant.ciLow']).toBeCloseTo(2 ** -1.085626244, 6);
    expect(values['ERK.resistant.ciHigh']).toBeCloseTo(2 ** 0.07591079576, 6);
    expect(values['ERK.fraction.log2Ratio']).toBeCloseTo(3.3132139566, 8);
    expect(values['ERK.fraction.p']! / 6.23772802e-05).toBeCloseTo(1, 5);
    expect(v.confidenceNotes).toHaveLength(1);
    expect(v.confidenceNotes![0]).toContain('but the interval crosses 50 %');
  });

  it('withholds the verdict when the interval of pERK runs from below 20 % to above 50 %', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: [0.15, 0.7, 2.0], AKT: 0.1 } } });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'interval-spans' });
    expect(v.summary).toMatch(/pERK is at 59 % of vehicle but its interval runs from [\d.]+ % to [\d.]+ %/);
    expect(v.nextSteps[0]).toContain('narrow the interval');
  });

  it('gives a provisional verdict with two replicates, judged on the estimates', () => {
    const v = onlyVerdict({ ...MAPK, replicates: 2 });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', confidence: 'provisional', replicates: 2 });
    expect(v.hints.find((h) => h.kind === 'replicates')?.sentence).toContain('provisional');
    expect(v.nextSteps).toContain('add replicates to reach n = 3 and confirm');
  });

  it('is descriptive only with one replicate: inconclusive, naming the pattern it looks like', () => {
    const v = onlyVerdict({ ...MAPK, replicates: 1 });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'descriptive-only', resembles: 'mapk-bypass', drivers: [], replicates: 1 });
    expect(v.summary).toContain('inconclusive (n = 1, descriptive only; looks like MAPK bypass)');
    expect(v.hints.find((h) => h.kind === 'replicates')?.sentence).toContain('descriptive only');
  });

  it('says no pattern when the resistant model responds like the sensitive one', () => {
    const v = onlyVerdict({ sensitive: SUPPRESSED_SENSITIVE, resistant: SUPPRESSED_SENSITIVE });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'no-pattern' });
    // The signalling rules do not fit; non-genetic resistance cannot be judged without EMT markers,
    // and the next step says which to probe.
    expect(v.evidence.slice(1).filter((e) => e.rule !== 'non-genetic').every((e) => e.outcome === 'not-fired')).toBe(true);
    expect(evidenceOf(v, 'non-genetic').outcome).toBe('not-evaluable');
    expect(v.nextSteps[0]).toContain('probe EMT markers (E-cadherin, vimentin, N-cadherin, ZEB1) for non-genetic resistance');
  });

  it('cannot check the assay when pERK was not measured', () => {
    const v = onlyVerdict({ targets: TARGETS.filter((t) => t !== 'ERK'), sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, AKT: 0.8 } } });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'not-measured' });
    expect(evidenceOf(v, 'assay-validity').outcome).toBe('not-evaluable');
    expect(v.nextSteps[0]).toBe('measure pERK/ERK in both models');
  });

  it('falls through to MAPK bypass when the receptors were not measured', () => {
    const v = onlyVerdict({ ...MAPK, targets: ['TRK', 'AKT', 'ERK'] });
    expect(v.mechanism).toBe('mapk-bypass');
    expect(evidenceOf(v, 'rtk-bypass').outcome).toBe('not-evaluable');
  });
});

describe('the bundled example', () => {
  it('gives MAPK bypass for KM12-LR versus KM12', () => {
    const bytes = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url));
    const results = analyze([{ name: 'examples/trk-bypass-long.csv', bytes }]);
    expect(results.verdicts).toHaveLength(1);
    const v = results.verdicts[0]!;
    expect(v).toMatchObject({ line: 'KM12-LR', versus: 'KM12', mechanism: 'mapk-bypass', drivers: ['ERK'] });
    expect(v.summary).toMatch(/^KM12-LR vs KM12, larotrectinib 100 nM 2 h: MAPK bypass \(/);
    expect(results.rules).toMatchObject({ name: 'trk-default', source: 'default', precedence: ['assay-validity', 'on-target', 'rtk-bypass', 'mapk-bypass', 'pi3k-akt-bypass', 'non-genetic'] });
  });
});

describe('decideVerdicts(comparisons, ruleSet) on hand-made comparisons', () => {
  const erk = (fR: Summary, fS: Summary, time_h = 2): HandMade => ({ target: 'ERK', fR, fS, diff: [3, 0.001, 3], time_h });
  const trk = (time_h = 2): HandMade => ({ target: 'TRK', fR: [0.05, 0.03, 0.08, 3], fS: [0.05, 0.03, 0.08, 3], time_h });
  const decide = (...made: HandMade[]) => decideVerdicts(made.map(comparison), made.map(levels), defaultRuleSet(), 0.95);

  it('withholds the verdict when pERK is 2-fold above the sensitive model but not significant at its own p', () => {
    const [v] = decide(trk(), { target: 'ERK', fR: [0.8, 0.6, 1, 3], fS: [0.1, 0.07, 0.15, 3], diff: [1.2, 0.06, 3] });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'not-significant' });
    expect(v!.summary).toContain('p = 0.060 (needs < 0.05)');
  });

  it('withholds the verdict when the sensitive interval runs across both thresholds', () => {
    const [v] = decide(trk(), erk([0.8, 0.6, 1, 3], [0.15, 0.05, 0.6, 3]));
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'interval-spans' });
    expect(v!.evidence[0]!.sentence).toMatch(/^assay validity: undecided/);
  });

  it('leaves the assay undecided (inconclusive) when the sensitive estimate is above 20 % but its interval reaches the suppressed range', () => {
    const [v] = decide(trk(), erk([0.8, 0.6, 1, 3], [0.3, 0.15, 0.45, 3]));
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'grey-zone' });
    expect(v!.evidence[0]!.sentence).toMatch(/^assay validity: undecided - pERK in S1 is at 30 %/);
    expect(v!.nextSteps[0]).toContain('not clearly suppressed');
  });

  it('is assay-invalid, moderate, when the sensitive interval lies above the suppressed range but reaches below the sustained one', () => {
    const [v] = decide(trk(), erk([0.8, 0.6, 1, 3], [0.6, 0.4, 0.9, 3]));
    expect(v).toMatchObject({ mechanism: 'assay-invalid', confidence: 'moderate' });
    expect(v!.confidenceNotes![0]).toMatch(/^the sensitive model's interval reaches below the sustained threshold/);
  });

  it('is assay-invalid, strong, when the sensitive interval lies at or above the sustained threshold', () => {
    const [v] = decide(trk(), erk([0.8, 0.6, 1, 3], [0.8, 0.55, 1.1, 3]));
    expect(v).toMatchObject({ mechanism: 'assay-invalid', confidence: 'strong' });
  });

  it('grades assay-invalid provisional with two replicates', () => {
    const [v] = decide(trk(), erk([0.8, 0.6, 1, 2], [0.6, null, null, 2]));
    expect(v).toMatchObject({ mechanism: 'assay-invalid', confidence: 'provisional' });
  });

  it('adds no rebound hint when the sustained time point comes first', () => {
    const verdicts = decide(trk(1), erk([0.8, 0.6, 1, 3], [0.08, 0.06, 0.1, 3], 1), trk(24), erk([0.1, 0.08, 0.12, 3], [0.08, 0.06, 0.1, 3], 24));
    expect(verdicts.map((v) => v.mechanism)).toEqual(['mapk-bypass', 'inconclusive']);
    expect(verdicts.flatMap((v) => v.hints).some((h) => h.kind === 'adaptive-rebound')).toBe(false);
  });

  it('gives the same verdicts for the same comparisons (no hidden state)', () => {
    const made = [trk(), erk([0.8, 0.6, 1, 3], [0.08, 0.06, 0.1, 3])];
    expect(JSON.stringify(decide(...made))).toBe(JSON.stringify(decide(...made)));
  });
});
