/**
 * Phospho/total per sample and protein. Where phospho and total share a lane the loading control
 * cancels; where they sit on different membranes each is first divided by its own lane's loading
 * control and the two are joined by sample (line, treatment, dose, time, replicate).
 */
import { InputError, formatLocation, type AnalysisWarning } from '../errors.js';
import { normalizeMessages as m } from '../messages/normalize.js';
import type { Band } from '../load/types.js';
import { groupKey } from '../groupKey.js';
import type { AnalysisSettings } from '../settings.js';
import { bandProblem, isBelowDetection, isSaturated } from './bandQuality.js';
import { compareText } from '../order.js';
import { laneKey, type LoadingTable } from './loadingControl.js';
import type { CensoredAt, NormalizedLane, QualityFlagCode, RatioBasis, SampleDesign } from './types.js';

export const sampleKey = (d: SampleDesign): string => groupKey(d.line, d.treatment, d.dose_nM, d.time_h, d.replicate);

export interface PhosphoTotalResult {
  lanes: NormalizedLane[];
  basisOf: Map<string, RatioBasis>;
  /** Phospho bands under drug read below detection (the others at zero or below are left out). */
  censored: Set<Band>;
  warnings: AnalysisWarning[];
}

export function phosphoTotalRatios(bands: readonly Band[], loading: LoadingTable, settings: AnalysisSettings): PhosphoTotalResult {
  const warnings: AnalysisWarning[] = [];
  const measured = bands.filter((b) => b.target.form !== 'loading');
  const basisOf = ratioBasisPerProtein(measured, warnings);

  const samples = new Map<string, Band[]>();
  let previous: { band: Band; list: Band[] } | null = null;
  for (const b of measured) {
    // A lane's bands follow one another: the key is built once per run of one sample's bands.
    if (previous !== null && sameSample(previous.band, b)) {
      previous.list.push(b);
      continue;
    }
    const key = sampleKey(b);
    let list = samples.get(key);
    if (list) list.push(b);
    else samples.set(key, (list = [b]));
    previous = { band: b, list };
  }

  const detectionLimits = detectionLimitsOf(measured, settings);
  const lanes: NormalizedLane[] = [];
  const missingTotalCount = new Map<string, { count: number; at: Band['at'] }>();
  const censored = new Map<string, { count: number; at: Band['at'] }>();
  const censoredBands = new Set<Band>();
  const unusableLoading = new Map<string, { lanes: Set<string>; why: string }>();
  for (const sampleBands of samples.values()) {
    const proteins = [...new Set(sampleBands.map((b) => b.target.protein))];
    for (const protein of proteins) {
      const phospho = single(sampleBands.filter((b) => b.target.protein === protein && b.target.form === 'phospho'));
      const total = single(sampleBands.filter((b) => b.target.protein === protein && b.target.form === 'total'));
      const basis = basisOf.get(protein)!;
      const lane = buildLane(phospho, total, protein, basis, loading, settings, detectionLimits);
      if (lane.flags.includes('below-detection') && phospho) {
        censoredBands.add(phospho);
        const seen = censored.get(phospho.target.label);
        censored.set(phospho.target.label, { count: (seen?.count ?? 0) + 1, at: seen?.at ?? phospho.at });
      }
      if (lane.flags.includes('loading-unusable')) {
        for (const b of [phospho, total]) {
          const why = b ? loadingProblem(b, loading) : null;
          if (!b || why === null) continue;
          const entry = unusableLoading.get(b.membrane) ?? { lanes: new Set<string>(), why };
          entry.lanes.add(b.lane);
          unusableLoading.set(b.membrane, entry);
        }
      }
      if (basis === 'phospho/total' && phospho && !total) {
        const seen = missingTotalCount.get(protein);
        // Located at the earliest such band of the first file, whatever the order of samples.
        const earlier = seen === undefined || (phospho.at.file === seen.at.file && (phospho.at.row ?? 0) < (seen.at.row ?? 0));
        missingTotalCount.set(protein, { count: (seen?.count ?? 0) + 1, at: earlier ? phospho.at : seen.at });
      }
      lanes.push(lane);
    }
  }
  // Without a replicate column every membrane is its own replicate, so bands on two membranes never join.
  const noReplicateColumn = bands.every((b) => b.replicate === b.membrane);
  for (const [protein, { count, at }] of missingTotalCount) {
    warnings.push({ code: 'missing-total', message: noReplicateColumn ? m.missingTotalNoReplicate(count, protein) : m.missingTotal(count, protein), at });
  }
  for (const [label, { count, at }] of censored) warnings.push({ code: 'below-detection', message: m.belowDetection(count, label), at });
  for (const [membrane, { lanes: bad, why }] of unusableLoading) {
    warnings.push({ code: 'loading-unusable', message: m.loadingUnusable(membrane, [...bad].sort(compareText), loading.controlOf.get(membrane) ?? 'loading control', why) });
  }
  const kept = new Map<string, string[]>();
  for (const key of loading.saturatedKept) {
    const [membrane, lane] = key.split('\u0000') as [string, string];
    kept.set(membrane, [...(kept.get(membrane) ?? []), lane]);
  }
  for (const [membrane, keptLanes] of kept) {
    warnings.push({ code: 'saturated-loading', message: m.saturatedLoadingKept(membrane, keptLanes.sort(compareText), loading.controlOf.get(membrane) ?? 'loading control') });
  }
  return { lanes, basisOf, censored: censoredBands, warnings };
}

/**
 * Where a phospho band that the drug removed below detection is read: at the detection limit of its
 * own membrane and antibody (SCIENCE.md, "Bands below detection"), the first of
 * 1. the antibody's noise on that membrane: 3 x the root mean square of its readings at or below zero
 *    (background-subtracted blanks scatter around zero), when one of them is below zero;
 * 2. the membrane's noise: the same over every antibody's readings at or below zero on it;
 * 3. the lowest positive drug-lane band of that antibody on that membrane (it was detected);
 * 4. the vehicle lanes: the membrane's lowest vehicle band of that antibody over `VEHICLE_RANGE_FOLD`
 *    (a band in film's linear range is at most about 10-fold below the strongest: SCIENCE.md).
 * The lane's value is an upper bound: stats reads its fraction of vehicle as f <= limit / vehicle.
 * By membrane and antibody key; the lane is flagged `below-detection` and carries `censoredAt`.
 */
export const VEHICLE_RANGE_FOLD = 10;

export interface DetectionLimit {
  limit: number;
  source: CensoredAt['source'];
}

function detectionLimitsOf(measured: readonly Band[], settings: AnalysisSettings): Map<string, DetectionLimit> {
  const blanks = new Map<string, number[]>();
  const membraneBlanks = new Map<string, number[]>();
  const lowestDrug = new Map<string, number>();
  const lowestVehicle = new Map<string, number>();
  const censoredKeys = new Map<string, string>();
  const push = (map: Map<string, number[]>, key: string, x: number) => {
    const list = map.get(key);
    if (list) list.push(x);
    else map.set(key, [x]);
  };
  const lower = (map: Map<string, number>, key: string, x: number) => {
    const seen = map.get(key);
    if (seen === undefined || x < seen) map.set(key, x);
  };
  for (const b of measured) {
    if (b.signal === null) continue;
    const key = groupKey(b.membrane, b.target.label);
    if (b.signal <= 0) {
      push(blanks, key, b.signal);
      push(membraneBlanks, b.membrane, b.signal);
      if (isBelowDetection(b)) censoredKeys.set(key, b.membrane);
      continue;
    }
    if (b.target.form !== 'phospho' || bandProblem(b, settings)) continue;
    lower(b.vehicle ? lowestVehicle : lowestDrug, key, b.signal);
  }
  const noise = (readings: readonly number[] | undefined): number | null => {
    if (!readings || !readings.some((x) => x < 0)) return null;
    // Summed in sorted order: the same bytes whatever the order of input rows.
    return 3 * Math.sqrt([...readings].sort((a, b) => a - b).reduce((sum, x) => sum + x * x, 0) / readings.length);
  };
  const limits = new Map<string, DetectionLimit>();
  for (const [key, membrane] of censoredKeys) {
    const own = noise(blanks.get(key));
    const shared = own === null ? noise(membraneBlanks.get(membrane)) : null;
    const drug = lowestDrug.get(key);
    const vehicle = lowestVehicle.get(key);
    if (own !== null) limits.set(key, { limit: own, source: 'antibody-noise' });
    else if (shared !== null) limits.set(key, { limit: shared, source: 'membrane-noise' });
    else if (drug !== undefined) limits.set(key, { limit: drug, source: 'lowest-positive-band' });
    else if (vehicle !== undefined) limits.set(key, { limit: vehicle / VEHICLE_RANGE_FOLD, source: 'vehicle-lanes' });
  }
  return limits;
}

/** Why a band's lane has no usable loading signal on a membrane that has a loading control; null when it has one or the membrane has none. */
function loadingProblem(b: Band, loading: LoadingTable): string | null {
  if ((loading.controlOf.get(b.membrane) ?? null) === null) return null;
  const key = laneKey(b.membrane, b.lane);
  if (loading.signalOf.has(key)) return null;
  return loading.problemOf.get(key) ?? 'missing from the lane';
}

/** Extreme signals (1e300 over 1e-300) overflow to Infinity or NaN; no output may carry them. */
function finiteOrNull(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}

function sameSample(a: SampleDesign, b: SampleDesign): boolean {
  return a.line === b.line && a.treatment === b.treatment && a.dose_nM === b.dose_nM && a.time_h === b.time_h && a.replicate === b.replicate;
}

function single(bands: Band[]): Band | null {
  if (bands.length > 1) {
    const [a, b] = bands as [Band, Band];
    throw new InputError('duplicate-sample', m.duplicateSample(a.target.label, a.line, a.replicate, formatLocation(a.at), formatLocation(b.at)), b.at, m.duplicateSampleHint());
  }
  return bands[0] ?? null;
}

/** phospho/total where a total exists anywhere; phospho/loading for a phospho never paired with a total. */
function ratioBasisPerProtein(measured: readonly Band[], warnings: AnalysisWarning[]): Map<string, RatioBasis> {
  const basis = new Map<string, RatioBasis>();
  // Proteins in order of first appearance, each with its forms and its first band.
  const seen = new Map<string, { first: Band; forms: Set<Band['target']['form']> }>();
  for (const b of measured) {
    const entry = seen.get(b.target.protein);
    if (entry) entry.forms.add(b.target.form);
    else seen.set(b.target.protein, { first: b, forms: new Set([b.target.form]) });
  }
  for (const [protein, { first, forms }] of seen) {
    if (forms.has('phospho') && forms.has('total')) basis.set(protein, 'phospho/total');
    else if (forms.has('phospho')) {
      basis.set(protein, 'phospho/loading');
      warnings.push({ code: 'phospho-without-total', message: m.phosphoWithoutTotal(first.target.label, protein), at: first.at });
    } else basis.set(protein, 'total/loading');
  }
  return basis;
}

function buildLane(
  phospho: Band | null, total: Band | null, protein: string, basis: RatioBasis, loading: LoadingTable, settings: AnalysisSettings,
  detectionLimits: ReadonlyMap<string, DetectionLimit>,
): NormalizedLane {
  const anchor = (phospho ?? total)!;
  const flags = new Set<QualityFlagCode>();
  let censoredAt: CensoredAt | null = null;
  const usableSignal = (b: Band | null): number | null => {
    if (!b) return null;
    const limit = isBelowDetection(b) ? detectionLimits.get(groupKey(b.membrane, b.target.label)) : undefined;
    if (limit !== undefined) {
      flags.add('below-detection');
      censoredAt = { limit: limit.limit, source: limit.source };
      return limit.limit;
    }
    const problem = bandProblem(b, settings);
    if (problem) flags.add(problem);
    else if (isSaturated(b, settings)) flags.add('saturated');
    return problem ? null : b.signal;
  };
  const p = usableSignal(phospho);
  const t = usableSignal(total);
  const loadingIn = (b: Band | null): number | null => (b ? (loading.signalOf.get(laneKey(b.membrane, b.lane)) ?? null) : null);
  const pLoad = loadingIn(phospho);
  const tLoad = loadingIn(total);
  const pOverL = p !== null && pLoad !== null ? p / pLoad : null;
  const tOverL = t !== null && tLoad !== null ? t / tLoad : null;
  if (phospho && !total && basis === 'phospho/total') flags.add('missing-total');
  if (!phospho && basis !== 'total/loading') flags.add('missing-phospho');
  if (basis === 'phospho/loading') flags.add('no-total');
  for (const b of [phospho, total]) if (b && loading.saturatedKept.has(laneKey(b.membrane, b.lane))) flags.add('saturated-loading');
  // A lane whose loading band is unusable on a membrane that has one cannot be normalised like the
  // others: its ratio is left out (never switched to another formula for this lane alone).
  const unusable = (b: Band | null): boolean => b !== null && loadingProblem(b, loading) !== null;
  const hasControl = (b: Band | null): boolean => b !== null && (loading.controlOf.get(b.membrane) ?? null) !== null;

  let ratio: number | null = null;
  if (basis === 'phospho/total' && p !== null && t !== null) {
    const sameLane = phospho!.membrane === total!.membrane && phospho!.lane === total!.lane;
    if (sameLane) ratio = p / t;
    else if (pOverL !== null && tOverL !== null) ratio = pOverL / tOverL;
    else if (unusable(phospho) || unusable(total)) flags.add('loading-unusable');
    else {
      // Different membranes, one without any loading control: the ratio assumes equal loading (warned per membrane).
      flags.add('no-loading-control');
      ratio = hasControl(phospho) || hasControl(total) ? null : p / t;
    }
  } else if (basis === 'phospho/loading' || basis === 'total/loading') {
    // Normalised to the lane's loading control; on a membrane that has none, used as measured
    // (equal loading assumed, flagged: it lowers confidence), so a single-antibody export is still read.
    const [band, signal, overLoading] = basis === 'phospho/loading' ? [phospho, p, pOverL] : [total, t, tOverL];
    ratio = overLoading;
    if (signal !== null && overLoading === null) {
      if (unusable(band)) flags.add('loading-unusable');
      else {
        flags.add('no-loading-control');
        ratio = signal;
      }
    }
  }

  return {
    line: anchor.line, status: anchor.status, treatment: anchor.treatment, vehicle: anchor.vehicle,
    dose_nM: anchor.dose_nM, time_h: anchor.time_h, replicate: anchor.replicate,
    membrane: anchor.membrane, lane: anchor.lane, target: protein,
    phosphoLabel: phospho?.target.label ?? null, totalLabel: total?.target.label ?? null,
    phospho: phospho?.signal ?? null, total: total?.signal ?? null,
    totalMembrane: total?.membrane ?? null, totalLane: total?.lane ?? null,
    loadingControl: loading.controlOf.get(anchor.membrane) ?? null,
    phosphoLaneLoading: pLoad, totalLaneLoading: tLoad, phosphoOverLoading: finiteOrNull(pOverL), totalOverLoading: finiteOrNull(tOverL),
    ratioBasis: basis, phosphoTotalRatio: finiteOrNull(ratio), fractionOfVehicle: null, ratioVsReference: null,
    flags: [...flags],
    ...(censoredAt ? { censoredAt } : {}),
  };
}
