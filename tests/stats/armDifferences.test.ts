/**
 * armDifferences(lanes, requests, level): one arm against another in the same model, from the
 * blocked linear model of the pair and target, checked against R's lm() with emmeans.
 *
 * Reference: R 4.2.2, emmeans 1.8.4.1 (Debian r-base-core, r-cran-emmeans); total ERK 1000 in every
 * lane, so y = log2(pERK / 1000):
 *
 * > p <- c(1000, 90, 60,   1000, 820, 70,
 * +        1210, 130, 75,  880, 700, 52,
 * +        930, 100, 50,   1100, 950, 80)
 * > d <- data.frame(block = factor(rep(c("1","2","3"), each = 6)),
 * +   cell = factor(rep(c("S.veh","S.laro","S.combo","R.veh","R.laro","R.combo"), 3),
 * +                 levels = c("S.veh","S.laro","S.combo","R.veh","R.laro","R.combo")),
 * +   y = log2(p / 1000))
 * > fit <- lm(y ~ block + cell, data = d); df.residual(fit); sigma(fit)
 * 10 0.271846
 * > em <- emmeans(fit, ~ cell)
 * > contrast(em, list(R_combo_vs_laro = c(0,0,0,0,-1,1), S_combo_vs_laro = c(0,-1,1,0,0,0)))  (infer = TRUE)
 *          contrast      estimate           SE df     lower.CL      upper.CL        t.ratio         p.value
 * 1 R_combo_vs_laro -3.6236080282 0.2219613538 10 -4.118168744 -3.1290473121 -16.325400644 1.545707050e-08
 * 2 S_combo_vs_laro -0.7928372078 0.2219613538 10 -1.287397924 -0.2982764917  -3.571960588 5.079152149e-03
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { armDifferences } from '../../src/stats/armDifferences.js';
import { bandsOf, settings } from '../helpers/bands.js';

const PERK = [1000, 90, 60, 1000, 820, 70, 1210, 130, 75, 880, 700, 52, 930, 100, 50, 1100, 950, 80];
const ARMS = [['DMSO', 0], ['larotrectinib', 100], ['larotrectinib + trametinib', 100]] as const;
const LINES = [['KM12', 'sensitive'], ['KM12-R', 'resistant']] as const;

function lanes() {
  const rows: (string | number)[][] = [['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal']];
  let i = 0;
  for (let rep = 1; rep <= 3; rep++) {
    let lane = 0;
    for (const [line, status] of LINES) {
      for (const [treatment, dose] of ARMS) {
        lane++;
        const design = [`M${rep}`, lane, line, status, treatment, dose, rep];
        rows.push([...design, 'pERK', PERK[i++]!], [...design, 'ERK', 1000], [...design, 'GAPDH', 5000]);
      }
    }
  }
  return normalize(bandsOf('arms.csv', rows), settings()).lanes;
}

const laro = { treatment: 'larotrectinib', dose_nM: 100, time_h: null };
const combo = { treatment: 'larotrectinib + trametinib', dose_nM: 100, time_h: null };

describe('armDifferences(lanes, requests, level)', () => {
  it('gives the arm-versus-arm contrast of the blocked model, in either model of the pair, as R lm + emmeans', () => {
    const [inResistant, inSensitive] = armDifferences(lanes(), [
      { resistant: 'KM12-R', sensitive: 'KM12', readIn: 'KM12-R', target: 'ERK', arm: combo, reference: laro },
      { resistant: 'KM12-R', sensitive: 'KM12', readIn: 'KM12', target: 'ERK', arm: combo, reference: laro },
    ], 0.95);
    expect(inResistant!.log2Ratio).toBeCloseTo(-3.6236080282, 8);
    expect(inResistant!.se!).toBeCloseTo(0.2219613538, 8);
    expect(inResistant!.df).toBe(10);
    expect(inResistant!.ciLow!).toBeCloseTo(-4.118168744, 7);
    expect(inResistant!.ciHigh!).toBeCloseTo(-3.1290473121, 7);
    expect(inResistant!.p! / 1.545707050e-08).toBeCloseTo(1, 5);
    expect(inResistant!.nResistant).toBe(3);
    expect(inSensitive!.log2Ratio).toBeCloseTo(-0.7928372078, 8);
    expect(inSensitive!.p! / 5.079152149e-03).toBeCloseTo(1, 5);
    expect(inSensitive!.nSensitive).toBe(3);
  });

  it('is null for an arm the model was not given, and empty for no requests', () => {
    const missing = { treatment: 'selitrectinib', dose_nM: 100, time_h: null };
    expect(armDifferences(lanes(), [{ resistant: 'KM12-R', sensitive: 'KM12', readIn: 'KM12-R', target: 'ERK', arm: missing, reference: laro }], 0.95)).toEqual([null]);
    expect(armDifferences(lanes(), [], 0.95)).toEqual([]);
  });
});
