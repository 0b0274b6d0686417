/**
 * Per-model residual variances (perModelVariance.ts through fitBlockedCellMeans and cellContrast),
 * checked against R nlme::gls with varIdent and emmeans, and against a direct REML computation in R.
 *
 * Reference: R 4.2.2, nlme 3.1.162, emmeans 1.8.4.1 (Debian r-base-core, r-cran-nlme, r-cran-emmeans).
 * The data of linearModel.test.ts with the resistant model made noisier:
 *
 * > d <- data.frame(block = factor(rep(c("1","2","3"), each = 4)),
 * +   model = factor(rep(c("S","S","R","R"), 3), levels = c("S","R")),
 * +   cond = factor(rep(c("veh","drug"), 6), levels = c("veh","drug")),
 * +   y = c(0.10, -3.05, 0.62, -0.91,  0.55, -2.48, 0.21, 0.58,  -0.20, -3.61, 0.25, -1.07))
 * > g  <- gls(y ~ block + model*cond, data = d, weights = varIdent(form = ~ 1 | model), method = "REML",
 * +           control = glsControl(tolerance = 1e-12, msTol = 1e-12, returnObject = TRUE))
 * > g0 <- gls(y ~ block + model*cond, data = d, method = "REML")
 * > sigma(g) * coef(g$modelStruct$varStruct, unconstrained = FALSE, allCoef = TRUE)
 *   S 0.133681366334   R 0.535269736431
 * > anova(g0, g)     L.Ratio 4.34056423266   p-value 0.0372145887134
 * > em <- emmeans(g, ~ model * cond, data = d)     # default mode for gls: "satterthwaite"
 * > contrast(em, list(fS = c(-1,0,1,0), fR = c(0,-1,0,1), interaction = c(1,-1,-1,1), basal = c(-1,1,0,0)))  (infer = TRUE)
 *      contrast        estimate             SE            df          t.ratio          p.value
 *            fS -3.196666666667 0.109150378545 2.21444035192 -29.286812462468 0.00065335546961
 *            fR -0.826666666667 0.437045909670 3.97746887781  -1.891487023161 0.13192863339301
 *   interaction  2.370000000000 0.450469679663 4.43333392991   5.261175406457 0.00467676844325
 *         basal  0.210000000000 0.318530165209 4.43333392993   0.659278218947 0.54240196928407
 *
 * The same with the resistant drug lane of block 2 dropped (d2 <- d[-8, ]):
 *   sigma S 0.137585511660   R 0.450724511432;   L.Ratio 1.78728763679   p-value 0.181256986931
 *            fS -3.19666666667  0.112338099855 1.98345879291 -28.455765860262 0.00128898853097
 *            fR -1.12243007730  0.413280871670 2.77070589031  -2.715901349999 0.07942299660029
 *   interaction  2.07423658937  0.428276695102 3.19868781472   4.843216110260 0.01445932975150
 *         basal  0.21000000000  0.272079864638 3.25562031531   0.771832198165 0.49237209340101
 *
 * emmeans takes the variances' covariance from nlme's numerical Hessian; the Satterthwaite df with
 * the observed REML information computed directly in R (REML log-likelihood maximised by optim
 * BFGS at reltol 1e-16, optimHess, central differences of L C L') agree with ours to 1e-5:
 * > fS df 2.21425248   fR df 3.97743582   interaction df 4.43332185   basal df 4.43332185
 * > fS se 0.109150408151 p 0.0006536825238;  interaction se 0.450469677271 p 0.004676804797
 * So df and p are compared with emmeans to 1e-3 (relative) and with the direct computation to 1e-5;
 * SEs to 1e-6 (the REML optimum is flat: nlme, optim and our fixed point agree on the SDs to 2e-7).
 */
import { describe, expect, it } from 'vitest';
import { cellContrast, fitBlockedCellMeans, type ContrastEstimate, type Observation } from '../../src/stats/linearModel.js';

const Y = [0.10, -3.05, 0.62, -0.91, 0.55, -2.48, 0.21, 0.58, -0.20, -3.61, 0.25, -1.07];
const CELLS = ['S.veh', 'S.drug', 'R.veh', 'R.drug'];
const noisyR: Observation[] = Y.map((y, i) => ({ y, cell: CELLS[i % 4]!, block: String(1 + Math.floor(i / 4)), group: CELLS[i % 4]!.slice(0, 1) }));

const weights = (w: Record<string, number>) => new Map(Object.entries(w));
const F_S = weights({ 'S.drug': 1, 'S.veh': -1 });
const F_R = weights({ 'R.drug': 1, 'R.veh': -1 });
const INTERACTION = weights({ 'R.drug': 1, 'R.veh': -1, 'S.drug': -1, 'S.veh': 1 });
const BASAL = weights({ 'R.veh': 1, 'S.veh': -1 });

type Reference = [estimate: number, se: number, df: number, t: number, p: number];

function expectContrast(actual: ContrastEstimate | null, [estimate, se, df, t, p]: Reference, dfTolerance: number): void {
  expect(actual).not.toBeNull();
  expect(actual!.variance).toBe('per-model');
  expect(actual!.estimate).toBeCloseTo(estimate, 9);
  expect(Math.abs(actual!.se! / se - 1)).toBeLessThan(1e-6);
  expect(Math.abs(actual!.df / df - 1)).toBeLessThan(dfTolerance);
  expect(Math.abs(actual!.t! / t - 1)).toBeLessThan(1e-6);
  expect(Math.abs(actual!.p! / p - 1)).toBeLessThan(dfTolerance);
}

describe('fitBlockedCellMeans(observations, { variance: "per-model" }) against R nlme::gls + emmeans', () => {
  it('balanced, the resistant model noisier: per-model SDs, the likelihood-ratio test and every contrast', () => {
    const fit = fitBlockedCellMeans(noisyR, { variance: 'per-model' })!;
    expect(fit.variance?.used).toBe('per-model');
    const sd = new Map(fit.variance!.groups.map((g) => [g.group, g.sigma]));
    expect(Math.abs(sd.get('S')! / 0.133681366334 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(sd.get('R')! / 0.535269736431 - 1)).toBeLessThan(1e-6);
    expect(fit.variance!.test!.statistic).toBeCloseTo(4.34056423266, 8);
    expectContrast(cellContrast(fit, F_S, 0.95), [-3.196666666667, 0.109150378545, 2.21444035192, -29.286812462468, 0.00065335546961], 1e-3);
    expectContrast(cellContrast(fit, F_R, 0.95), [-0.826666666667, 0.437045909670, 3.97746887781, -1.891487023161, 0.13192863339301], 1e-3);
    expectContrast(cellContrast(fit, INTERACTION, 0.95), [2.37, 0.450469679663, 4.43333392991, 5.261175406457, 0.00467676844325], 1e-3);
    expectContrast(cellContrast(fit, BASAL, 0.95), [0.21, 0.318530165209, 4.43333392993, 0.659278218947, 0.54240196928407], 1e-3);
  });

  it('agrees with the direct REML computation in R to 1e-5 in df and p', () => {
    const fit = fitBlockedCellMeans(noisyR, { variance: 'per-model' })!;
    expectContrast(cellContrast(fit, F_S, 0.95), [-3.196666666667, 0.109150408151, 2.21425248, -29.286812462468, 0.0006536825238], 1e-5);
    expectContrast(cellContrast(fit, INTERACTION, 0.95), [2.37, 0.450469677271, 4.43332185, 5.261175406457, 0.004676804797], 1e-5);
    expect(cellContrast(fit, F_R, 0.95)!.df).toBeCloseTo(3.97743582, 5);
  });

  it('a missing lane (R drug, block 2): the GLS estimate moves off the OLS one, as in R', () => {
    const fit = fitBlockedCellMeans(noisyR.filter((_, i) => i !== 7), { variance: 'per-model' })!;
    expect(fit.variance!.test!.statistic).toBeCloseTo(1.78728763679, 8);
    expectContrast(cellContrast(fit, F_S, 0.95), [-3.19666666667, 0.112338099855, 1.98345879291, -28.455765860262, 0.00128898853097], 1e-3);
    expectContrast(cellContrast(fit, F_R, 0.95), [-1.1224300773, 0.413280871670, 2.77070589031, -2.715901349999, 0.07942299660029], 1e-3);
    expectContrast(cellContrast(fit, INTERACTION, 0.95), [2.07423658937, 0.428276695102, 3.19868781472, 4.843216110260, 0.01445932975150], 1e-3);
    expectContrast(cellContrast(fit, BASAL, 0.95), [0.21, 0.272079864638, 3.25562031531, 0.771832198165, 0.49237209340101], 1e-3);
  });
});

describe('fitBlockedCellMeans(observations): when per-model variances are used (the default, "auto")', () => {
  it('keeps the pooled least-squares fit, bit for bit, when the variances do not differ materially', () => {
    // The 4-fold SD ratio above gives LRT p = 0.037, but Bartlett's correction for 2-4 residual df a
    // model puts it at p = 0.055: not material at n = 3.
    const auto = fitBlockedCellMeans(noisyR)!;
    const pooled = fitBlockedCellMeans(noisyR.map(({ group: _, ...o }) => o))!;
    expect(auto.variance).toMatchObject({ used: 'pooled', reason: 'not-different' });
    expect(auto.variance!.test!.bartlettFactor).toBeGreaterThan(1);
    expect(auto.variance!.test!.p).toBeGreaterThan(0.05);
    for (const c of [F_S, F_R, INTERACTION, BASAL]) {
      const a = cellContrast(auto, c, 0.95)!;
      expect(a).toEqual(cellContrast(pooled, c, 0.95));
      expect(a.variance).toBe('pooled');
    }
    expect(auto.sigma).toBe(pooled.sigma);
  });

  it('uses per-model variances when the spread differs materially (10-fold SDs, 4 replicates)', () => {
    const sensitive = [0.01, -0.012, 0.008, -0.006];
    const resistant = [0.15, -0.2, 0.12, -0.09];
    const obs: Observation[] = [];
    sensitive.forEach((e, b) => obs.push({ y: e, cell: 'S.veh', block: `${b}`, group: 'S' }, { y: -3 - e, cell: 'S.drug', block: `${b}`, group: 'S' }));
    resistant.forEach((e, b) => obs.push({ y: 0.2 + e, cell: 'R.veh', block: `${b}`, group: 'R' }, { y: -0.5 + e * 1.5 - 0.1 * b, cell: 'R.drug', block: `${b}`, group: 'R' }));
    const fit = fitBlockedCellMeans(obs)!;
    expect(fit.variance).toMatchObject({ used: 'per-model', reason: 'different' });
    expect(fit.variance!.sdRatio).toBeGreaterThan(1.5);
    const f = cellContrast(fit, F_S, 0.95)!;
    expect(f.variance).toBe('per-model');
    // The sensitive model's own small variance: a far smaller SE than the pooled fit gives.
    expect(f.se!).toBeLessThan(cellContrast(fitBlockedCellMeans(obs, { variance: 'pooled' })!, F_S, 0.95)!.se! / 3);
  });

  it('stays pooled without groups, with one group, or when asked', () => {
    const ungrouped = fitBlockedCellMeans(noisyR.map(({ group: _, ...o }) => o))!;
    expect(ungrouped.variance).toMatchObject({ used: 'pooled', reason: 'one-group' });
    expect(fitBlockedCellMeans(noisyR.map((o) => ({ ...o, group: 'all' })))!.variance?.reason).toBe('one-group');
    expect(fitBlockedCellMeans(noisyR, { variance: 'pooled' })!.variance?.used).toBe('pooled');
  });

  it('stays pooled when a model has too few residual df for a variance of its own (2 replicates)', () => {
    const fit = fitBlockedCellMeans(noisyR.filter((o) => o.block !== '3'))!;
    expect(fit.variance?.reason).toBe('too-few-df');
    expect(fit.variance!.groups.every((g) => g.df < 2)).toBe(true);
  });
});
