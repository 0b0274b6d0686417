/**
 * The blocked linear model (fitBlockedCellMeans, cellContrast) and its use in compareModels,
 * checked against R's lm() with emmeans contrasts on the same log2 ratios.
 *
 * Reference: R 4.2.2, emmeans 1.8.4.1 (Debian r-base-core, r-cran-emmeans):
 *
 * > d <- data.frame(block = factor(rep(c("1","2","3"), each = 4)),
 * +   model = factor(rep(c("S","S","R","R"), 3), levels = c("S","R")),
 * +   cond = factor(rep(c("veh","drug"), 6), levels = c("veh","drug")),
 * +   y = c(0.10, -3.05, 0.32, -0.41,  0.55, -2.48, 0.61, -0.02,  -0.20, -3.61, 0.05, -0.77))
 * > fit <- lm(y ~ block + model * cond, data = d); df.residual(fit); sigma(fit)
 * 6  0.1210257089
 * > em <- emmeans(fit, ~ model * cond)    # order S.veh R.veh S.drug R.drug
 * > contrast(em, list(fS = c(-1,0,1,0), fR = c(0,-1,0,1), interaction = c(1,-1,-1,1), basal = c(-1,1,0,0)))  (infer = TRUE)
 *     contrast      estimate            SE df      lower.CL      upper.CL        t.ratio         p.value
 *           fS -3.1966666667 0.09881707755  6 -3.4384633448 -2.9548699885 -32.349334205 5.802211564e-08
 *           fR -0.7266666667 0.09881707755  6 -0.9684633448 -0.4848699885  -7.353654699 3.237222620e-04
 *  interaction  2.4700000000 0.13974845126  6  2.12804785843 2.8119521416  17.674614479 2.106252917e-06
 *        basal  0.1766666667 0.09881707755  6 -0.06513001148 0.4184633448   1.787815133 1.240274998e-01
 *
 * Missing lane (R drug in block 2 dropped): df 5, sigma 0.1314312241
 *           fR -0.7083333333 0.1239145464  5 -1.02686581554 -0.3898008511  -5.716304936 2.290444664e-03
 *           fS -3.1966666667 0.1073131451  5 -3.47252388818 -2.9208094451 -29.788211535 7.995617623e-07
 *  interaction  2.4883333333 0.1639235368  5  2.06695446713  2.9097121995  15.179841660 2.248967811e-05
 *        basal  0.1766666667 0.1073131451  5 -0.09919055485  0.4525238882   1.646272379 1.606257269e-01
 *
 * Two drug conditions (100 and 1000 nM) in one fit:
 * > d3 <- data.frame(block = factor(rep(c("1","2","3"), each = 6)),
 * +   model = factor(rep(rep(c("S","R"), each = 3), 3), levels = c("S","R")),
 * +   cond = factor(rep(c("veh","d100","d1000"), 6), levels = c("veh","d100","d1000")),
 * +   y = c(0.10, -2.90, -3.40, 0.30, -0.35, -0.60,  0.50, -2.40, -3.10, 0.62, -0.05, -0.28,
 * +         -0.18, -3.50, -3.75, 0.02, -0.80, -1.10))
 * df 10, sigma 0.09624043964
 *        fR100 -0.7133333333 0.07857998991 10 -0.888420461848 -0.5382462048  -9.077798739 3.829633338e-06
 *        fS100 -3.0733333333 0.07857998991 10 -3.248420461848 -2.8982462048 -39.110889893 2.852020657e-12
 *       int100  2.3600000000 0.11112888747 10  2.112389408257  2.6076105917  21.236602415 1.192862639e-09
 *       fR1000 -0.9733333333 0.07857998991 10 -1.148420461848 -0.7982462048 -12.386529120 2.167063836e-07
 *      int1000  2.5833333333 0.11112888747 10  2.335722741590  2.8309439251  23.246280893 4.909797814e-10
 *        basal  0.1733333333 0.07857998991 10 -0.001753795182  0.3484204618   2.205820254 5.192691105e-02
 *
 * Phospho and total on different membranes, replicate 3's sensitive lanes read from another
 * membrane pair than its resistant lanes (blocks 1, 2, 3 and 3b):
 * > d4 <- d; d4$block <- factor(c("1","1","1","1","2","2","2","2","3b","3b","3","3"))
 * df 5, sigma 0.1106495971
 *  interaction     2.47 0.1277671493  5  2.1415640868 2.7984359132 19.332042808 6.831945775e-06
 *        basal     0.11 0.1010088005  5 -0.1496513878 0.3696513878  1.089014021 3.258297762e-01
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { compareModels } from '../../src/stats/compareModels.js';
import { cellContrast, fitBlockedCellMeans, type ContrastEstimate, type Observation } from '../../src/stats/linearModel.js';
import { bandsOf, settings } from '../helpers/bands.js';

const Y = [0.10, -3.05, 0.32, -0.41, 0.55, -2.48, 0.61, -0.02, -0.20, -3.61, 0.05, -0.77];
const CELLS = ['S.veh', 'S.drug', 'R.veh', 'R.drug'];
const balanced: Observation[] = Y.map((y, i) => ({ y, cell: CELLS[i % 4]!, block: String(1 + Math.floor(i / 4)) }));

const weights = (w: Record<string, number>) => new Map(Object.entries(w));
const F_S = weights({ 'S.drug': 1, 'S.veh': -1 });
const F_R = weights({ 'R.drug': 1, 'R.veh': -1 });
const INTERACTION = weights({ 'R.drug': 1, 'R.veh': -1, 'S.drug': -1, 'S.veh': 1 });
const BASAL = weights({ 'R.veh': 1, 'S.veh': -1 });

type Reference = [estimate: number, se: number, df: number, low: number, high: number, t: number, p: number];

function expectContrast(actual: ContrastEstimate | null, [estimate, se, df, low, high, t, p]: Reference): void {
  expect(actual).not.toBeNull();
  expect(actual!.estimate).toBeCloseTo(estimate, 9);
  expect(actual!.se!).toBeCloseTo(se, 9);
  expect(actual!.df).toBe(df);
  expect(actual!.ciLow!).toBeCloseTo(low, 8);
  expect(actual!.ciHigh!).toBeCloseTo(high, 8);
  expect(actual!.t!).toBeCloseTo(t, 7);
  expect(actual!.p! / p).toBeCloseTo(1, 6);
}

describe('fitBlockedCellMeans(observations) and cellContrast(fit, weights, level) against R lm + emmeans', () => {
  it('balanced: 3 blocks x 2 models x 2 conditions', () => {
    const fit = fitBlockedCellMeans(balanced)!;
    expect(fit.df).toBe(6);
    expect(fit.sigma!).toBeCloseTo(0.1210257089, 9);
    expectContrast(cellContrast(fit, F_S, 0.95), [-3.1966666667, 0.09881707755, 6, -3.4384633448, -2.9548699885, -32.349334205, 5.802211564e-08]);
    expectContrast(cellContrast(fit, F_R, 0.95), [-0.7266666667, 0.09881707755, 6, -0.9684633448, -0.4848699885, -7.353654699, 3.237222620e-04]);
    expectContrast(cellContrast(fit, INTERACTION, 0.95), [2.47, 0.13974845126, 6, 2.12804785843, 2.8119521416, 17.674614479, 2.106252917e-06]);
    expectContrast(cellContrast(fit, BASAL, 0.95), [0.1766666667, 0.09881707755, 6, -0.06513001148, 0.4184633448, 1.787815133, 1.240274998e-01]);
  });

  it('a missing lane: the others still estimate every contrast, with one df fewer', () => {
    const fit = fitBlockedCellMeans(balanced.filter((o) => !(o.block === '2' && o.cell === 'R.drug')))!;
    expect(fit.df).toBe(5);
    expect(fit.sigma!).toBeCloseTo(0.1314312241, 9);
    expectContrast(cellContrast(fit, F_R, 0.95), [-0.7083333333, 0.1239145464, 5, -1.02686581554, -0.3898008511, -5.716304936, 2.290444664e-03]);
    expectContrast(cellContrast(fit, F_S, 0.95), [-3.1966666667, 0.1073131451, 5, -3.47252388818, -2.9208094451, -29.788211535, 7.995617623e-07]);
    expectContrast(cellContrast(fit, INTERACTION, 0.95), [2.4883333333, 0.1639235368, 5, 2.06695446713, 2.9097121995, 15.179841660, 2.248967811e-05]);
    expectContrast(cellContrast(fit, BASAL, 0.95), [0.1766666667, 0.1073131451, 5, -0.09919055485, 0.4525238882, 1.646272379, 1.606257269e-01]);
  });

  it('blocks split by membrane pair (3 and 3b)', () => {
    const blocks = ['1', '1', '1', '1', '2', '2', '2', '2', '3b', '3b', '3', '3'];
    const fit = fitBlockedCellMeans(balanced.map((o, i) => ({ ...o, block: blocks[i]! })))!;
    expect(fit.df).toBe(5);
    expect(fit.sigma!).toBeCloseTo(0.1106495971, 9);
    expectContrast(cellContrast(fit, INTERACTION, 0.95), [2.47, 0.1277671493, 5, 2.1415640868, 2.7984359132, 19.332042808, 6.831945775e-06]);
    expectContrast(cellContrast(fit, BASAL, 0.95), [0.11, 0.1010088005, 5, -0.1496513878, 0.3696513878, 1.089014021, 3.258297762e-01]);
  });

  it('a contrast between cells that never share a block is not estimable (null, not NaN)', () => {
    // Each model on its own membranes: the drug effects are estimable, the basal difference is not.
    const fit = fitBlockedCellMeans(balanced.map((o) => ({ ...o, block: `${o.block}${o.cell[0]}` })))!;
    expect(cellContrast(fit, BASAL, 0.95)).toBeNull();
    expect(cellContrast(fit, INTERACTION, 0.95)).not.toBeNull();
    expect(cellContrast(fit, weights({ 'S.veh': 1, 'X.veh': -1 }), 0.95)).toBeNull();
  });

  it('one lane per cell and no block: the estimate alone, with null SE, p and interval', () => {
    const fit = fitBlockedCellMeans(balanced.slice(0, 4))!;
    expect(fit.df).toBe(0);
    expect(fit.sigma).toBeNull();
    const only = cellContrast(fit, INTERACTION, 0.95)!;
    expect(only.estimate).toBeCloseTo((-0.41 - 0.32) - (-3.05 - 0.10), 12);
    expect(only).toMatchObject({ se: null, df: 0, t: null, p: null, ciLow: null, ciHigh: null });
    expect(fitBlockedCellMeans([])).toBeNull();
  });
});

/** A long table whose lanes have phospho/total = 2^y exactly (phospho and total in one lane). */
function rowsFor(ys: readonly number[], cells: readonly (readonly [line: string, treatment: string, dose: number])[], replicates: readonly string[]) {
  const rows: (string | number)[][] = [['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'time_h', 'replicate', 'target', 'signal']];
  ys.forEach((y, i) => {
    const [line, treatment, dose] = cells[i % cells.length]!;
    const rep = replicates[i]!;
    const design = [`M${rep}`, String(i + 1), line, line === 'KM12' ? 'sensitive' : 'resistant', treatment, dose, 2, rep];
    rows.push([...design, 'pERK', 1000 * 2 ** y], [...design, 'ERK', 1000], [...design, 'GAPDH', 5000]);
  });
  return rows;
}

describe('compareModels(data) with the linear model: the same numbers as R through the whole pipeline', () => {
  it('two drug conditions share one residual variance (d3 above)', () => {
    const ys = [0.10, -2.90, -3.40, 0.30, -0.35, -0.60, 0.50, -2.40, -3.10, 0.62, -0.05, -0.28, -0.18, -3.50, -3.75, 0.02, -0.80, -1.10];
    const cells = [['KM12', 'DMSO', 0], ['KM12', 'larotrectinib', 100], ['KM12', 'larotrectinib', 1000], ['KM12-LR', 'DMSO', 0], ['KM12-LR', 'larotrectinib', 100], ['KM12-LR', 'larotrectinib', 1000]] as const;
    const bands = bandsOf('two-doses.csv', rowsFor(ys, cells, ys.map((_, i) => String(1 + Math.floor(i / 6)))));
    const { comparisons, levels } = compareModels(normalize(bands, settings()), 0.95);
    const at = (dose: number) => comparisons.find((c) => c.dose_nM === dose)!;
    expect(at(100).resistantVsSensitive).toMatchObject({ test: 'linear-model', df: 10, nResistant: 3, nSensitive: 3 });
    expect(at(100).resistantVsSensitive.log2Ratio!).toBeCloseTo(2.36, 9);
    expect(at(100).resistantVsSensitive.se!).toBeCloseTo(0.11112888747, 9);
    expect(at(100).resistantVsSensitive.p! / 1.192862639e-09).toBeCloseTo(1, 6);
    expect(at(1000).resistantVsSensitive.log2Ratio!).toBeCloseTo(2.5833333333, 9);
    expect(at(1000).resistantVsSensitive.ciLow!).toBeCloseTo(2.335722741590, 8);
    expect(at(100).fractionOfVehicle.log2Mean!).toBeCloseTo(-0.7133333333, 9);
    expect(at(100).fractionOfVehicle.ciLow!).toBeCloseTo(2 ** -0.888420461848, 9);
    expect(at(100).sensitiveFractionOfVehicle.estimate!).toBeCloseTo(2 ** -3.0733333333, 9);
    expect(at(1000).fractionOfVehicle.df).toBe(10);
    // The basal difference is stated once (one vehicle time), not once per drug condition.
    expect(levels).toHaveLength(1);
    expect(levels[0]!.basal.resistantVsSensitive.log2Ratio!).toBeCloseTo(0.1733333333, 9);
    expect(levels[0]!.basal.resistantVsSensitive.p! / 5.192691105e-02).toBeCloseTo(1, 6);
  });

  it('phospho and total on different membranes: each lane is one observation of its replicate x membrane pair', () => {
    const rows: (string | number)[][] = [['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'time_h', 'replicate', 'target', 'signal']];
    Y.forEach((y, i) => {
      const rep = String(1 + Math.floor(i / 4));
      const line = i % 4 < 2 ? 'KM12' : 'KM12-LR';
      const drug = i % 2 === 1;
      // Replicate 3's sensitive lanes sit on their own membrane pair.
      const [pm, tm] = rep === '3' && line === 'KM12' ? ['P3b', 'T3b'] : [`P${rep}`, `T${rep}`];
      const design = [line, line === 'KM12' ? 'sensitive' : 'resistant', drug ? 'larotrectinib' : 'DMSO', drug ? 100 : 0, 2, rep];
      // (p / 2000) / (t / 4000) = 2^y with t = 500.
      rows.push([pm, String(i + 1), ...design, 'pERK', 250 * 2 ** y], [pm, String(i + 1), ...design, 'GAPDH', 2000]);
      rows.push([tm, String(i + 1), ...design, 'ERK', 500], [tm, String(i + 1), ...design, 'GAPDH', 4000]);
    });
    const { comparisons, levels } = compareModels(normalize(bandsOf('split.csv', rows), settings()), 0.95);
    const g = comparisons[0]!.resistantVsSensitive;
    expect(g.df).toBe(5);
    expect(g.log2Ratio!).toBeCloseTo(2.47, 9);
    expect(g.se!).toBeCloseTo(0.1277671493, 9);
    expect(g.p! / 6.831945775e-06).toBeCloseTo(1, 6);
    expect(levels[0]!.basal.resistantVsSensitive.log2Ratio!).toBeCloseTo(0.11, 9);
    expect(levels[0]!.basal.resistantVsSensitive.ciHigh!).toBeCloseTo(0.3696513878, 8);
  });
});
