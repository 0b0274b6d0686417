/** Types of followUps.mjs, for tests/rules/followUps.test.ts. */
export const FOLLOW_UP_CASES: Record<string, { mechanism: string; truth: Record<string, string> }>;
export function simulateFollowUp(spec: { caseName: string; n: number; cv: number; seed: number }): string;
export function scoreFollowUps(caseName: string, results: { followUps?: { arm: string; primary: boolean; outcome: string }[] }):
  { arm: string; truth: string; outcome: string; score: 'right' | 'withheld' | 'wrong'; wrongRestored: boolean }[];
export function calibrateFollowUps(spec: { runs: number; n: number; cv: number; analyze: unknown; cases?: string[] }): object[];
