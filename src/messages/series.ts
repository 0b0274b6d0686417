/**
 * Every user-facing sentence about whole experiments: dose-response curves and time courses
 * (rules/seriesVerdicts.ts), kept beside the rules' sentences for review.
 */
import type { DoseResponse } from '../stats/doseResponseTypes.js';
import { fold, percent, phospho } from './rules.js';

/** 12.3 -> "12 nM", 0.456 -> "0.46 nM", 1234 -> "1234 nM". */
export function nanomolar(x: number | null): string {
  if (x === null) return 'n/a';
  const shown = x >= 100 ? x.toFixed(0) : Number(x.toPrecision(2)).toString();
  return `${shown} nM`;
}

const doseList = (doses: readonly number[]): string =>
  doses.length > 4 ? `${doses[0]}-${doses[doses.length - 1]} nM (${doses.length} doses)` : `${doses.join(', ')} nM`;

const timeList = (times: readonly number[]): string => `${times.join(', ')} h`;

/** The IC50 of one curve as a reader sees it: "12 nM (95 % CI 8.1-18)", "> 1000 nM", "no curve". */
export function ic50Text(r: DoseResponse, level: number): string {
  if (r.status === 'not-reached') return `> ${nanomolar(r.doses_nM[r.doses_nM.length - 1] ?? null)}`;
  if (r.status === 'no-fit' || r.ic50_nM.estimate === null) return 'no curve';
  const ci = r.ic50_nM.ciLow !== null && r.ic50_nM.ciHigh !== null
    ? ` (${Math.round(level * 100)} % CI ${nanomolar(r.ic50_nM.ciLow).slice(0, -3)}-${nanomolar(r.ic50_nM.ciHigh)})` : '';
  return `${nanomolar(r.ic50_nM.estimate)}${ci}`;
}

/** A fold for reading: 0.31 -> "0.31", 12.6 -> "13"; beyond 1/1000 and 10,000 an interval bound says so. */
function foldNumber(x: number): string {
  if (x < 0.001) return '< 0.001';
  if (x > 10000) return '> 10000';
  return fold(x).slice(0, -1);
}

/** The fold shift: "1.2-fold (95 % CI 0.70-2.1)", "at least 83-fold", "n/a". */
export function foldText(r: DoseResponse, level: number): string {
  const f = r.ic50Fold;
  if (!f) return 'n/a';
  if (f.atLeast !== null) return `at least ${foldNumber(f.atLeast)}-fold`;
  if (f.estimate === null) return 'n/a';
  const ci = f.ciLow !== null && f.ciHigh !== null ? ` (${Math.round(level * 100)} % CI ${foldNumber(f.ciLow)} to ${foldNumber(f.ciHigh)})` : '';
  return `${fold(f.estimate).slice(0, -1)}-fold${ci}`;
}

export const seriesMessages = {
  doseHead: (treatment: string, doses: readonly number[], time_h: number | null, readingDose: number | undefined) =>
    `${treatment} ${doseList(doses)}${time_h === null ? '' : ` ${time_h} h`}${readingDose === undefined ? '' : ` (read at ${readingDose} nM)`}`,
  timeHead: (treatment: string, doseLabel: string | null, times: readonly number[], readingTime?: number) =>
    `${treatment}${doseLabel === null ? '' : ` ${doseLabel}`} over ${timeList(times)}${readingTime === undefined ? '' : ` (read at ${readingTime} h)`}`,

  /** One protein's curves, resistant against sensitive. */
  curvePair: (target: string, line: string, versus: string, r: DoseResponse, s: DoseResponse | undefined, level: number) => {
    const own = `${phospho(target)} IC50 ${ic50Text(r, level)} in ${line}`;
    const partner = s ? ` vs ${ic50Text(s, level)} in ${versus}` : '';
    const shift = r.ic50Fold && (r.ic50Fold.estimate !== null || r.ic50Fold.atLeast !== null) ? `, ${foldText(r, level)}` : '';
    const floor = r.bottom !== null && r.status !== 'no-fit' && r.bottom >= 0.2 ? `, levelling off at ${percent(r.bottom)} of vehicle` : '';
    return `${own}${partner}${shift}${floor}`;
  },
  /** The summary's curve fact: "pERK IC50 > 1000 nM vs 9.4 nM in KM12 (at least 107-fold)". */
  curveBrief: (target: string, versus: string, r: DoseResponse, s: DoseResponse | undefined) => {
    const shift = r.ic50Fold && (r.ic50Fold.estimate !== null || r.ic50Fold.atLeast !== null) ? ` (${foldText(r, 0.95).replace(/ \(.*\)$/, '')})` : '';
    return `${phospho(target)} IC50 ${ic50Text(r, 0.95).replace(/ \(.*\)$/, '')}${s ? ` vs ${ic50Text(s, 0.95).replace(/ \(.*\)$/, '')} in ${versus}` : ''}${shift}`;
  },
  readAt: (dose: number, versus: string, targets: readonly string[], suppressed: number) =>
    `read at ${dose} nM, the lowest dose where ${versus}'s fitted ${targets.map(phospho).join(' and ')} ${targets.length > 1 ? 'are' : 'is'} at or below ${percent(suppressed)} of vehicle`,
  readAtTop: (dose: number, versus: string, targets: readonly string[], suppressed: number) =>
    `read at the highest dose, ${dose} nM: ${versus}'s fitted ${targets.map(phospho).join(' and ')} never ${targets.length > 1 ? 'fall' : 'falls'} to ${percent(suppressed)} of vehicle within the doses tested`,
  readAtOnTarget: (dose: number, clear: string) =>
    `${clear}; on-target resistance, which fades at high doses, was read at ${dose} nM, where it is first suppressed`,
  onTargetShiftTooSmall: (text: string, threshold: number) =>
    `pTRK's IC50 shifted ${text}, less than the ${threshold}-fold that defines resistance`,
  onTargetShiftUnknown: () => "pTRK's IC50 shift could not be estimated from the curves",
  bypassButTrkShifted: (text: string, threshold: number) =>
    `pTRK's IC50 also shifted ${text} (at least the ${threshold}-fold of resistance): on-target resistance is not excluded`,
  curveEvidence: (facts: readonly string[], reading: string) => `Dose-response curves: ${facts.join('; ')}; ${reading}.`,

  /** One protein's trajectory over time, resistant against sensitive. */
  trajectory: (target: string, line: string, points: readonly { time: number; f: number | null }[], reading: string) =>
    `${phospho(target)} in ${line} ${points.map((p) => `${percent(p.f)} (${p.time} h)`).join(', ')}: ${reading}`,
  durable: () => 'suppressed throughout',
  reactivated: (time: number) => `suppressed early, back above the sustained threshold from ${time} h (adaptive reactivation)`,
  sustainedThroughout: () => 'never suppressed',
  partial: () => 'partly inhibited or changing (neither suppressed nor sustained throughout)',
  timeEvidence: (facts: readonly string[], latest: number) => `Time course: ${facts.join('; ')}; the verdict is read at the latest time, ${latest} h.`,
  timeEvidenceAt: (facts: readonly string[], reading: number, invalidAfter: readonly number[]) =>
    `Time course: ${facts.join('; ')}; the verdict is read at ${reading} h, the latest time at which the assay is valid (the sensitive model suppressed)${invalidAfter.length > 0 ? `; at ${invalidAfter.map((t) => `${t} h`).join(', ')} the sensitive model is no longer suppressed` : ''}.`,
  reactivationInVerdict: (targets: readonly string[], line: string) => `${targets.map(phospho).join(' and ')} reactivated over time in ${line}`,

  // ---- methods paragraph ---------------------------------------------------------------------
  methodsCurves: (level: number, suppressed: number, fold: number) =>
    `For each dose series, a four-parameter log-logistic curve (top fixed at the vehicle level of each replicate and membrane; bottom, relative IC50 and Hill slope free) was fitted by least squares to log2 phospho/total (bounded Levenberg-Marquardt from a grid of starts over IC50 and Hill slope, the lowest residual sum of squares kept); IC50s are given with ${Math.round(level * 100)} % profile-likelihood intervals and resistant-versus-sensitive IC50 ratios with ${Math.round(level * 100)} % profile-likelihood intervals from a joint fit of both curves (the log IC50 ratio a parameter, each curve weighted by its own residual variance); a curve still above half of the vehicle signal at the highest dose was called not reached. One verdict per series was read at the lowest dose where the sensitive model's fitted pTRK and pERK curves were at or below ${Math.round((suppressed / 2) * 100)} % of vehicle (on-target also where they first reached ${Math.round(suppressed * 100)} %), and an on-target call required a pTRK IC50 shift of at least ${fold}-fold.`,
  methodsTimeCourse: () =>
    'A time course (three or more time points) was given one verdict, read at the latest time at which the assay was valid (the sensitive model suppressed; the latest time when it was valid at none), with each protein\'s trajectory (durable suppression or reactivation above the sustained threshold) reported; a rebound of the sensitive model at later times was reported as a finding.',

  // ---- charts and report ----------------------------------------------------------------------
  seriesLabel: (treatment: string, time_h: number | null) => `${treatment}${time_h === null ? '' : ` ${time_h} h`}`,
  courseLabel: (treatment: string, dose_nM: number | null) => `${treatment}${dose_nM === null ? '' : ` ${dose_nM} nM`}`,
  doseChartTitle: () => 'dose-response curves: fraction of vehicle by dose',
  doseChartCaption: (level: number) =>
    `Points: each drug lane's phospho/total as a fraction of its replicate's vehicle. Lines: the fitted four-parameter log-logistic curve (top fixed at 1, block levels fitted). Horizontal bars: the relative IC50 with its ${Math.round(level * 100)} % profile-likelihood interval, at the curve's half-way height. Curves that are not reached or not fitted are drawn without an IC50.`,
  timeChartTitle: () => 'time course: fraction of vehicle over time',
  timeChartCaption: (level: number, suppressed: number, sustained: number) =>
    `Model estimates of the fraction of vehicle at each time with ${Math.round(level * 100)} % intervals (log scale); dashed lines: suppressed (${suppressed}) and sustained (${sustained}) thresholds.`,
  axisDose: () => 'dose (nM, log scale)',
  axisFraction: () => 'fraction of vehicle',
  axisTime: () => 'time (h)',
  columnIc50: () => 'IC50 (nM)',
  columnStatus: () => 'curve',
  columnHill: () => 'Hill',
  columnBottom: () => 'bottom',
  columnFold: () => 'IC50 shift vs sensitive',
  sectionDoseResponse: () => 'Dose-response curves',
  sectionTimeCourse: () => 'Time courses',
  groupsSeries: () => 'dose series',
  groupsModels: () => 'models',
  thinnedPoints: (shown: number, total: number) => `showing ${shown} of ${total} lane points, spread over every curve and dose; every value is in normalized.csv`,
} as const;
