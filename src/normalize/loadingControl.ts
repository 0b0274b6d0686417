/**
 * Loading control per membrane: which protein, its signal per lane, and lanes that drift from the
 * membrane's median by more than the allowed fold (Degasperi et al. 2014; SCIENCE.md).
 */
import { median } from 'simple-statistics';
import { InputError, type AnalysisWarning } from '../errors.js';
import { normalizeMessages as m } from '../messages/normalize.js';
import { identifyTarget, LOADING_CONTROLS } from '../load/targetNames.js';
import type { Band } from '../load/types.js';
import type { AnalysisSettings } from '../settings.js';
import type { LoadingLane } from './types.js';
import { bandProblem, isSaturated, isUsable } from './bandQuality.js';

export interface LoadingTable {
  controlOf: Map<string, string | null>;
  /** Loading signal by membrane + lane key (usable bands only). */
  signalOf: Map<string, number>;
  /** Lanes whose loading band is there but unusable, with why (`missing a signal`, `zero or below`, `saturated`). */
  problemOf: Map<string, string>;
  /** Lanes whose loading band is saturated but kept (--keep-saturated). */
  saturatedKept: Set<string>;
  lanes: LoadingLane[];
  warnings: AnalysisWarning[];
}

export const laneKey = (membrane: string, lane: string): string => `${membrane}\u0000${lane}`;

export function buildLoadingTable(bands: readonly Band[], settings: AnalysisSettings): LoadingTable {
  const byMembrane = new Map<string, Band[]>();
  for (const b of bands) {
    const list = byMembrane.get(b.membrane) ?? [];
    list.push(b);
    byMembrane.set(b.membrane, list);
  }
  const wanted = settings.loadingControl === null ? null : identifyTarget(settings.loadingControl);
  if (wanted?.form === 'phospho') throw new InputError('loading-is-phospho', m.loadingIsPhospho(settings.loadingControl!), undefined, m.loadingIsPhosphoHint());
  // A total protein may serve (--loading ERK means total ERK), never its phospho form.
  const matchesWanted = (b: Band): boolean =>
    wanted !== null && b.target.form !== 'phospho' && (b.target.protein === wanted.protein || b.target.label.toLowerCase() === wanted.label.toLowerCase());
  if (wanted && !bands.some(matchesWanted)) {
    const available = [...new Set(bands.filter((b) => b.target.form === 'loading').map((b) => b.target.label))];
    throw new InputError('loading-not-found', m.loadingNotFound(settings.loadingControl!), undefined, m.loadingNotFoundHint(available));
  }

  const controlOf = new Map<string, string | null>();
  const signalOf = new Map<string, number>();
  const problemOf = new Map<string, string>();
  const saturatedKept = new Set<string>();
  const lanes: LoadingLane[] = [];
  const warnings: AnalysisWarning[] = [];
  for (const [membrane, membraneBands] of byMembrane) {
    let control: string | null;
    let controlBands: Band[];
    if (wanted) {
      controlBands = membraneBands.filter(matchesWanted);
      control = controlBands.length > 0 ? wanted.protein : null;
      if (!control) warnings.push({ code: 'no-loading-control', message: m.loadingMissingOnMembrane(membrane, settings.loadingControl!) });
    } else {
      const present = new Set(membraneBands.filter((b) => b.target.form === 'loading').map((b) => b.target.protein));
      control = LOADING_CONTROLS.find((c) => present.has(c)) ?? [...present].sort()[0] ?? null;
      controlBands = membraneBands.filter((b) => b.target.form === 'loading' && b.target.protein === control);
      if (!control) warnings.push({ code: 'no-loading-control', message: m.noLoadingControl(membrane) });
    }
    controlOf.set(membrane, control);
    const usable = controlBands.filter((b) => isUsable(b, settings));
    const membraneMedian = usable.length > 0 ? median(usable.map((b) => b.signal!)) : null;
    for (const b of controlBands) {
      const ok = isUsable(b, settings);
      const key = laneKey(membrane, b.lane);
      if (ok) signalOf.set(key, b.signal!);
      else problemOf.set(key, LOADING_PROBLEM[bandProblem(b, settings) ?? 'missing-signal'] ?? 'unusable');
      if (ok && isSaturated(b, settings)) saturatedKept.add(key);
      const relative = ok && membraneMedian ? b.signal! / membraneMedian : null;
      const drift = relative !== null && (relative > settings.loadingDriftFold || relative < 1 / settings.loadingDriftFold);
      if (drift) {
        warnings.push({ code: 'loading-drift', message: m.loadingDrift(membrane, b.lane, relative, settings.loadingDriftFold), at: b.at });
      }
      lanes.push({
        membrane, lane: b.lane, line: b.line, treatment: b.treatment, replicate: b.replicate, control: control!,
        signal: b.signal, relativeToMembraneMedian: relative, drift, saturated: b.saturated,
      });
    }
  }
  return { controlOf, signalOf, problemOf, saturatedKept, lanes, warnings };
}

const LOADING_PROBLEM: Readonly<Record<string, string>> = {
  'missing-signal': 'missing a signal', 'non-positive': 'zero or below', saturated: 'saturated (outside the linear range)',
};
