/**
 * Colours for values with a sign or a side of a threshold, readable in grey print and under colour
 * blindness: lightness rises monotonically from dark blue (lower / suppressed) through mid grey (no
 * change / partial) to light orange (higher / sustained), with a step in lightness at the middle, so
 * the sign survives when the hue is lost. Text on a cell is white on the dark side and black on the
 * light side: at least 4.5:1 on every colour (tests/report/charts/chartColours.test.ts).
 */
/** Dark side (CIE L* 26 and 38), middle (L* 64), light side (L* 72 and 91). */
export const LOWER_DARK = '#1B3F66';
export const LOWER = '#3E5C80';
export const MIDDLE = '#9A9A9A';
export const HIGHER = '#E8A25C';
export const HIGHER_LIGHT = '#FFE3A3';
export const TEXT_ON_DARK = 'white';
export const TEXT_ON_LIGHT = 'black';

/** A continuous scale over [-limit, limit] with the lightness step at 0 (just below it, the dark side ends). */
export function signedScale(limit: number): { domain: number[]; range: string[]; interpolate: 'lab'; clamp: true } {
  return { domain: [-limit, -limit / 100, 0, limit / 2, limit], range: [LOWER_DARK, LOWER, MIDDLE, HIGHER, HIGHER_LIGHT], interpolate: 'lab', clamp: true };
}
