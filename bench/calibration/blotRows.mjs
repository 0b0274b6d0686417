/**
 * The rows of a simulated long-layout experiment with one membrane per replicate: KM12 (sensitive)
 * and KM12-R (resistant), each with the arms given, every lane carrying the six phospho/total pairs
 * of the panel and GAPDH. A band is exposure(membrane, antibody) x loading(lane) x truth x noise(band):
 * exposure log-normal (SD 0.5 on ln), loading SD 0.1, band noise log-normal with the per-band CV.
 * Used by doseSeries.mjs and followUps.mjs.
 */
import { seeded } from './simulate.mjs';

const TARGETS = ['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET'];

/**
 * @param {{ n: number, cv: number, seed: number,
 *   arms: { treatment: string, dose: number, f: (status: string, target: string) => number }[],
 *   totalFold: (status: string, target: string) => number }} spec
 */
export function simulateBlotRows({ n, cv, seed, arms, totalFold }) {
  const { normal } = seeded(seed);
  const bandSd = Math.sqrt(Math.log(1 + cv * cv));
  const noisy = (x) => x * Math.exp(bandSd * normal());
  const rows = ['blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal'];
  for (let rep = 1; rep <= n; rep++) {
    const membrane = `M${rep}`;
    const exposure = new Map();
    const exposureOf = (antibody) => {
      if (!exposure.has(antibody)) exposure.set(antibody, 1000 * Math.exp(0.5 * normal()));
      return exposure.get(antibody);
    };
    let lane = 0;
    for (const [line, status] of [['KM12', 'sensitive'], ['KM12-R', 'resistant']]) {
      for (const arm of arms) {
        lane++;
        const loading = Math.exp(0.1 * normal());
        const design = `${line},${status},${arm.treatment},${arm.dose},2,${rep}`;
        rows.push(`${membrane},${lane},${design},GAPDH,${noisy(exposureOf('GAPDH') * 20 * loading).toFixed(2)}`);
        for (const target of TARGETS) {
          const total = totalFold(status, target) * loading;
          rows.push(`${membrane},${lane},${design},p${target},${noisy(exposureOf(`p${target}`) * total * arm.f(status, target)).toFixed(3)}`);
          rows.push(`${membrane},${lane},${design},${target},${noisy(exposureOf(target) * total).toFixed(3)}`);
        }
      }
    }
  }
  return `${rows.join('\n')}\n`;
}
