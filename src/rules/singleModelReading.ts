/**
 * A design with one model status: the resistant line blotted alone (its parental run on another
 * day), or the parental alone (to check that the drug works). There is no resistant-versus-sensitive
 * comparison, so no mechanism verdict; what the design supports is read instead:
 *
 *   lanes -> 1. per model, drug condition and target: the fraction of vehicle (geometric mean over
 *               replicates of each replicate's drug / vehicle ratio) with its t interval on log2
 *            2. its zone (suppressed / grey / sustained, the rule set's thresholds)
 *            3. a reading: a resistant line alone gives the pattern it shows (pTRK suppressed and
 *               pERK sustained: the pattern of a MAPK bypass); a sensitive line alone gives the
 *               assay-validity reading (does the drug suppress pTRK and pERK at this dose and time)
 *
 * Confidence is at most "provisional": without the partner on the same membranes no difference
 * between the models can be measured.
 */
import { singleModelMessages as m } from '../messages/singleModel.js';
import type { NormalizedLane } from '../normalize/types.js';
import type { Status } from '../load/types.js';
import { log2MeanInterval } from '../stats/log2MeanInterval.js';
import { zoneOf, type Zone } from './evaluateCondition.js';
import type { RuleSet } from './ruleSetTypes.js';

export interface SingleModelTarget {
  target: string;
  n: number;
  /** Geometric mean of the replicates' fractions of vehicle, and its interval (null with one replicate). */
  fractionOfVehicle: number;
  ciLow: number | null;
  ciHigh: number | null;
  zone: Zone;
}

export interface SingleModelReading {
  line: string;
  status: Status;
  treatment: string;
  dose_nM: number | null;
  time_h: number | null;
  /** The comparison this design cannot make: the model status it lacks. */
  missing: Status;
  targets: SingleModelTarget[];
  /** Resistant alone: the mechanism whose pattern the fractions show (a code of `verdicts[].mechanism`), or null. Sensitive alone: null. */
  pattern: string | null;
  /** Sensitive alone: whether the drug suppresses the rule set's assay targets (TRK, ERK); null when one was not measured. */
  assayValid: boolean | null;
  confidence: 'provisional' | 'insufficient';
  sentence: string;
}

const key = (l: NormalizedLane) => `${l.line}\u0000${l.treatment}\u0000${l.dose_nM}\u0000${l.time_h}`;

/** The readings of every model and drug condition of a one-status design. */
export function singleModelReadings(lanes: readonly NormalizedLane[], ruleSet: RuleSet, level: number): SingleModelReading[] {
  const t = ruleSet.thresholds;
  const groups = new Map<string, NormalizedLane[]>();
  for (const l of lanes) {
    if (l.vehicle || l.fractionOfVehicle === null || !(l.fractionOfVehicle > 0)) continue;
    const k = key(l);
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  const readings: SingleModelReading[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const byTarget = new Map<string, number[]>();
    for (const l of group) byTarget.set(l.target, [...(byTarget.get(l.target) ?? []), Math.log2(l.fractionOfVehicle!)]);
    const targets: SingleModelTarget[] = [...byTarget].map(([target, logs]) => {
      const interval = log2MeanInterval(logs, level)!;
      const fraction = 2 ** interval.mean;
      return {
        target, n: logs.length, fractionOfVehicle: fraction,
        ciLow: interval.ciLow === null ? null : 2 ** interval.ciLow, ciHigh: interval.ciHigh === null ? null : 2 ** interval.ciHigh,
        zone: zoneOf(fraction, t),
      };
    });
    const zone = (target: string) => targets.find((x) => x.target === target)?.zone ?? null;
    const n = Math.min(...targets.map((x) => x.n));
    const confidence = n >= t.provisionalReplicates ? 'provisional' : 'insufficient';
    const condition = m.condition(first.treatment, first.dose_nM, first.time_h);
    const shown = targets.map((x) => m.targetZone(x.target, x.zone));
    let pattern: string | null = null;
    let assayValid: boolean | null = null;
    let sentence: string;
    if (first.status === 'resistant') {
      pattern = patternOf(zone('TRK'), zone('ERK'), zone('AKT'));
      sentence = m.resistantAlone(shown, condition, pattern, first.line, confidence);
    } else {
      const needed = ruleSet.assay.suppressedInSensitive;
      const zones = needed.map(zone);
      assayValid = zones.some((z) => z === null) ? null : zones.every((z) => z === 'suppressed');
      sentence = m.sensitiveAlone(shown, condition, needed, assayValid, first.line, confidence);
    }
    readings.push({
      line: first.line, status: first.status, treatment: first.treatment, dose_nM: first.dose_nM, time_h: first.time_h,
      missing: first.status === 'resistant' ? 'sensitive' : 'resistant', targets, pattern, assayValid, confidence, sentence,
    });
  }
  return readings.sort((a, b) => (a.line < b.line ? -1 : a.line > b.line ? 1 : a.sentence < b.sentence ? -1 : 1));
}

/** The mechanism whose pattern a resistant model's zones show, without a partner to compare with. */
function patternOf(trk: Zone | null, erk: Zone | null, akt: Zone | null): string | null {
  if (trk === 'sustained') return 'on-target';
  if (trk !== 'suppressed') return null;
  if (erk === 'sustained') return 'mapk-bypass';
  if (akt === 'sustained' && erk === 'suppressed') return 'pi3k-akt-bypass';
  return null;
}
