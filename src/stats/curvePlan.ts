/**
 * The dose-response curves (doseResponses.ts) as units of work: planned here, run by `fitCurveUnit`,
 * merged here in the design's model order. The single-threaded path (`fitDoseResponses`) and the
 * worker threads (parallel/) run the same three steps, so the results are the same bytes whatever the
 * number of threads.
 *
 * A unit is a set of models joined by pairs (a parental line and every resistant model compared with
 * it): a fold shift needs both curves' fits, and a fit stays in the unit that made it.
 */
import type { DoseResponse } from './doseResponseTypes.js';
import type { ModelSummary, NormalizedData, NormalizedLane } from '../normalize/types.js';
import type { ModelPair } from '../settings.js';
import { pushTo } from './comparePlan.js';

/** What every unit reads besides its own lanes: plain data, for a worker thread. */
export interface CurveShared {
  /** The targets that get curves (phospho/total and phospho/loading ones). */
  curved: string[];
  /** The vehicle times of the whole design. */
  designVehicleTimes: (number | null)[];
  /** Confidence level of the intervals. */
  level: number;
}

/** One unit: models joined by pairs, in design order, the pairs among them, in design order, and their lanes of the curved targets. */
export interface CurveUnit {
  models: ModelSummary[];
  pairs: ModelPair[];
  lanes: NormalizedLane[];
}

export interface CurvePlan {
  shared: CurveShared;
  units: CurveUnit[];
}

export function planDoseResponses(data: NormalizedData, level: number): CurvePlan {
  const curved = data.design.targets.filter((t) => t.ratioBasis !== 'total/loading').map((t) => t.protein);
  const designVehicleTimes = [...new Set(data.lanes.filter((l) => l.vehicle).map((l) => l.time_h))];
  // Models joined by a pair share a unit (union-find on the model names).
  const parent = new Map<string, string>();
  const root = (line: string): string => {
    let r = line;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(line, r);
    return r;
  };
  for (const pair of data.design.pairs) {
    const a = root(pair.resistant);
    const b = root(pair.sensitive);
    if (a !== b) parent.set(a, b);
  }
  const unitOf = new Map<string, CurveUnit>();
  const units: CurveUnit[] = [];
  for (const model of data.design.models) {
    const key = root(model.line);
    let unit = unitOf.get(key);
    if (!unit) {
      unit = { models: [], pairs: [], lanes: [] };
      unitOf.set(key, unit);
      units.push(unit);
    }
    unit.models.push(model);
  }
  for (const pair of data.design.pairs) unitOf.get(root(pair.resistant))?.pairs.push(pair);
  const curvedSet = new Set(curved);
  const byLine = new Map<string, NormalizedLane[]>();
  for (const lane of data.lanes) if (curvedSet.has(lane.target)) pushTo(byLine, lane.line, lane);
  for (const unit of units) unit.lanes = unit.models.flatMap((m) => byLine.get(m.line) ?? []);
  return { shared: { curved, designVehicleTimes, level }, units };
}

/** Every unit's responses, in the design's model order (each model's in the order its unit fitted them). */
export function mergeDoseResponses(models: readonly ModelSummary[], results: readonly DoseResponse[][]): DoseResponse[] {
  const byLine = new Map<string, DoseResponse[]>();
  for (const responses of results) for (const r of responses) pushTo(byLine, r.line, r);
  return models.flatMap((m) => byLine.get(m.line) ?? []);
}
