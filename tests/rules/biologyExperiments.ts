/**
 * Small lab experiments for the biology situations of issue 24, written as long-layout CSV with one
 * membrane per replicate (phospho, total, GAPDH and EMT markers in every lane) and run through the
 * real pipeline. Replicate spread comes from fixed multipliers, different per model and per band, so
 * every estimate has a spread and the numbers are reproducible.
 */
import type { InputBytes } from '../../src/load/loadFile.js';
import { textInput } from '../helpers/inputs.js';

export const PANEL = ['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET'] as const;

export interface BiologyModel {
  /** Fraction of vehicle under the drug by protein (default 1), or by time point. */
  f?: Partial<Record<string, number>>;
  fAt?: Record<number, Partial<Record<string, number>>>;
  /** Vehicle phospho/total over the sensitive line's (default 1). */
  basal?: Partial<Record<string, number>>;
  /** Total protein over the sensitive line's (default 1); EMT markers too. */
  total?: Partial<Record<string, number>>;
}

export interface BiologyPlan {
  times?: readonly number[];
  markers?: readonly string[];
  sensitive?: BiologyModel;
  resistant?: BiologyModel;
  /** Replaces a band's signal (e.g. a value at or below 0 after background subtraction); null keeps it. */
  override?: (band: { line: string; drug: boolean; time: number; replicate: number; label: string }) => number | null;
  /** GAPDH of one lane multiplied (loading drift). */
  loadingSpike?: { line: string; drug: boolean; replicate: number; fold: number };
}

export const SENSITIVE = 'KM12';
export const RESISTANT = 'KM12-R';

/** Band-to-band multipliers (about 8 % spread), by replicate, for phospho and total bands. */
const JITTER = [[1.06, 0.94, 1.0], [0.95, 1.04, 1.01], [1.0, 1.07, 0.93], [0.97, 0.99, 1.05]] as const;
const jitter = (rep: number, k: number): number => JITTER[k % JITTER.length]![rep % 3]!;

export function biologyCsv(plan: BiologyPlan): string {
  const times = plan.times ?? [2];
  const rows = ['blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal'];
  for (let rep = 0; rep < 3; rep++) {
    const membrane = `M${rep + 1}`;
    let lane = 0;
    for (const [line, role] of [[SENSITIVE, 'sensitive'], [RESISTANT, 'resistant']] as const) {
      const model = plan[role] ?? {};
      for (const time of times) {
        for (const drug of [false, true]) {
          lane++;
          const design = `${membrane},${lane},${line},${role},${drug ? 'larotrectinib' : 'DMSO'},${drug ? 100 : 0},${time},${rep + 1}`;
          const spike = plan.loadingSpike && plan.loadingSpike.line === line && plan.loadingSpike.drug === drug && plan.loadingSpike.replicate === rep + 1 ? plan.loadingSpike.fold : 1;
          const loading = 20_000 * spike * jitter(rep, 3);
          const signal = (label: string, value: number) => plan.override?.({ line, drug, time, replicate: rep + 1, label }) ?? value;
          rows.push(`${design},GAPDH,${loading.toFixed(2)}`);
          PANEL.forEach((target, k) => {
            const total = 1000 * (model.total?.[target] ?? 1) * (loading / 20_000) * jitter(rep, k + (role === 'resistant' ? 1 : 0));
            const f = drug ? (model.fAt?.[time]?.[target] ?? model.f?.[target] ?? 1) : 1;
            const phospho = total * (model.basal?.[target] ?? 1) * f * jitter(rep, k + (drug ? 2 : 0) + (role === 'resistant' ? 1 : 0));
            rows.push(`${design},p${target},${signal(`p${target}`, phospho).toFixed(3)}`, `${design},${target},${signal(target, total).toFixed(3)}`);
          });
          (plan.markers ?? []).forEach((marker, k) => {
            const level = 800 * (model.total?.[marker] ?? 1) * (loading / 20_000) * jitter(rep, k + 1 + (role === 'resistant' ? 2 : 0));
            rows.push(`${design},${marker},${level.toFixed(3)}`);
          });
        }
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

export function biologyExperiment(plan: BiologyPlan, name = 'biology.csv'): InputBytes {
  return textInput(name, biologyCsv(plan));
}

/** Both lines under the drug as a working assay suppresses the sensitive one. */
export const SENSITIVE_SUPPRESSED: BiologyModel = { f: { TRK: 0.08, ERK: 0.08, AKT: 0.1 } };
