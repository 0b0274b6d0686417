/** Types of simulate.mjs, for tests/calibration.test.ts. */
export const CASES: Record<string, { resistant: object; sensitive?: object; right: string; drivers?: string[]; quirk?: string }>;
export function simulate(spec: { caseName: string; n: number; cv: number; seed: number }): string;
export function score(caseName: string, verdict: { mechanism: string; drivers: string[] }): 'right' | 'withheld' | 'wrong';
