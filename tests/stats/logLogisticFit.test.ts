import { describe, expect, it } from 'vitest';
import { fitLogLogistic, inhibitoryDose, logLogistic, type CurvePoint } from '../../src/stats/logLogisticFit.js';

/*
 * Reference: three replicates (blocks) of an 8-dose series, log2 signal = level[block] + log2 f(dose),
 * generated and fitted in Python with scipy's curve_fit (Levenberg-Marquardt), and in R with nls +
 * confint (MASS profile), on the same data (Y below, rounded to 12 decimals).
 *
 * $ python3   # scipy 1.17.1, numpy 2.4.6
 * >>> rng = np.random.default_rng(7); doses = [0,1,3,10,30,100,300,1000]
 * >>> ... f = 0.08 + 0.92/(1+(d/25)**1.2); y = level + log2(f * exp(N(0, 0.2)))
 * >>> def model(x, b, e, h, a0, a1, a2):
 * ...     d, r = x; a = np.choose(r.astype(int), [a0, a1, a2])
 * ...     u = np.where(d > 0, 10**(h*(np.log10(np.where(d > 0, d, 1)) - e)), 0)
 * ...     return a + np.log2(b + (1-b)/(1+u))
 * >>> p, cov = curve_fit(model, x, y, p0=[0.1,1.3,1,10,10,10], xtol=1e-14, ftol=1e-14, gtol=1e-14)
 * >>> p
 * [0.04508080688153432, 1.3920984219504666, 0.9226287808150592, 9.954526899381838, 9.695908840124446, 8.932566053781509]
 * >>> np.sqrt(np.diag(cov))
 * [0.017755496800211625, 0.09793844566567328, 0.1330428086764114, 0.11476648096329121, 0.11476648163211586, 0.114766479412021]
 *
 * R 4.2.2:
 * > fit <- nls(y ~ c(a0, a1, a2)[as.integer(block)] + m(dose, b, e, h), data = d, start = ...)
 * > coef(fit)
 *   b 0.0450808076021  e 1.3920984101477  h 0.9226287777355  a0 9.9545269060053  a1 9.6959088467479  a2 8.9325660604049
 * > confint(fit, parm = "e", level = 0.95)   # profile likelihood, t-based cut-off
 *       2.5%       97.5%
 *   1.157325576 1.582540907
 */
const DOSES = [0, 1, 3, 10, 30, 100, 300, 1000];
const Y = [
  10.052516446597, 9.859640206247, 9.609319151578, 9.458359403245, 8.650685405394, 7.841525685509, 7.345972604911, 6.364214151369,
  9.838576005696, 9.772636255369, 9.627626521144, 9.05199409475, 8.65929458786, 7.755714765045, 6.302330655828, 6.105115695098,
  8.770836958716, 8.583929463661, 8.975058869287, 8.400444103627, 8.191686661539, 7.046002906787, 6.081933551507, 4.956653774923,
];
const POINTS: CurvePoint[] = Y.map((y, i) => ({ dose_nM: DOSES[i % 8]!, log2Signal: y, block: String(Math.floor(i / 8)) }));

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('fitLogLogistic(points)', () => {
  const fit = fitLogLogistic(POINTS, 0.95);
  if (typeof fit === 'string') throw new Error(fit);

  it('equals scipy curve_fit and R nls: bottom, IC50, hill and block levels within 1e-6 relative', () => {
    expect(relative(fit.bottom, 0.04508080688153432)).toBeLessThan(1e-6);
    expect(relative(10 ** fit.log10Ic50, 10 ** 1.3920984219504666)).toBeLessThan(1e-6);
    expect(relative(fit.hill, 0.9226287808150592)).toBeLessThan(1e-6);
    expect(relative(fit.levels.get('0')!, 9.954526899381838)).toBeLessThan(1e-6);
    expect(relative(fit.levels.get('2')!, 8.932566053781509)).toBeLessThan(1e-6);
    expect(fit.df).toBe(24 - 6);
    expect(fit.atBound).toEqual([]);
  });

  it('gives the standard errors of curve_fit (s^2 (J\'J)^-1) within 1e-5 relative', () => {
    expect(relative(fit.se.bottom!, 0.017755496800211625)).toBeLessThan(1e-5);
    expect(relative(fit.se.log10Ic50!, 0.09793844566567328)).toBeLessThan(1e-5);
    expect(relative(fit.se.hill!, 0.1330428086764114)).toBeLessThan(1e-5);
  });

  it('gives the profile-likelihood interval of log10 IC50 of R confint (MASS profile) within 1e-4 relative', () => {
    const { low, high } = fit.profileInterval();
    expect(relative(low!, 1.157325576)).toBeLessThan(1e-4);
    expect(relative(high!, 1.582540907)).toBeLessThan(1e-4);
  });

  it('refuses a series with no more points than parameters', () => {
    expect(fitLogLogistic(POINTS.slice(0, 4))).toBe('too-few-points');
  });

  it('fits a flat series to a bottom at the top (no decline) without throwing', () => {
    const flat = POINTS.map((p) => ({ ...p, log2Signal: 10 + ((p.dose_nM * 7919) % 13) / 100 }));
    const f = fitLogLogistic(flat);
    if (typeof f === 'string') throw new Error(f);
    expect(f.bottom).toBeGreaterThan(0.8);
  });
});

describe('logLogistic and inhibitoryDose', () => {
  it('is 1 at dose 0, half-way at the IC50, and the IC80 of a curve to zero leaves 20 %', () => {
    expect(logLogistic(0, 0.1, 1, 1)).toBe(1);
    expect(logLogistic(10, 0.2, 1, 1.5)).toBeCloseTo(0.6, 12);
    expect(logLogistic(inhibitoryDose(0.8, 1, 1.3), 0, 1, 1.3)).toBeCloseTo(0.2, 12);
  });
});
