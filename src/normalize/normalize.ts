/**
 * The normalise stage:
 *
 *   bands -> 1. model pairs -> 2. loading control per membrane -> 3. phospho/total per sample
 *         -> 4. loading-drift flags -> 5. reference lanes (fraction of vehicle, ratio vs reference)
 *         -> 6. band-quality summary -> NormalizedData
 */
import { InputError, type AnalysisWarning, type SourceLocation } from '../errors.js';
import { normalizeMessages as m } from '../messages/normalize.js';
import { CORE_PAIRS } from '../load/targetNames.js';
import type { Band } from '../load/types.js';
import { compareNullableNumber, compareText, textRanks, uniqueSorted } from '../order.js';
import { groupKey } from '../groupKey.js';
import type { AnalysisSettings } from '../settings.js';
import { bandProblem, isSaturated } from './bandQuality.js';
import { buildLoadingTable, laneKey } from './loadingControl.js';
import { resolveModelPairs } from './modelPairs.js';
import { phosphoTotalRatios } from './phosphoTotal.js';
import { applyReferenceLanes } from './referenceLanes.js';
import { plausibilityWarnings } from './plausibility.js';
import type { ConditionSummary, Design, FlaggedBand, LoadingLane, ModelSummary, NormalizedData, NormalizedLane, RatioBasis, TargetSummary } from './types.js';
import { appendAll } from '../arrays.js';

export function normalize(bands: readonly Band[], settings: AnalysisSettings): NormalizedData {
  // Each step's warnings are sorted by where they point, so their order never depends on the order of input rows.
  const warnings: AnalysisWarning[] = [];
  // 1. Who is compared with whom; without a vehicle lane nothing can be expressed as a fraction of vehicle.
  const models = modelSummaries(bands);
  // A design with one model status (the resistant line alone, or the parental alone) has no pair:
  // rules/singleModelReading.ts reads what it supports.
  const oneStatus = new Set(models.map((x) => x.status)).size === 1 && settings.pairs.length === 0;
  const pairs = oneStatus ? [] : resolveModelPairs(models, settings.pairs, inputsAt(bands, 'status'));
  if (!bands.some((b) => b.vehicle)) throw new InputError('no-vehicle', m.noVehicleAnywhere(), inputsAt(bands, 'treatment'), m.noVehicleAnywhereHint());
  if (!bands.some((b) => b.target.form !== 'loading')) {
    throw new InputError('no-targets', m.noTargets([...new Set(bands.map((b) => b.target.label))]), inputsAt(bands, 'target'), m.noTargetsHint());
  }
  // 2. Loading control.
  const loading = buildLoadingTable(bands, settings);
  appendAll(warnings, sortWarnings(loading.warnings));
  // 3. Phospho/total.
  const ratios = phosphoTotalRatios(bands, loading, settings);
  appendAll(warnings, sortWarnings(ratios.warnings));
  if (!ratios.lanes.some((l) => l.phosphoTotalRatio !== null)) {
    const empty = bands.every((b) => b.signal === null);
    throw new InputError(empty ? 'no-signals' : 'nothing-normalised', empty ? m.noSignals() : m.nothingNormalised(), inputsAt(bands, 'signal'), empty ? m.noSignalsHint() : m.nothingNormalisedHint());
  }
  // 4. Lanes whose loading drifts carry the flag into every ratio built from them.
  const driftingLanes = loading.lanes.filter((l) => l.drift);
  const drifting = new Set(driftingLanes.map((l) => laneKey(l.membrane, l.lane)));
  const driftingMembranes = new Set(driftingLanes.map((l) => l.membrane));
  const drifts = (membrane: string | null, lane: string | null): boolean => membrane !== null && driftingMembranes.has(membrane) && drifting.has(laneKey(membrane, lane!));
  for (const lane of ratios.lanes) {
    const touched = drifts(lane.membrane, lane.lane) || drifts(lane.totalMembrane, lane.totalLane);
    if (touched) lane.flags.push('loading-drift');
  }
  // 5. Reference lanes.
  appendAll(warnings, sortWarnings(applyReferenceLanes(ratios.lanes, pairs, settings)));
  appendAll(warnings, plausibilityWarnings(bands, ratios.lanes));
  // 6. Bands left out or flagged.
  const flagWarnings: AnalysisWarning[] = [];
  const flaggedBands = flagBands(bands, settings, ratios.censored, flagWarnings);
  appendAll(warnings, sortWarnings(flagWarnings));

  const design = describeDesign(bands, models, pairs, ratios.basisOf, loading.controlOf);
  const replicatesOf = new Map<string, { first: Band; replicates: Set<string> }>();
  for (const b of bands) {
    const seen = replicatesOf.get(b.line);
    if (seen) seen.replicates.add(b.replicate);
    else replicatesOf.set(b.line, { first: b, replicates: new Set([b.replicate]) });
  }
  for (const model of design.models) {
    const { first, replicates } = replicatesOf.get(model.line)!;
    if (replicates.size === 1) warnings.push({ code: 'single-replicate', message: m.singleReplicate(model.line), at: { file: first.at.file, row: first.at.row } });
  }
  return { design, lanes: sortLanes(ratios.lanes, design), loading: sortLoadingLanes(loading.lanes), flaggedBands, warnings };
}

/** A problem with the input as a whole (something absent): its files and the column to look at. */
function inputsAt(bands: readonly Band[], column: string): SourceLocation {
  return { file: [...new Set(bands.map((b) => b.at.file))].join(', '), column };
}

function sortWarnings(warnings: readonly AnalysisWarning[]): AnalysisWarning[] {
  return [...warnings].sort((a, b) =>
    compareText(a.at?.file ?? '', b.at?.file ?? '') || (a.at?.row ?? 0) - (b.at?.row ?? 0) ||
    compareText(a.at?.column ?? '', b.at?.column ?? '') || compareText(a.code, b.code) || compareText(a.message, b.message));
}

function modelSummaries(bands: readonly Band[]): ModelSummary[] {
  const status = new Map<string, Band['status']>();
  for (const b of bands) status.set(b.line, b.status);
  return [...status]
    .map(([line, s]) => ({ line, status: s }))
    .sort((a, b) => (a.status === b.status ? compareText(a.line, b.line) : a.status === 'sensitive' ? -1 : 1));
}

function flagBands(bands: readonly Band[], settings: AnalysisSettings, censored: ReadonlySet<Band>, warnings: AnalysisWarning[]): FlaggedBand[] {
  const flagged: FlaggedBand[] = [];
  const counts = new Map<string, number>();
  const firstAt = new Map<string, Band['at']>();
  for (const b of bands) {
    const problem = censored.has(b) ? 'below-detection' : bandProblem(b, settings) ?? (isSaturated(b, settings) ? 'saturated' : null);
    if (problem === null || problem === 'missing-signal') continue;
    flagged.push({ membrane: b.membrane, lane: b.lane, line: b.line, targetLabel: b.target.label, signal: b.signal, flag: problem, file: b.at.file, row: b.at.row ?? null });
    // Bands below detection are warned about where they are read (phosphoTotal.ts).
    if (problem === 'below-detection') continue;
    const key = JSON.stringify([problem, b.target.label]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!firstAt.has(key)) firstAt.set(key, b.at);
  }
  for (const [key, count] of counts) {
    const [problem, label] = JSON.parse(key) as [string, string];
    const at = firstAt.get(key)!;
    if (problem === 'saturated') {
      warnings.push({ code: 'saturated', message: settings.keepSaturated ? m.saturatedKept(count, label) : m.saturated(count, label), at });
    } else warnings.push({ code: 'non-positive', message: m.nonPositive(count, label), at });
  }
  return flagged.sort((a, b) => compareText(a.membrane, b.membrane) || compareText(a.lane, b.lane) || compareText(a.targetLabel, b.targetLabel));
}

function describeDesign(
  bands: readonly Band[], models: ModelSummary[], pairs: Design['pairs'], basisOf: Map<string, RatioBasis>, controlOf: Map<string, string | null>,
): Design {
  // One pass over the bands; a million-row screen has a million of them.
  const conditions = new Map<string, ConditionSummary>();
  const membranes = new Set<string>();
  const replicates = new Set<string>();
  const labelsOf = new Map<string, { known: boolean; phospho: Set<string>; total: Set<string> }>();
  let previous: Band | undefined;
  for (const b of bands) {
    membranes.add(b.membrane);
    replicates.add(b.replicate);
    // A lane's bands share one condition: look it up once per run of them.
    if (!b.vehicle && (previous === undefined || b.treatment !== previous.treatment || b.dose_nM !== previous.dose_nM || b.time_h !== previous.time_h)) {
      const key = groupKey(b.treatment, b.dose_nM, b.time_h);
      if (!conditions.has(key)) conditions.set(key, { treatment: b.treatment, dose_nM: b.dose_nM, time_h: b.time_h });
      previous = b;
    }
    if (b.target.form === 'loading') continue;
    let labels = labelsOf.get(b.target.protein);
    if (!labels) labelsOf.set(b.target.protein, (labels = { known: true, phospho: new Set(), total: new Set() }));
    labels.known &&= b.target.known;
    (b.target.form === 'phospho' ? labels.phospho : labels.total).add(b.target.label);
  }
  const targets: TargetSummary[] = [...basisOf].map(([protein, ratioBasis]) => {
    const labels = labelsOf.get(protein);
    return {
      protein, ratioBasis, known: labels?.known ?? true,
      phosphoLabels: uniqueSorted(labels?.phospho ?? []),
      totalLabels: uniqueSorted(labels?.total ?? []),
    };
  });
  return {
    models, pairs,
    membranes: uniqueSorted(membranes),
    replicates: uniqueSorted(replicates),
    conditions: [...conditions.values()].sort(compareConditions),
    targets: targets.sort((a, b) => compareTargets(a.protein, b.protein)),
    loadingControls: uniqueSorted(controlOf.keys()).map((membrane) => ({ membrane, control: controlOf.get(membrane) ?? null })),
  };
}

export function compareConditions(a: ConditionSummary, b: ConditionSummary): number {
  return compareText(a.treatment, b.treatment) || compareNullableNumber(a.dose_nM, b.dose_nM) || compareNullableNumber(a.time_h, b.time_h);
}

/** Panel order: the core pairs as listed in CORE_PAIRS, then other proteins alphabetically. */
export function compareTargets(a: string, b: string): number {
  const ia = CORE_PAIRS.indexOf(a);
  const ib = CORE_PAIRS.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return compareText(a, b);
}

/**
 * Model (design order), target (panel order), vehicle first, condition, replicate, membrane, lane.
 * Texts are ranked once, so the sort compares integers (the same order as comparing the texts).
 */
function sortLanes(lanes: NormalizedLane[], design: Design): NormalizedLane[] {
  const modelRank = new Map(design.models.map((x, i) => [x.line, i]));
  const targetRank = new Map([...new Set(lanes.map((l) => l.target))].sort(compareTargets).map((t, i) => [t, i]));
  const texts = new Set<string>();
  for (const l of lanes) {
    texts.add(l.treatment);
    texts.add(l.replicate);
    texts.add(l.membrane);
    texts.add(l.lane);
  }
  const rank = textRanks(texts);
  const keyed = lanes.map((l) => ({
    l, model: modelRank.get(l.line)!, target: targetRank.get(l.target)!, treatment: rank.get(l.treatment)!,
    replicate: rank.get(l.replicate)!, membrane: rank.get(l.membrane)!, lane: rank.get(l.lane)!,
  }));
  keyed.sort((a, b) =>
    (a.model - b.model) ||
    (a.target - b.target) ||
    (a.l.vehicle === b.l.vehicle ? 0 : a.l.vehicle ? -1 : 1) ||
    (a.treatment - b.treatment) || compareNullableNumber(a.l.dose_nM, b.l.dose_nM) || compareNullableNumber(a.l.time_h, b.l.time_h) ||
    (a.replicate - b.replicate) ||
    (a.membrane - b.membrane) || (a.lane - b.lane));
  keyed.forEach((k, i) => { lanes[i] = k.l; });
  return lanes;
}

/** Loading-control lanes by membrane, then lane (texts ranked once, as in sortLanes). */
function sortLoadingLanes(lanes: LoadingLane[]): LoadingLane[] {
  const texts = new Set<string>();
  for (const l of lanes) {
    texts.add(l.membrane);
    texts.add(l.lane);
  }
  const rank = textRanks(texts);
  const keyed = lanes.map((l) => ({ l, membrane: rank.get(l.membrane)!, lane: rank.get(l.lane)! }));
  keyed.sort((a, b) => (a.membrane - b.membrane) || (a.lane - b.lane));
  keyed.forEach((k, i) => { lanes[i] = k.l; });
  return lanes;
}
