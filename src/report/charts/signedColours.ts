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

/** Values closer to 0 than this are "no change": grey, not the dark side (a label reads -0.0 or +0.0). */
export const NO_CHANGE = 0.05;

/** A continuous scale over [-limit, limit] with the lightness step at -NO_CHANGE: below it the dark side. */
export function signedScale(limit: number): { domain: number[]; range: string[]; interpolate: 'lab'; clamp: true } {
  return { domain: [-limit, -NO_CHANGE, -NO_CHANGE + 1e-6, limit / 2, limit], range: [LOWER_DARK, LOWER, MIDDLE, HIGHER, HIGHER_LIGHT], interpolate: 'lab', clamp: true };
}

/** A vega expression: true where the cell is on the dark side (white text). */
export function onDarkSide(field: string): string {
  return `isValid(datum.${field}) && datum.${field} < ${-NO_CHANGE}`;
}
