/**
 * Valid long-layout experiments built in code, for the robustness suites: one sensitive model,
 * one or two resistant derivatives, DMSO and a drug, 2-4 replicates, the six phospho/total pairs
 * and GAPDH spread over 1-3 membranes (so phospho and total may sit on different membranes and
 * be joined through GAPDH). Signals come from a seeded generator: the same spec, the same bytes.
 */

export const LONG_HEADER = ['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'time_h', 'replicate', 'target', 'signal'] as const;

export const PAIR_LABELS: readonly (readonly [phospho: string, total: string])[] = [
  ['pTRK (Y490)', 'pan-TRK'], ['pAKT (S473)', 'AKT'], ['pERK1/2', 'ERK1/2'],
  ['pEGFR', 'EGFR'], ['pHER2', 'HER2'], ['pMET', 'MET'],
];

export interface ExperimentSpec {
  seed: number;
  /** 1 or 2 resistant models. */
  resistantCount: number;
  /** 2 to 4 biological replicates. */
  replicates: number;
  /** 1 to 3 membranes. */
  membranes: number;
}

export interface LongRow {
  blot: string;
  lane: string;
  line: string;
  status: string;
  treatment: string;
  dose_nM: string;
  time_h: string;
  replicate: string;
  target: string;
  signal: string;
}

/** mulberry32: a tiny seeded generator, so experiments are reproducible from their spec. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SENSITIVE_MODEL = 'KM12';
export const RESISTANT_MODELS = ['KM12-LR', 'KM12-R2'] as const;

/** The rows of a valid experiment, in a fixed order (membrane, lane, target). */
export function experimentRows(spec: ExperimentSpec): LongRow[] {
  const random = seededRandom(spec.seed);
  const models: [string, string][] = [[SENSITIVE_MODEL, 'sensitive'], ...RESISTANT_MODELS.slice(0, spec.resistantCount).map((r): [string, string] => [r, 'resistant'])];
  const membranes = Array.from({ length: spec.membranes }, (_, i) => `M${i + 1}`);
  // Each antibody goes on one membrane; every membrane carries GAPDH.
  const labelsOn = new Map<string, string[]>(membranes.map((m) => [m, []]));
  for (const [phospho, total] of PAIR_LABELS) {
    for (const label of [phospho, total]) labelsOn.get(membranes[Math.floor(random() * membranes.length)]!)!.push(label);
  }
  const rows: LongRow[] = [];
  for (const blot of membranes) {
    // GAPDH within +-15 % of the membrane's level: no lane drifts past the 1.5-fold flag.
    const loadingLevel = 10_000 + Math.round(random() * 20_000);
    let lane = 0;
    for (let rep = 1; rep <= spec.replicates; rep++) {
      for (const [line, status] of models) {
        for (const [treatment, dose] of [['DMSO', '0'], ['larotrectinib', '100']] as const) {
          lane++;
          const design = { blot, lane: String(lane), line, status, treatment, dose_nM: dose, time_h: '2', replicate: String(rep) };
          for (const target of [...labelsOn.get(blot)!, 'GAPDH']) {
            const value = target === 'GAPDH' ? loadingLevel * (0.85 + 0.3 * random()) : 200 + random() * 50_000;
            rows.push({ ...design, target, signal: value.toFixed(1) });
          }
        }
      }
    }
  }
  return rows;
}

/** CSV text of rows (no quoting needed: the builder's cells hold no delimiter or quote). */
export function rowsToCsv(rows: readonly LongRow[], delimiter = ','): string {
  const lines = [LONG_HEADER.join(delimiter), ...rows.map((r) => LONG_HEADER.map((c) => r[c]).join(delimiter))];
  return `${lines.join('\n')}\n`;
}

export function experimentCsv(spec: ExperimentSpec): string {
  return rowsToCsv(experimentRows(spec));
}

/** A small fixed experiment: KM12 vs KM12-LR, 3 replicates, 2 membranes. */
export const BASE_SPEC: ExperimentSpec = { seed: 20261125, resistantCount: 1, replicates: 3, membranes: 2 };
