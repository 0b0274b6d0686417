/**
 * differencePower: the chance that a resistant-versus-sensitive difference is called.
 *
 * With minLog2Ratio = 0 the call is an upper-tail t-test, whose power R gives from the noncentral t
 * (R 4.2.2): sigma 0.4, SE = 2 sigma / sqrt(n), df = 3n - 3 (2 models x 2 conditions, n blocks):
 * > for (n in c(2,3,5)) { df <- 3*n-3; se <- 2*0.4/sqrt(n); tc <- qt(0.975, df)
 * +   cat(n, df, pt(tc, df, ncp = 1/se, lower.tail = FALSE), pt(tc, df, ncp = 2/se, lower.tail = FALSE)) }
 * 2 3 0.238351009 0.6595924804
 * 3 6 0.4441510559 0.9469282259
 * 5 12 0.7279583023 0.9991642076
 * With the rules' fold (minLog2Ratio = 1) it is checked by simulation through the linear model itself.
 */
import { describe, expect, it } from 'vitest';
import { differencePower, residualDf } from '../../src/stats/differencePower.js';
import { cellContrast, fitBlockedCellMeans, type Observation } from '../../src/stats/linearModel.js';
import { seededRandom } from '../robustness/experiment.js';

const q = (n: number, log2Difference: number, minLog2Ratio = 0) => ({ sigma: 0.4, n, conditions: 2, log2Difference, alpha: 0.05, minLog2Ratio });

describe('differencePower(question)', () => {
  it.each([
    [2, 1, 0.238351009], [2, 2, 0.6595924804], [3, 1, 0.4441510559], [3, 2, 0.9469282259], [5, 1, 0.7279583023], [5, 2, 0.9991642076],
  ])('n = %i, log2 difference %d: the noncentral-t power of R (%f) when no fold is required', (n, d, expected) => {
    expect(differencePower(q(n, d))!).toBeCloseTo(expected, 5);
  });

  it('residual df of the blocked design: 2 c n - 2 c - n + 1', () => {
    expect(residualDf(3, 2)).toBe(6);
    expect(residualDf(3, 3)).toBe(10);
    expect(residualDf(1, 2)).toBe(0);
    expect(differencePower(q(1, 2))).toBeNull();
    expect(differencePower({ ...q(3, 2), sigma: 0 })).toBeNull();
  });

  it('with the 2-fold rule: matches a simulation of the linear model (3,000 experiments, within 0.03)', () => {
    const random = seededRandom(7);
    const normal = () => Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
    for (const [n, d] of [[3, 1.58], [4, 1.3]] as const) {
      let called = 0;
      const runs = 3000;
      for (let run = 0; run < runs; run++) {
        const obs: Observation[] = [];
        for (let b = 0; b < n; b++) {
          const blockEffect = normal();
          for (const [cell, mu] of [['S.veh', 0], ['S.drug', -3], ['R.veh', 0], ['R.drug', -3 + d]] as const) obs.push({ cell, block: String(b), y: mu + blockEffect + 0.4 * normal() });
        }
        const c = cellContrast(fitBlockedCellMeans(obs)!, new Map([['R.drug', 1], ['R.veh', -1], ['S.drug', -1], ['S.veh', 1]]), 0.95)!;
        if (c.estimate >= 1 && c.p! < 0.05) called++;
      }
      expect(Math.abs(called / runs - differencePower(q(n, d, 1))!)).toBeLessThan(0.03);
    }
  });
});
