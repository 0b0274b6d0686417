/**
 * The report of a screen: past a handful of resistant models, the per-model charts cannot be read
 * (hundreds of panels, megabytes of SVG). The report then opens with an overview of every model
 * (screenSection.ts, screenHeatmapChart.ts) and draws its per-model charts for a few models only:
 * one of each mechanism first, so every kind of call has an example, then the next in table order.
 */
import type { Results } from '../../results.js';
import type { Verdict } from '../../rules/types.js';

/** More resistant models than this make the report a screen report. */
export const SCREEN_MIN_RESISTANT = 9;
/** Resistant models whose per-model charts a screen report draws. */
export const CHARTED_RESISTANT = 6;

export interface ScreenView {
  /** Resistant models in the design. */
  resistantTotal: number;
  /** Resistant models charted, in chart order. */
  charted: string[];
  /** Verdicts in table order: by mechanism (the order of first appearance), then confidence, then model. */
  verdictOrder: Verdict[];
}

const CONFIDENCE_ORDER: Record<string, number> = { strong: 0, moderate: 1, provisional: 2 };

export function screenView(results: Pick<Results, 'design' | 'verdicts'>): ScreenView | null {
  const resistant = results.design.models.filter((m) => m.status === 'resistant').map((m) => m.line);
  if (resistant.length < SCREEN_MIN_RESISTANT) return null;
  const verdictOrder = orderVerdicts(results.verdicts);
  const charted: string[] = [];
  const add = (line: string) => { if (!charted.includes(line) && charted.length < CHARTED_RESISTANT) charted.push(line); };
  const seen = new Set<string>();
  for (const v of verdictOrder) if (!seen.has(v.mechanism)) { seen.add(v.mechanism); add(v.line); }
  for (const v of verdictOrder) add(v.line);
  for (const line of resistant) add(line);
  return { resistantTotal: resistant.length, charted, verdictOrder };
}

export function orderVerdicts(verdicts: readonly Verdict[]): Verdict[] {
  const mechanismRank = new Map<string, number>();
  for (const v of verdicts) if (!mechanismRank.has(v.mechanism)) mechanismRank.set(v.mechanism, mechanismRank.size);
  return verdicts
    .map((v, i) => ({ v, i }))
    .sort((a, b) => mechanismRank.get(a.v.mechanism)! - mechanismRank.get(b.v.mechanism)!
      || (CONFIDENCE_ORDER[a.v.confidence] ?? 9) - (CONFIDENCE_ORDER[b.v.confidence] ?? 9)
      || a.i - b.i)
    .map(({ v }) => v);
}

/**
 * The results restricted to the charted resistant models and their sensitive partners (and the
 * membranes that carry them), for the per-model charts. Everything else is unchanged.
 */
export function chartedResults(results: Results, charted: readonly string[]): Results {
  const lines = new Set(charted);
  for (const pair of results.design.pairs) if (lines.has(pair.resistant)) lines.add(pair.sensitive);
  const membranes = new Set(results.loading.filter((l) => lines.has(l.line)).map((l) => l.membrane));
  for (const lane of results.lanes) if (lines.has(lane.line)) membranes.add(lane.membrane);
  return {
    ...results,
    design: {
      ...results.design,
      models: results.design.models.filter((m) => lines.has(m.line)),
      pairs: results.design.pairs.filter((p) => lines.has(p.resistant)),
      membranes: results.design.membranes.filter((m) => membranes.has(m)),
      loadingControls: results.design.loadingControls.filter((c) => membranes.has(c.membrane)),
    },
    lanes: results.lanes.filter((l) => lines.has(l.line)),
    loading: results.loading.filter((l) => membranes.has(l.membrane)),
    flaggedBands: results.flaggedBands.filter((b) => lines.has(b.line)),
    comparisons: results.comparisons.filter((c) => lines.has(c.line)),
    levels: results.levels.filter((l) => lines.has(l.line)),
    doseResponses: results.doseResponses.filter((d) => lines.has(d.line)),
    verdicts: results.verdicts.filter((v) => lines.has(v.line)),
  };
}
