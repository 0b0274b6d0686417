/** Types of tally.mjs, for tests/calibration.test.ts. */
export interface Counts { right: number; withheld: number; wrong: number; wrongStrong: number }
export interface CalibrationCell { caseName: string; n: number; cv: number; runs: number; tool: Counts; baseline: Counts }
export function calibrate(options: { runs: number; n: number[]; cv: number[]; cases?: string[]; onCell?: (cell: CalibrationCell) => void }): Promise<CalibrationCell[]>;
export function calibrationMarkdown(rows: CalibrationCell[], meta: { runs: number; seconds: number }): string;
