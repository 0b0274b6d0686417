/**
 * Drug lanes read at their detection limit (normalize: flag `below-detection`, `censoredAt`): the
 * true ratio lies below the value the lane carries. Per model and drug condition of one target:
 * - every drug lane censored: the cell's fraction of vehicle is an upper bound (f <= estimate);
 * - some censored: the estimate is no bound, and a censored lane is read at half its limit (the usual
 *   single-imputation point for a value known to lie between 0 and the limit), or at the geometric
 *   mean fraction of vehicle of the cell's measured lanes when that is lower: a limit far above the
 *   cell's level says only "below the limit" (its term in a censored-normal, Tobit, likelihood is
 *   near 1), and read higher it would pull the estimate up.
 * Pure: returns the ratio to fit per lane (lanes of an all-censored cell are left out of the fit and
 * summarised by `boundSummary`); the lanes are not changed.
 */
import { groupKey } from '../groupKey.js';
import type { NormalizedLane } from '../normalize/types.js';
import { log2 } from './portableMath.js';
import type { GroupComparison, RatioSummary } from './comparisonTypes.js';
import { EMPTY_SUMMARY, type ByReplicate } from './replicateTests.js';
import { tCritical, twoSidedTPValue } from './studentT.js';

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
      const half = log2(l.fractionOfVehicle) - 1;
      ratioOf.set(l, l.phosphoTotalRatio * 2 ** (Math.min(half, meanLog2) - log2(l.fractionOfVehicle)));
    }
  }
  return { ratioOf, cells };
}

/**
 * The fraction of vehicle of a cell whose drug lanes are all below detection: the geometric mean of
 * the lanes' bounds (limit / vehicle), an upper bound without an interval. It is kept out of the
 * model's fit: bounds scattered by membrane noise are no residual variance of the other cells.
 */
export function boundSummary(values: ByReplicate, cell: CensoredCell): RatioSummary {
  const logs = [...values.values()].map((v) => log2(v));
  if (logs.length === 0) return { ...EMPTY_SUMMARY };
  const log2Mean = logs.reduce((s, x) => s + x, 0) / logs.length;
  const log2SD = logs.length > 1 ? Math.sqrt(logs.reduce((s, x) => s + (x - log2Mean) ** 2, 0) / (logs.length - 1)) : null;
  return {
    estimate: 2 ** log2Mean, ciLow: null, ciHigh: null, n: logs.length, log2Mean, log2SD, se: null, df: null,
    censoredLanes: cell.censored, upperBound: true,
  };
}

/**
 * log2 f(resistant) - log2 f(sensitive) where one side (or both) is an upper bound: the other side's
 * contrast with its standard error and df, the bound taken as known. With the sensitive side bounded
 * the difference is a lower bound of the true one; with the resistant side bounded, an upper bound.
 */
export function differenceWithBound(resistant: RatioSummary, sensitive: RatioSummary, level: number, fitN: number): GroupComparison | null {
  if (resistant.log2Mean === null || sensitive.log2Mean === null) return null;
  const estimate = resistant.log2Mean - sensitive.log2Mean;
  const measured = resistant.upperBound ? (sensitive.upperBound ? null : sensitive) : resistant;
  const se = measured?.se ?? null;
  const df = measured?.df ?? null;
  const t = se !== null && se > 0 ? estimate / se : null;
  const q = df !== null && df > 0 ? tCritical(level, df) : null;
  return {
    log2Ratio: estimate, ciLow: q !== null && se !== null ? estimate - q * se : null, ciHigh: q !== null && se !== null ? estimate + q * se : null,
    test: 'linear-model', se, t, df, p: t !== null && df !== null && df > 0 ? twoSidedTPValue(t, df) : null, pAdjusted: null,
    n: fitN, nResistant: resistant.n, nSensitive: sensitive.n,
  };
}
