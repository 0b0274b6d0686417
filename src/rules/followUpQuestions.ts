/**
 * What each follow-up arm is asked, per resistant model and its partner:
 *
 * - a combination (TRK inhibitor + X) or a next-generation TRK inhibitor: in the resistant model,
 *   against the TRK-inhibitor-alone arm, on the readout the verdict rests on (pERK for a MAPK bypass,
 *   pAKT for a PI3K-AKT bypass, pERK (pAKT when only it is sustained) then the receptor for a receptor bypass, pTRK
 *   then pERK and pAKT for on-target); a partner acting below that readout (an ERK inhibitor, an AKT
 *   or mTOR inhibitor) is read on its own readout instead;
 * - a single non-TRK agent: in the resistant model, against vehicle, on its own readouts;
 * - a TRK inhibitor with a ligand: in the sensitive model, against the TRK inhibitor alone, on pERK
 *   and pAKT, then the ligand's receptor.
 *
 * The reference arm is the TRK inhibitor alone at the same time: the one in the combination when it
 * was also given alone, else a first-generation one; at the same dose when there is one, else the
 * highest.
 */
import { groupKey } from '../groupKey.js';
import type { ConditionSummary } from '../normalize/types.js';
import type { Comparison } from '../stats/comparisonTypes.js';
import type { DrugTable } from './drugClasses.js';
import type { FollowUpKind } from './followUpTypes.js';
import type { ArmPlan } from './planArms.js';
import type { Thresholds } from './ruleSetTypes.js';
import { trkDrugOf, type Arm } from './readArms.js';
import type { Verdict } from './types.js';

export interface FollowUpQuestion {
  line: string;
  versus: string;
  kind: FollowUpKind;
  arm: Arm;
  condition: ConditionSummary;
  /** The arm compared with; null = vehicle (a single agent). */
  reference: ConditionSummary | null;
  readIn: string;
  /** In order; the first is the primary readout. */
  readouts: string[];
  verdict: Verdict | null;
}

const PATHWAY = ['ERK', 'AKT'];
/** Readouts below which a class acts: read on the class's own readout instead. */
const BELOW: Readonly<Record<string, readonly string[]>> = { ERK: ['erk'], AKT: ['akt', 'mtor'] };

export function followUpQuestions(
  plan: ArmPlan, comparisons: readonly Comparison[], verdicts: readonly Verdict[], table: DrugTable, thresholds: Thresholds,
): FollowUpQuestion[] {
  if (plan.followUpArms.size === 0) return [];
  const conditionsByPair = new Map<string, Map<string, Comparison>>();
  for (const c of comparisons) {
    const pair = groupKey(c.line, c.versus);
    const byCondition = conditionsByPair.get(pair) ?? new Map<string, Comparison>();
    const key = groupKey(c.treatment, c.dose_nM, c.time_h);
    if (!byCondition.has(key)) byCondition.set(key, c);
    conditionsByPair.set(pair, byCondition);
  }
  const questions: FollowUpQuestion[] = [];
  for (const byCondition of conditionsByPair.values()) {
    const conditions = [...byCondition.values()];
    const first = conditions[0]!;
    for (const condition of conditions) {
      const kind = plan.followUpArms.get(condition.treatment);
      const arm = plan.arms.get(condition.treatment);
      if (!kind || !arm) continue;
      const reference = kind === 'single-agent' ? null : referenceArm(arm, condition, conditions, plan, table);
      const verdict = reference ? verdictOf(verdicts, first.line, first.versus, reference) : null;
      const readIn = kind === 'ligand-rescue' ? first.versus : first.line;
      questions.push({
        line: first.line, versus: first.versus, kind, arm, condition: pick(condition), reference, readIn,
        readouts: readoutsFor(kind, arm, verdict, reference, comparisons, table, thresholds.sustained), verdict,
      });
    }
  }
  return questions;
}

const pick = (c: ConditionSummary): ConditionSummary => ({ treatment: c.treatment, dose_nM: c.dose_nM, time_h: c.time_h });

function referenceArm(arm: Arm, condition: ConditionSummary, conditions: readonly ConditionSummary[], plan: ArmPlan, table: DrugTable): ConditionSummary | null {
  const trk = trkDrugOf(arm, table);
  const alone = conditions.filter((c) => plan.verdictArms.has(c.treatment) && c.time_h === condition.time_h);
  const sameDrug = alone.filter((c) => plan.arms.get(c.treatment)?.drugs[0]?.name === trk?.name);
  const candidates = arm.kind !== 'trk-alone' && sameDrug.length > 0 ? sameDrug : alone;
  if (candidates.length === 0) return null;
  const sameDose = candidates.find((c) => c.dose_nM === condition.dose_nM);
  if (sameDose) return pick(sameDose);
  const highest = [...candidates].sort((a, b) => (b.dose_nM ?? 0) - (a.dose_nM ?? 0))[0]!;
  return pick(highest);
}

function verdictOf(verdicts: readonly Verdict[], line: string, versus: string, reference: ConditionSummary): Verdict | null {
  return verdicts.find((v) => v.line === line && v.versus === versus && v.treatment === reference.treatment
    && (v.dose_nM === reference.dose_nM || (v.dose_nM === null && (v.doses?.includes(reference.dose_nM ?? Number.NaN) ?? false)))
    && (v.time_h === reference.time_h || (v.time_h === null && (v.times?.includes(reference.time_h ?? Number.NaN) ?? false)))) ?? null;
}

function readoutsFor(
  kind: FollowUpKind, arm: Arm, verdict: Verdict | null, reference: ConditionSummary | null, comparisons: readonly Comparison[], table: DrugTable, sustainedAt: number,
): string[] {
  const partners = arm.drugs.filter((d) => table.classes[d.class]?.kind !== 'trk-inhibitor');
  if (kind === 'single-agent') return unique(partners.flatMap((d) => d.readouts));
  if (kind === 'ligand-rescue') return unique([...PATHWAY, ...partners.flatMap((d) => d.readouts)]);
  const verdictReadouts = mechanismReadouts(verdict, reference, comparisons, sustainedAt);
  if (kind === 'next-generation') return verdictReadouts.length > 0 ? verdictReadouts : ['TRK', ...PATHWAY];
  if (verdictReadouts.length === 0) return unique([...partners.flatMap((d) => d.readouts), ...PATHWAY]);
  const main = verdictReadouts[0]!;
  const below = partners.filter((d) => (BELOW[main] ?? []).includes(d.class));
  return unique([...below.flatMap((d) => d.readouts), ...verdictReadouts]);
}

/** The readouts a verdict rests on, most important first. */
function mechanismReadouts(verdict: Verdict | null, reference: ConditionSummary | null, comparisons: readonly Comparison[], sustainedAt: number): string[] {
  if (!verdict) return [];
  switch (verdict.mechanism) {
    case 'on-target': return ['TRK', ...PATHWAY];
    case 'mapk-bypass': return ['ERK'];
    case 'pi3k-akt-bypass': return ['AKT'];
    case 'rtk-bypass': {
      const fOf = (target: string) => comparisons.find((c) => c.line === verdict.line && c.versus === verdict.versus && c.target === target
        && c.treatment === reference?.treatment && c.dose_nM === reference.dose_nM && c.time_h === reference.time_h)?.fractionOfVehicle.estimate ?? null;
      // MAPK first (where TRK-inhibitor bypasses converge, Cocco et al. 2019), unless only pAKT stays up.
      const erkSustained = (fOf('ERK') ?? 0) >= sustainedAt;
      const aktSustained = (fOf('AKT') ?? 0) >= sustainedAt;
      return unique([...(aktSustained && !erkSustained ? ['AKT', 'ERK'] : PATHWAY), ...verdict.drivers]);
    }
    default: return [];
  }
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
