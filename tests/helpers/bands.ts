/**
 * Band records for the normalize and stats tests, read through the real loader from small tables
 * so a test shows its input as a lab would write it.
 */
import { loadFile } from '../../src/load/loadFile.js';
import type { Band } from '../../src/load/types.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../../src/settings.js';
import { fixture, tableInput } from './inputs.js';

export type Cells = readonly (string | number)[];

/** Bands of a table written as rows (the first row is the header). */
export function bandsOf(name: string, rows: readonly Cells[]): Band[] {
  return loadFile(tableInput(name, rows)).bands;
}

/** Bands of committed fixtures under tests/fixtures/core/, in the order given. */
export function fixtureBands(...names: string[]): Band[] {
  return names.flatMap((n) => loadFile(fixture(n)).bands);
}

export function settings(overrides: Partial<AnalysisSettings> = {}): AnalysisSettings {
  return { ...DEFAULT_SETTINGS, pairs: [], ...overrides };
}
