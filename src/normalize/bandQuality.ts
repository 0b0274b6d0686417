/**
 * Which bands can be quantified: a signal that is present, above zero, and inside the linear range.
 */
import type { Band } from '../load/types.js';
import type { AnalysisSettings } from '../settings.js';
import type { QualityFlagCode } from './types.js';

export function isSaturated(band: Band, settings: Pick<AnalysisSettings, 'saturation'>): boolean {
  return band.saturated || (settings.saturation !== null && band.signal !== null && band.signal >= settings.saturation);
}

/** The flag that keeps a band out of the analysis, or null when it is usable. */
export function bandProblem(band: Band, settings: Pick<AnalysisSettings, 'saturation' | 'keepSaturated'>): QualityFlagCode | null {
  if (band.signal === null) return 'missing-signal';
  if (band.signal <= 0) return 'non-positive';
  if (isSaturated(band, settings) && !settings.keepSaturated) return 'saturated';
  return null;
}

/**
 * A phospho band under drug with a signal of zero or below: the drug removed it below detection.
 * It is complete suppression, not a missing value, so it is read as censored (phosphoTotal.ts).
 */
export function isBelowDetection(band: Band): boolean {
  return band.target.form === 'phospho' && !band.vehicle && band.signal !== null && band.signal <= 0;
}

export function isUsable(band: Band, settings: Pick<AnalysisSettings, 'saturation' | 'keepSaturated'>): boolean {
  return bandProblem(band, settings) === null;
}
