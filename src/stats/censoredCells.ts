/**
 * Drug lanes read at their detection limit (normalize: flag `below-detection`, `censoredAt`): the
 * true ratio lies below the value the lane carries. Per model and drug condition of one target:
 * - every drug lane censored: the cell's fraction of vehicle is an upper bound (f <= estimate);
 * - some censored: a censored lane whose bound lies above the geometric mean fraction of vehicle of
 *   the cell's measured lanes is read at that mean, one whose bound lies below it stays at its bound.
 *   A bound far above the cell's level says only "below the bound" (its term in a censored-normal,
 *   Tobit, likelihood is near 1): read at the bound it would pull the estimate up.
 * Pure: returns the ratio to fit per lane; the lanes are not changed.
 */
import { groupKey } from '../groupKey.js';
import type { NormalizedLane } from '../normalize/types.js';
import { log2 } from './portableMath.js';

export interface CensoredCell {
  /** Drug lanes of the cell read at their detection limit. */
  censored: number;
  /** Every drug lane of the cell was censored: its estimate is an upper bound. */
  all: boolean;
}

export interface CensoredReading {
  /** The ratio to fit for a censored lane (lanes not in the map are read as they are). */
  ratioOf: Map<NormalizedLane, number>;
  /** By `cellKey`. */
  cells: Map<string, CensoredCell>;
}

export const cellKey = (line: string, treatment: string, dose_nM: number | null, time_h: number | null): string => groupKey(line, treatment, dose_nM, time_h);

const isCensored = (l: NormalizedLane): boolean => l.censoredAt !== undefined;
const usable = (l: NormalizedLane): l is NormalizedLane & { fractionOfVehicle: number; phosphoTotalRatio: number } =>
  l.fractionOfVehicle !== null && l.fractionOfVehicle > 0 && l.phosphoTotalRatio !== null && l.phosphoTotalRatio > 0;

export function readCensored(lanes: readonly NormalizedLane[]): CensoredReading {
  const ratioOf = new Map<NormalizedLane, number>();
  const cells = new Map<string, CensoredCell>();
  const byCell = new Map<string, NormalizedLane[]>();
  for (const l of lanes) {
    if (l.vehicle) continue;
    const key = cellKey(l.line, l.treatment, l.dose_nM, l.time_h);
    const list = byCell.get(key);
    if (list) list.push(l);
    else byCell.set(key, [l]);
  }
  for (const [key, cell] of byCell) {
    const censored = cell.filter(isCensored);
    if (censored.length === 0) continue;
    const measured = cell.filter((l) => !isCensored(l) && usable(l));
    cells.set(key, { censored: censored.length, all: measured.length === 0 });
    if (measured.length === 0) continue;
    const meanLog2 = measured.reduce((sum, l) => sum + log2(l.fractionOfVehicle!), 0) / measured.length;
    for (const l of censored) {
      if (!usable(l)) continue;
      const excess = log2(l.fractionOfVehicle) - meanLog2;
      if (excess > 0) ratioOf.set(l, l.phosphoTotalRatio * 2 ** -excess);
    }
  }
  return { ratioOf, cells };
}
