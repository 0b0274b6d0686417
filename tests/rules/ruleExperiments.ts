/**
 * Small experiments with known fractions of vehicle, written as long-layout CSV and run through
 * the real pipeline: one membrane, every phospho and total band and GAPDH in each lane, so that
 * f = (phospho/total under drug) / (phospho/total under vehicle) is exactly the planned value of
 * each replicate.
 *
 * Replicate spread comes from fixed multipliers (not random): the resistant and the sensitive
 * model use different ones, so paired differences vary and every t-test has a spread.
 */
import type { InputBytes } from '../../src/load/loadFile.js';
import { textInput } from '../helpers/inputs.js';

export const TARGETS = ['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET'] as const;

/** A value for every replicate, or one value spread by the model's multipliers. */
export type PerReplicate = number | readonly number[];

export interface ModelPlan {
  /** Fraction of vehicle under the drug, by protein (default 1: not affected). */
  f?: Partial<Record<string, PerReplicate>>;
  /** Fraction of vehicle by time point (hours), overriding `f` there. */
  fAt?: Record<number, Partial<Record<string, PerReplicate>>>;
  /** Vehicle phospho/total, by protein (default 1). */
  basal?: Partial<Record<string, PerReplicate>>;
  /** Total protein over GAPDH, by protein (default 0.5). */
  total?: Partial<Record<string, PerReplicate>>;
}

export interface Plan {
  replicates?: number;
  /** Proteins measured (default the six of the panel). */
  targets?: readonly string[];
  /** Drug time points in hours (default [2]); one vehicle lane per replicate serves them all. */
  times?: readonly number[];
  sensitive?: ModelPlan;
  resistant?: ModelPlan;
  /** GAPDH of one lane multiplied by this (loading drift), as [replicate, model, times]. */
  loadingSpike?: { replicate: number; model: 'resistant' | 'sensitive'; fold: number };
}

export const SENSITIVE = 'KM12';
export const RESISTANT = 'KM12-LR';

/** Replicate multipliers: about 8 % spread, different for the two models. */
const SPREAD: Record<'resistant' | 'sensitive', readonly number[]> = {
  resistant: [0.92, 1.0, 1.09, 0.96, 1.04],
  sensitive: [1.06, 0.95, 1.0, 1.03, 0.97],
};
const TOTAL_SPREAD: Record<'resistant' | 'sensitive', readonly number[]> = {
  resistant: [1.03, 0.97, 1.0, 1.02, 0.98],
  sensitive: [0.98, 1.02, 1.0, 0.99, 1.01],
};
const GAPDH = 20_000;

function valueAt(v: PerReplicate | undefined, fallback: number, rep: number, spread: readonly number[]): number {
  if (v === undefined) return fallback * spread[rep % spread.length]!;
  if (typeof v === 'number') return v * spread[rep % spread.length]!;
  const x = v[rep];
  if (x === undefined) throw new Error(`no value for replicate ${rep + 1}`);
  return x;
}

/** The CSV text of the planned experiment. */
export function experimentCsv(plan: Plan = {}): string {
  const replicates = plan.replicates ?? 3;
  const targets = plan.targets ?? TARGETS;
  const times = plan.times ?? [2];
  const rows: string[] = ['line,status,treatment,dose_nM,time_h,replicate,target,signal'];
  for (let rep = 0; rep < replicates; rep++) {
    for (const role of ['sensitive', 'resistant'] as const) {
      const model = plan[role] ?? {};
      const line = role === 'sensitive' ? SENSITIVE : RESISTANT;
      const spike = plan.loadingSpike && plan.loadingSpike.replicate === rep + 1 && plan.loadingSpike.model === role ? plan.loadingSpike.fold : 1;
      const lanes: [string, number, number | null][] = [['DMSO', 0, null], ...times.map((t): [string, number, number] => ['larotrectinib', 100, t])];
      for (const [treatment, dose, time] of lanes) {
        const loading = GAPDH * (treatment === 'DMSO' ? spike : 1);
        const design = `${line},${role},${treatment},${dose},${time ?? times[0]},${rep + 1}`;
        for (const target of targets) {
          const total = valueAt(model.total?.[target], 0.5, rep, TOTAL_SPREAD[role]) * loading;
          const basal = valueAt(model.basal?.[target], 1, rep, TOTAL_SPREAD[role]);
          const f = time === null ? 1 : valueAt(model.fAt?.[time]?.[target] ?? model.f?.[target], 1, rep, SPREAD[role]);
          rows.push(`${design},p${target},${(basal * f * total).toFixed(4)}`, `${design},${target},${total.toFixed(4)}`);
        }
        rows.push(`${design},GAPDH,${loading.toFixed(4)}`);
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

export function experiment(plan: Plan = {}, name = 'planned.csv'): InputBytes {
  return textInput(name, experimentCsv(plan));
}

/** The sensitive model of a valid assay: TRK, ERK and AKT suppressed, receptors untouched. */
export const SUPPRESSED_SENSITIVE: ModelPlan = { f: { TRK: 0.08, ERK: 0.08, AKT: 0.1 } };
