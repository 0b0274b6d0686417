/** Types of doseSeries.mjs, for tests/calibration.test.ts. */
export const SERIES_DOSES: number[];
export const SENSITIVE_CURVES: Record<string, { ic50: number; bottom: number; hill: number }>;
export const DOSE_CASES: Record<string, { curves: object; total?: object; right: string; drivers?: string[] }>;
export function fractionAt(curve: { ic50: number; bottom: number; hill: number }, dose: number): number;
export function truthOf(caseName: string, status: 'sensitive' | 'resistant', target: string): { ic50: number; bottom: number; hill: number };
export function simulateDoseSeries(spec: { caseName: string; n: number; cv: number; seed: number }): string;
export function scoreDoseSeries(caseName: string, verdict: { mechanism: string; drivers: string[] }): 'right' | 'withheld' | 'wrong';
export interface DoseSeriesRow { caseName: string; n: number; cv: number; runs: number; tool: { right: number; withheld: number; wrong: number; wrongStrong: number } }
export function calibrateDoseSeries(options: { runs: number; n: number; cv: number; cases?: string[]; analyze: Function }): {
  rows: DoseSeriesRow[];
  coverage: { ic50: { covered: number; fitted: number; notFitted: number }; fold: { covered: number; total: number } };
};
