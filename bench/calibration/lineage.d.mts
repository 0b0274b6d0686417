/** Types of lineage.mjs, for tests/lineageCalibration.test.ts. */
export const WEEKS: number[];
export const LINEAGE_CASES: Record<string, { stages: Record<string, number>[]; emerged: { mechanism: string; week: number } | null; changes: string[] }>;
export function simulateLineage(spec: { caseName: string; n: number; cv: number; seed: number }): string;
export function scoreEmerged(caseName: string, emerged: { mechanism: string; weeksOnDrug: number | null } | null): 'right' | 'late' | 'withheld' | 'early' | 'wrong';
export function scoreChanges(caseName: string, changes: { mechanism: string }[]): boolean;
export interface LineageRow { caseName: string; n: number; cv: number; runs: number; right: number; late: number; withheld: number; early: number; wrong: number; changesRight: number }
export function calibrateLineages(options: { runs: number; n: number; cv: number; analyze: Function; cases?: string[] }): LineageRow[];
