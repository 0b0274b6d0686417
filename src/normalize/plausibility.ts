/**
 * Numbers that are possible but rarely true, said out loud: a drug lane at more than ten times its
 * vehicle, or one membrane whose signals span more than six orders of magnitude. Both are what a
 * misread number (a thousands separator taken for a decimal comma, a unit slip) looks like.
 */
import type { AnalysisWarning } from '../errors.js';
import { normalizeMessages as m } from '../messages/normalize.js';
import type { Band } from '../load/types.js';
import type { NormalizedLane } from './types.js';

export const IMPLAUSIBLE_FRACTION = 10;
export const IMPLAUSIBLE_SPAN = 1e6;

export function plausibilityWarnings(bands: readonly Band[], lanes: readonly NormalizedLane[]): AnalysisWarning[] {
  const warnings: AnalysisWarning[] = [];
  const high = lanes.filter((l) => !l.vehicle && l.fractionOfVehicle !== null && l.fractionOfVehicle > IMPLAUSIBLE_FRACTION);
  if (high.length > 0) {
    const top = high.reduce((a, b) => (b.fractionOfVehicle! > a.fractionOfVehicle! ? b : a));
    warnings.push({ code: 'implausible-fraction', message: m.implausibleFraction(high.length, top.line, top.target, top.replicate, top.fractionOfVehicle!, IMPLAUSIBLE_FRACTION) });
  }
  const range = new Map<string, { min: number; max: number }>();
  for (const b of bands) {
    if (b.signal === null || !(b.signal > 0)) continue;
    const r = range.get(b.membrane);
    if (!r) range.set(b.membrane, { min: b.signal, max: b.signal });
    else {
      if (b.signal < r.min) r.min = b.signal;
      if (b.signal > r.max) r.max = b.signal;
    }
  }
  for (const [membrane, { min, max }] of range) {
    if (max / min > IMPLAUSIBLE_SPAN) warnings.push({ code: 'implausible-range', message: m.implausibleRange(membrane, min, max) });
  }
  return warnings;
}
