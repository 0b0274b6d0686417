/**
 * compareModels(normalize(bands)): resistant versus sensitive, per condition and target, checked
 * against scipy. The primitives (pairedT, welchT, ...) have their own tests; this file checks the
 * application: which values reach which test, pairing by replicate, BH families, null statistics.
 *
 * Reference values: Python 3.11.7, scipy 1.17.1.
 *
 * Fixture paired-three-targets.csv (phospho and total in one lane; f = (p_drug / t_drug) / (p_veh / t_veh)):
 *
 *   target  model    rep 1                          rep 2                        rep 3
 *   TRK     KM12     (50/2000)/(1000/2000) = 0.05   (96/2000)/(1200/2000) = 0.08 (48/2000)/(800/2000) = 0.06
 *   TRK     KM12-LR  (90/1800)/(900/1800)  = 0.10   (90/2000)/(1000/2000) = 0.09 (70/2000)/(700/1400) = 0.07
 *   AKT     KM12     (240/1000)/(800/1000) = 0.30   (150/1200)/(600/1200) = 0.25 (360/1000)/(900/1000) = 0.40
 *   AKT     KM12-LR  (350/1000)/(1000/1000) = 0.35  (140/1000)/(700/1000) = 0.20  (550/1000)/(1100/1000) = 0.50
 *   ERK     KM12     (84/1000)/(2000/1000) = 0.042  (25/1000)/(1000/1000) = 0.025 (130/1000)/(1500/750) = 0.065
 *   ERK     KM12-LR  (261/2000)/(1200/800) = 0.087  (49/1000)/(900/900) = 0.049   (262/1000)/(2400/1200) = 0.131
 *
 * ERK is GraphPad's ratio paired t-test example: resistant / sensitive = 8.7/4.2, 4.9/2.5, 13.1/6.5
 * (GraphPad Prism statistics guide: P = 0.0005, geometric mean ratio 2.02, 95% CI 1.88 to 2.16).
 *
 * >>> import numpy as np; from scipy import stats
 * >>> f = {'TRK': ([.05, .08, .06], [.10, .09, .07]), 'AKT': ([.30, .25, .40], [.35, .20, .50]), 'ERK': ([.042, .025, .065], [.087, .049, .131])}
 * >>> for k, (s, r) in f.items():
 * ...     res = stats.ttest_rel(np.log2(r), np.log2(s)); ci = res.confidence_interval()
 * ...     print(k, res.statistic, res.df, res.pvalue, ci.low, ci.high, np.mean(np.log2(r) - np.log2(s)))
 * ...     for x in (r, s):
 * ...         o = stats.ttest_1samp(np.log2(x), 0).confidence_interval(); print(2 ** np.mean(np.log2(x)), 2 ** o.low, 2 ** o.high)
 * TRK 1.7293194343424554 2 0.22589262784065603 -0.6906178832858207 1.6188294984716614 0.46410580759292025
 *     0.08572618882313397 0.05437734216936431 0.13514782365144667      (resistant)
 *     0.06214465011907721 0.034495153756409026 0.11195652484097107     (sensitive)
 * AKT 0.3704629445392748 2 0.7465934456913825 -0.7868436149755796 0.9351052291998786 0.07413080711214944
 *     0.32710663101885895 0.10384746118852309 1.0303453433711205
 *     0.31072325059538586 0.172475768782045 0.5597826242048549
 * ERK 43.89528713631667 2 0.000518592553494995 0.9117611030259657 1.1099288409203325 1.0108449719731492
 *     0.08234973565954337 0.024139497836094814 0.2809287504339299
 *     0.040866510127815565 0.012453993476641955 0.13409928736185295
 * >>> stats.false_discovery_control([0.22589262784065603, 0.7465934456913825, 0.000518592553494995])
 * array([0.33883894176098406, 0.7465934456913825 , 0.00155577766048498])
 * >>> 2 ** 1.0108449719731492, 2 ** 0.9117611030259657, 2 ** 1.1099288409203325
 * (2.0150909730726547, 1.8813406565960253, 2.1583500125415176)
 * >>> res = stats.ttest_rel(np.log2(f['ERK'][1]), np.log2(f['ERK'][0])); ci = res.confidence_interval(0.90); ci.low, ci.high
 * (0.9436019275668486, 1.0780880163794493)
 * >>> o = stats.ttest_1samp(np.log2(f['ERK'][1]), 0).confidence_interval(0.90); 2 ** o.low, 2 ** o.high
 * (0.03580863497700168, 0.18938110786831483)
 */
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/loadFile.js';
import { normalize } from '../../src/normalize/normalize.js';
import { compareModels } from '../../src/stats/compareModels.js';
import type { Comparison, GroupComparison, Levels, RatioSummary } from '../../src/stats/comparisonTypes.js';
import { bandsOf, fixtureBands, settings } from '../helpers/bands.js';
import { fixture, nonFiniteNumbers, said, textInput } from '../helpers/inputs.js';

// This file checks the per-replicate tests of `--test paired` (and Welch where nothing pairs);
// the linear model, the default, is checked against R in linearModel.test.ts.
const compare = (bands: Parameters<typeof normalize>[0], level = 0.95) => compareModels(normalize(bands, settings()), level, 'paired');
const levelOf = (levels: readonly Levels[], target: string) => levels.find((l) => l.target === target)!;
const byTarget = (comparisons: readonly Comparison[], target: string) => comparisons.find((c) => c.target === target)!;

/** Expected digits: scipy prints 16-17 significant digits; the t cdf / quantile are good to ~1e-12. */
function expectSummary(actual: RatioSummary, expected: { estimate: number; ciLow: number; ciHigh: number; n: number }): void {
  expect(actual.n).toBe(expected.n);
  expect(actual.estimate).toBeCloseTo(expected.estimate, 12);
  expect(actual.ciLow).toBeCloseTo(expected.ciLow, 10);
  expect(actual.ciHigh).toBeCloseTo(expected.ciHigh, 10);
}

function expectTest(actual: GroupComparison, expected: Partial<Record<'log2Ratio' | 't' | 'df' | 'p' | 'pAdjusted' | 'ciLow' | 'ciHigh', number>> & { test: string; n: number }): void {
  expect(actual.test).toBe(expected.test);
  expect(actual.n).toBe(expected.n);
  for (const key of ['log2Ratio', 't', 'df', 'p', 'pAdjusted', 'ciLow', 'ciHigh'] as const) {
    const value = expected[key];
    if (value === undefined) continue;
    expect(actual[key], key).not.toBeNull();
    expect(actual[key], key).toBeCloseTo(value, key === 't' ? 8 : 10);
  }
}

describe('compareModels(data, level) with shared replicates: paired t on log2 fractions of vehicle', () => {
  const { comparisons, levels, warnings } = compare(fixtureBands('paired-three-targets.csv'));

  it('compares KM12-LR with KM12 for each target of the one drug condition, in panel order', () => {
    expect(comparisons.map((c) => [c.line, c.versus, c.treatment, c.dose_nM, c.time_h, c.target, c.ratioBasis])).toEqual([
      ['KM12-LR', 'KM12', 'larotrectinib', 100, null, 'TRK', 'phospho/total'],
      ['KM12-LR', 'KM12', 'larotrectinib', 100, null, 'AKT', 'phospho/total'],
      ['KM12-LR', 'KM12', 'larotrectinib', 100, null, 'ERK', 'phospho/total'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('summarises each model\'s fractions of vehicle: geometric mean and t interval on log2 (scipy ttest_1samp)', () => {
    expectSummary(byTarget(comparisons, 'TRK').fractionOfVehicle, { estimate: 0.08572618882313397, ciLow: 0.05437734216936431, ciHigh: 0.13514782365144667, n: 3 });
    expectSummary(byTarget(comparisons, 'TRK').sensitiveFractionOfVehicle, { estimate: 0.06214465011907721, ciLow: 0.034495153756409026, ciHigh: 0.11195652484097107, n: 3 });
    expectSummary(byTarget(comparisons, 'AKT').fractionOfVehicle, { estimate: 0.32710663101885895, ciLow: 0.10384746118852309, ciHigh: 1.0303453433711205, n: 3 });
    expectSummary(byTarget(comparisons, 'AKT').sensitiveFractionOfVehicle, { estimate: 0.31072325059538586, ciLow: 0.172475768782045, ciHigh: 0.5597826242048549, n: 3 });
    expectSummary(byTarget(comparisons, 'ERK').fractionOfVehicle, { estimate: 0.08234973565954337, ciLow: 0.024139497836094814, ciHigh: 0.2809287504339299, n: 3 });
    expectSummary(byTarget(comparisons, 'ERK').sensitiveFractionOfVehicle, { estimate: 0.040866510127815565, ciLow: 0.012453993476641955, ciHigh: 0.13409928736185295, n: 3 });
  });

  it('tests log2 f resistant vs sensitive with a paired t (scipy ttest_rel), BH-adjusted across the three targets', () => {
    expectTest(byTarget(comparisons, 'TRK').resistantVsSensitive, {
      test: 'paired-t', n: 3, t: 1.7293194343424554, df: 2, p: 0.22589262784065603, pAdjusted: 0.33883894176098406,
      ciLow: -0.6906178832858207, ciHigh: 1.6188294984716614, log2Ratio: 0.46410580759292025,
    });
    expectTest(byTarget(comparisons, 'AKT').resistantVsSensitive, {
      test: 'paired-t', n: 3, t: 0.3704629445392748, df: 2, p: 0.7465934456913825, pAdjusted: 0.7465934456913825,
      ciLow: -0.7868436149755796, ciHigh: 0.9351052291998786, log2Ratio: 0.07413080711214944,
    });
    expectTest(byTarget(comparisons, 'ERK').resistantVsSensitive, {
      test: 'paired-t', n: 3, t: 43.89528713631667, df: 2, p: 0.000518592553494995, pAdjusted: 0.00155577766048498,
      ciLow: 0.9117611030259657, ciHigh: 1.1099288409203325, log2Ratio: 1.0108449719731492,
    });
    expect(byTarget(comparisons, 'ERK').resistantVsSensitive).toMatchObject({ nResistant: 3, nSensitive: 3 });
  });

  it("reproduces GraphPad's published ratio paired t-test through the whole pipeline", () => {
    // GraphPad: control 4.2, 2.5, 6.5; treated 8.7, 4.9, 13.1 -> P = 0.0005; ratio 2.02, 95% CI 1.88 to 2.16
    const erk = byTarget(comparisons, 'ERK').resistantVsSensitive;
    expect(erk.p).toBeCloseTo(0.0005, 4);
    expect(2 ** erk.log2Ratio!).toBeCloseTo(2.02, 2);
    expect(2 ** erk.ciLow!).toBeCloseTo(1.88, 2);
    expect(2 ** erk.ciHigh!).toBeCloseTo(2.16, 2);
    // and to full precision against scipy: 2.0150909730726547 (1.8813406565960253 to 2.1583500125415176)
    expect(2 ** erk.log2Ratio!).toBeCloseTo(2.0150909730726547, 12);
    expect(2 ** erk.ciLow!).toBeCloseTo(1.8813406565960253, 10);
    expect(2 ** erk.ciHigh!).toBeCloseTo(2.1583500125415176, 10);
  });

  it('uses the confidence level for every interval (0.90)', () => {
    const erk = byTarget(compare(fixtureBands('paired-three-targets.csv'), 0.9).comparisons, 'ERK');
    expect(erk.resistantVsSensitive.ciLow).toBeCloseTo(0.9436019275668486, 10);
    expect(erk.resistantVsSensitive.ciHigh).toBeCloseTo(1.0780880163794493, 10);
    expect(erk.fractionOfVehicle.ciLow).toBeCloseTo(0.03580863497700168, 10);
    expect(erk.fractionOfVehicle.ciHigh).toBeCloseTo(0.18938110786831483, 10);
  });

  it('compares basal phospho/total and total protein in the vehicle lanes, each BH-adjusted as its own family', () => {
    // Basal (vehicle p/t): KM12 TRK .5 .6 .4, AKT .8 .5 .9, ERK 2 1 2; KM12-LR TRK .5 .5 .5, AKT 1 .7 1.1, ERK 1.5 1 2
    // Total / GAPDH (vehicle lanes; GAPDH KM12 20000 21000 19000, KM12-LR 24000 18000 20000), e.g. ERK KM12 1000/20000, 1000/21000, 750/19000
    // >>> for name, (bs, br, ts, tr) in {...}.items(): stats.ttest_rel(np.log2(br), np.log2(bs)); stats.ttest_rel(np.log2(tr), np.log2(ts))
    // TRK basal 0.11605868472234235 2 0.9182090779667582 -0.7081588895342775 0.7474213489033231 0.0196312296845228
    // TRK total -1.056232714783813 2 0.4016065277781768 -1.3211931330284887 0.8003805782178679 -0.2604062774053104
    // AKT basal 6.030366857877824 2 0.02641405493880374 0.10475112723264851 0.6264898989357441 0.3656205130841963
    // AKT total -1.818099282970518 2 0.21067646916992727 -0.42382487153880277 0.17204022368885838 -0.1258923239249722
    // ERK basal -0.9999999999999998 2 0.4226497308103743 -0.7335999094997838 0.456908243313888 -0.13834583309294793
    // ERK total 0.08676261708472315 2 0.9387646979089677 -1.4496042262683477 1.509269660161083 0.029832716946367615
    // >>> stats.false_discovery_control(basal p); stats.false_discovery_control(total p)
    // [0.9182090779667582, 0.07924216481641122, 0.6339745962155615]; [0.6024097916672652, 0.6024097916672652, 0.9387646979089677]
    const basal = (t: string) => levelOf(levels, t).basal.resistantVsSensitive;
    const total = (t: string) => levelOf(levels, t).totalProtein.resistantVsSensitive;
    expectTest(basal('TRK'), { test: 'paired-t', n: 3, t: 0.11605868472234235, df: 2, p: 0.9182090779667582, pAdjusted: 0.9182090779667582, ciLow: -0.7081588895342775, ciHigh: 0.7474213489033231, log2Ratio: 0.0196312296845228 });
    expectTest(basal('AKT'), { test: 'paired-t', n: 3, t: 6.030366857877824, df: 2, p: 0.02641405493880374, pAdjusted: 0.07924216481641122, ciLow: 0.10475112723264851, ciHigh: 0.6264898989357441, log2Ratio: 0.3656205130841963 });
    expectTest(basal('ERK'), { test: 'paired-t', n: 3, t: -0.9999999999999998, df: 2, p: 0.4226497308103743, pAdjusted: 0.6339745962155615, ciLow: -0.7335999094997838, ciHigh: 0.456908243313888, log2Ratio: -0.13834583309294793 });
    expectTest(total('TRK'), { test: 'paired-t', n: 3, t: -1.056232714783813, df: 2, p: 0.4016065277781768, pAdjusted: 0.6024097916672652, ciLow: -1.3211931330284887, ciHigh: 0.8003805782178679, log2Ratio: -0.2604062774053104 });
    expectTest(total('AKT'), { test: 'paired-t', n: 3, t: -1.818099282970518, df: 2, p: 0.21067646916992727, pAdjusted: 0.6024097916672652, ciLow: -0.42382487153880277, ciHigh: 0.17204022368885838, log2Ratio: -0.1258923239249722 });
    expectTest(total('ERK'), { test: 'paired-t', n: 3, t: 0.08676261708472315, df: 2, p: 0.9387646979089677, pAdjusted: 0.9387646979089677, ciLow: -1.4496042262683477, ciHigh: 1.509269660161083, log2Ratio: 0.029832716946367615 });
    // the basal summaries are geometric means of the vehicle ratios: KM12-LR ERK (1.5 * 1 * 2)^(1/3) = 3^(1/3)
    expect(levelOf(levels, 'ERK').basal.resistant.estimate).toBeCloseTo(Math.cbrt(3), 12);
    expect(levelOf(levels, 'ERK').basal.sensitive.estimate).toBeCloseTo(Math.cbrt(4), 12);
  });

  it('carries no NaN or Infinity anywhere', () => {
    expect(nonFiniteNumbers(comparisons)).toEqual([]);
  });
});

describe('compareModels(data, level) when the models share no replicate: Welch t', () => {
  // welch-unshared-replicates.tsv: vehicle p = t = 1000, drug t = 1000, so f = drug p / 1000:
  //   KM12 (s1-s3):    ERK 0.042 0.025 0.065        AKT 0.30 0.25 0.40
  //   KM12-LR (r1-r4): ERK 0.087 0.049 0.131 0.110  AKT 0.35 0.20 0.50 0.45
  // >>> for k in ['AKT', 'ERK']:
  // ...     res = stats.ttest_ind(np.log2(fR[k]), np.log2(fS[k]), equal_var=False); ci = res.confidence_interval()
  // ...     print(k, res.statistic, res.df, res.pvalue, ci.low, ci.high, np.mean(np.log2(fR[k])) - np.mean(np.log2(fS[k])))
  // AKT 0.5325210145001478 4.832191062442975 0.6179291000798259 -0.733618207960544 1.1119618200818377 0.18917180606064687
  // ERK 2.2115861575709395 4.133807341399567 0.08927470972275472 -0.26715434538381144 2.4976780891755417 1.1152618718958651
  // >>> stats.false_discovery_control([0.6179291000798259, 0.08927470972275472])
  // array([0.6179291 , 0.17854942])   (= 0.6179291000798259, 2 * 0.08927470972275472)
  const { comparisons, levels, warnings } = compare(fixtureBands('welch-unshared-replicates.tsv'));

  it('uses Welch\'s t on log2 fractions, BH-adjusted across AKT and ERK', () => {
    expect(comparisons.map((c) => c.target)).toEqual(['AKT', 'ERK']);
    expectTest(byTarget(comparisons, 'AKT').resistantVsSensitive, {
      test: 'welch-t', n: 7, t: 0.5325210145001478, df: 4.832191062442975, p: 0.6179291000798259, pAdjusted: 0.6179291000798259,
      ciLow: -0.733618207960544, ciHigh: 1.1119618200818377, log2Ratio: 0.18917180606064687,
    });
    expectTest(byTarget(comparisons, 'ERK').resistantVsSensitive, {
      test: 'welch-t', n: 7, t: 2.2115861575709395, df: 4.133807341399567, p: 0.08927470972275472, pAdjusted: 2 * 0.08927470972275472,
      ciLow: -0.26715434538381144, ciHigh: 2.4976780891755417, log2Ratio: 1.1152618718958651,
    });
    expect(byTarget(comparisons, 'ERK').resistantVsSensitive).toMatchObject({ nResistant: 4, nSensitive: 3 });
    expect(byTarget(comparisons, 'ERK').fractionOfVehicle.n).toBe(4);
  });

  it('basal and total are identical in both models here: no spread, null statistics, said once each', () => {
    const erk = levelOf(levels, 'ERK');
    expect(erk.basal.resistantVsSensitive).toMatchObject({ test: 'welch-t', t: null, df: null, p: null, pAdjusted: null, log2Ratio: 0 });
    expect(said(warnings)).toEqual(['AKT', 'ERK'].flatMap((t) => [
      { code: 'too-few-replicates', message: `basal ratio of ${t}, KM12-LR vs KM12: no spread between replicates; statistics are null` },
      { code: 'too-few-replicates', message: `total protein of ${t}, KM12-LR vs KM12: no spread between replicates; statistics are null` },
    ]));
    expect(nonFiniteNumbers(comparisons)).toEqual([]);
  });
});

/** The paired fixture with a fourth replicate for KM12 only (f: TRK 0.07, AKT 0.35, ERK 0.05). */
function withExtraSensitiveReplicate(): ReturnType<typeof loadFile>['bands'] {
  const text = Buffer.from(fixture('paired-three-targets.csv').bytes).toString('utf8');
  const extra = [
    ['DMSO', 0, [1000, 1000, 1000, 1000, 1000, 1000]], ['larotrectinib', 100, [70, 1000, 350, 1000, 50, 1000]],
  ] as const;
  const targets = ['pTRK', 'TRK', 'pAKT', 'AKT', 'pERK', 'ERK'];
  const lines = extra.flatMap(([treatment, dose, signals]) => [
    ...targets.map((t, i) => `KM12,sensitive,${treatment},${dose},4,${t},${signals[i]}`),
    `KM12,sensitive,${treatment},${dose},4,GAPDH,20000`,
  ]);
  return loadFile(textInput('paired-plus-one.csv', text + lines.join('\n') + '\n')).bands;
}

describe('compareModels(data, level) when the models share a single replicate', () => {
  it('uses Welch on all values rather than a paired test on one pair', () => {
    // The Welch fixture with KM12-LR's replicate r1 renamed s1: one shared replicate of 3 vs 4.
    // Welch on all seven values is the same test as above (scipy values there).
    const text = Buffer.from(fixture('welch-unshared-replicates.tsv').bytes).toString('utf8').replaceAll('\tr1\t', '\ts1\t');
    const { comparisons } = compareModels(normalize(loadFile(textInput('one-shared.tsv', text)).bands, settings()), 0.95, 'paired');
    expect(byTarget(comparisons, 'ERK').resistantVsSensitive).toMatchObject({ test: 'welch-t', n: 7, nResistant: 4, nSensitive: 3 });
    expect(byTarget(comparisons, 'ERK').resistantVsSensitive.t).toBeCloseTo(2.2115861575709395, 10);
  });
});

describe('compareModels(data, level) when some replicates are unshared', () => {
  it('pairs the shared replicates, summarises all, and says how many values were left out of the test', () => {
    // >>> fS = [0.042, 0.025, 0.065, 0.05]; o = stats.ttest_1samp(np.log2(fS), 0).confidence_interval(); 2 ** np.mean(np.log2(fS)), 2 ** o.low, 2 ** o.high
    // (0.04298017357097474, 0.022620932544441655, 0.08166309309140429)
    const { comparisons, warnings } = compare(withExtraSensitiveReplicate());
    const erk = byTarget(comparisons, 'ERK');
    expectSummary(erk.sensitiveFractionOfVehicle, { estimate: 0.04298017357097474, ciLow: 0.022620932544441655, ciHigh: 0.08166309309140429, n: 4 });
    // the paired test is the one on replicates 1-3, as above
    expectTest(erk.resistantVsSensitive, { test: 'paired-t', n: 3, t: 43.89528713631667, df: 2, p: 0.000518592553494995, pAdjusted: 0.00155577766048498 });
    expect(erk.resistantVsSensitive).toMatchObject({ nResistant: 3, nSensitive: 4 });
    expect(said(warnings).filter((w) => w.message.includes('ERK'))).toEqual([
      { code: 'unpaired-replicates', message: '1 fraction of vehicle value of ERK in KM12-LR vs KM12 had no partner in the same replicate and was left out of the paired test' },
      { code: 'unpaired-replicates', message: '1 basal ratio value of ERK in KM12-LR vs KM12 had no partner in the same replicate and was left out of the paired test' },
      { code: 'unpaired-replicates', message: '1 total protein value of ERK in KM12-LR vs KM12 had no partner in the same replicate and was left out of the paired test' },
    ]);
  });
});

describe('compareModels(data, level) with too few replicates', () => {
  it('n = 1 per model: estimates only, every test statistic null, a warning, never NaN', () => {
    const { comparisons, warnings } = compare(fixtureBands('membrane-M1.csv', 'membrane-M2.csv'));
    expect(comparisons).toHaveLength(1);
    const erk = comparisons[0]!;
    // KM12-LR f = 0.3 / 0.375 = 0.8; KM12 f = 0.02 / 0.25 = 0.08; log2(0.8 / 0.08) = log2(10)
    expect(erk.fractionOfVehicle).toMatchObject({ n: 1, ciLow: null, ciHigh: null, log2SD: null });
    expect(erk.fractionOfVehicle.estimate).toBeCloseTo(0.8, 12);
    expect(erk.resistantVsSensitive).toMatchObject({ test: 'paired-t', n: 1, t: null, df: null, p: null, pAdjusted: null, ciLow: null, ciHigh: null });
    expect(erk.resistantVsSensitive.log2Ratio).toBeCloseTo(Math.log2(10), 12);
    expect(said(warnings)).toEqual([
      { code: 'too-few-replicates', message: 'fraction of vehicle of ERK, KM12-LR vs KM12: n = 1 per model is too few for a t-test; statistics are null' },
      { code: 'too-few-replicates', message: 'basal ratio of ERK, KM12-LR vs KM12: n = 1 per model is too few for a t-test; statistics are null' },
      { code: 'too-few-replicates', message: 'total protein of ERK, KM12-LR vs KM12: n = 1 per model is too few for a t-test; statistics are null' },
    ]);
    expect(nonFiniteNumbers(comparisons)).toEqual([]);
  });

  it('identical log2 differences in every replicate: no spread, null statistics, a warning', () => {
    // f KM12 0.1, 0.2, 0.4 and KM12-LR 0.2, 0.4, 0.8: every difference is exactly log2(2) = 1
    const rows: (string | number)[][] = [['line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal']];
    const f = { KM12: [0.1, 0.2, 0.4], 'KM12-LR': [0.2, 0.4, 0.8] } as const;
    for (const [line, status] of [['KM12', 'sensitive'], ['KM12-LR', 'resistant']] as const) {
      f[line].forEach((value, i) => {
        rows.push([line, status, 'DMSO', 0, i + 1, 'pERK', 1000], [line, status, 'DMSO', 0, i + 1, 'ERK', 1000]);
        rows.push([line, status, 'laro', 100, i + 1, 'pERK', value * 1000], [line, status, 'laro', 100, i + 1, 'ERK', 1000]);
      });
    }
    const { comparisons, warnings } = compare(bandsOf('flat.csv', rows));
    expect(comparisons[0]!.resistantVsSensitive).toMatchObject({ test: 'paired-t', n: 3, log2Ratio: 1, t: null, p: null, pAdjusted: null });
    expect(said(warnings)[0]).toEqual({
      code: 'too-few-replicates', message: 'fraction of vehicle of ERK, KM12-LR vs KM12: no spread between replicates; statistics are null',
    });
    expect(nonFiniteNumbers(comparisons)).toEqual([]);
  });

  it('Welch with one value on one side: null statistics, the smaller n in the warning', () => {
    const rows: (string | number)[][] = [['line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal']];
    const add = (line: string, status: string, rep: string, fraction: number) => rows.push(
      [line, status, 'DMSO', 0, rep, 'pERK', 1000], [line, status, 'DMSO', 0, rep, 'ERK', 1000],
      [line, status, 'laro', 100, rep, 'pERK', fraction * 1000], [line, status, 'laro', 100, rep, 'ERK', 1000],
    );
    add('KM12', 'sensitive', 's1', 0.1); add('KM12', 'sensitive', 's2', 0.2);
    add('KM12-LR', 'resistant', 'r1', 0.8);
    const { comparisons, warnings } = compare(bandsOf('one.csv', rows));
    expect(comparisons[0]!.resistantVsSensitive).toMatchObject({ test: 'welch-t', n: 3, nResistant: 1, nSensitive: 2, t: null, p: null });
    // log2 0.8 - mean(log2 0.1, log2 0.2)
    expect(comparisons[0]!.resistantVsSensitive.log2Ratio).toBeCloseTo(Math.log2(0.8) - (Math.log2(0.1) + Math.log2(0.2)) / 2, 12);
    expect(said(warnings)[0]).toEqual({
      code: 'too-few-replicates', message: 'fraction of vehicle of ERK, KM12-LR vs KM12: n = 1 per model is too few for a t-test; statistics are null',
    });
  });
});

describe('compareModels(data, level) is deterministic', () => {
  it('gives the same comparisons whatever the order of input rows', () => {
    const text = Buffer.from(fixture('paired-three-targets.csv').bytes).toString('utf8').trimEnd().split('\n');
    const [header, ...rows] = text;
    const reversed = loadFile(textInput('paired-three-targets.csv', [header, ...rows.reverse()].join('\n') + '\n')).bands;
    expect(compare(reversed)).toEqual(compare(fixtureBands('paired-three-targets.csv')));
  });
});
