/**
 * A small screen for the worker-thread tests: models in parental/resistant pairs, each measured at two
 * times over a dose series (a curve per target) in three replicates, one membrane per model, time and
 * replicate, long layout. Deterministic (a seeded generator); a NA here and there and one resistant
 * model whose ERK does not fall, so the verdicts differ.
 */
const TIMES_H = [2, 24];
const DOSES_NM = [0, 1, 10, 100, 1000];
const REPLICATES = [1, 2, 3];
const LABELS = { TRK: ['pTRK (Y490)', 'pan-TRK'], AKT: ['pAKT (S473)', 'AKT'], ERK: ['pERK1/2 (T202/Y204)', 'ERK1/2'] } as const;

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `pairs` parental lines CL1, CL2, ... each with a resistant derivative CL1-R, ...: 2 x pairs models. */
export function screenCsv(pairs: number): string {
  const rand = seeded(20261207);
  const noise = (cv: number) => Math.exp(cv * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()));
  const rows = ['blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal'];
  for (let p = 1; p <= pairs; p++) {
    for (const resistant of [false, true]) {
      const line = `CL${p}${resistant ? '-R' : ''}`;
      for (const time of TIMES_H) {
        for (const rep of REPLICATES) {
          const blot = `${line}-T${time}-R${rep}`;
          DOSES_NM.forEach((dose, i) => {
            const design = `${blot},${i + 1},${line},${resistant ? 'resistant' : 'sensitive'},${dose === 0 ? 'DMSO' : 'larotrectinib'},${dose},${time},${rep},`;
            const load = 20000 * noise(0.1);
            for (const [protein, [phosphoLabel, totalLabel]] of Object.entries(LABELS)) {
              const ic50 = resistant && (protein === 'TRK' || p % 2 === 0) ? 5 * (30 + 20 * p) : resistant && protein === 'ERK' ? Infinity : 8;
              const f = dose === 0 || ic50 === Infinity ? 1 : 0.05 + 0.95 / (1 + dose / ic50);
              const total = 8000 * noise(0.08) * load / 20000;
              rows.push(`${design}${phosphoLabel},${rand() < 0.01 ? 'NA' : (0.5 * f * total * noise(0.12)).toFixed(1)}`);
              rows.push(`${design}${totalLabel},${total.toFixed(1)}`);
            }
            rows.push(`${design}GAPDH,${load.toFixed(1)}`);
          });
        }
      }
    }
  }
  return `${rows.join('\n')}\n`;
}
