/**
 * Which arm answers which question, decided before any verdict:
 *
 *   the design's treatments -> readArm each (drug table)
 *     -> verdict arms: a TRK inhibitor alone; the first-generation ones when there are several
 *        generations (a next-generation arm is then a follow-up)
 *     -> follow-up arms: combinations, next-generation TRK inhibitors, single non-TRK agents,
 *        a TRK inhibitor with a ligand
 *     -> not read: arms with a drug the table does not know (named in a warning), a ligand alone
 *
 * When no treatment names a drug of the table at all, every arm is read as the TRK inhibitor, as
 * blotbypass did before it had a drug table (`legacy`): a lab's own code names (`TRKi`, `drug A`)
 * keep working.
 */
import type { AnalysisWarning } from '../errors.js';
import { followUpMessages as m } from '../messages/followUp.js';
import type { ConditionSummary } from '../normalize/types.js';
import { FIRST_GENERATION, type DrugTable } from './drugClasses.js';
import { readArm, type Arm } from './readArms.js';

export interface ArmPlan {
  /** Every treatment of the design, read. */
  arms: ReadonlyMap<string, Arm>;
  /** Treatments a resistance verdict is read on. */
  verdictArms: ReadonlySet<string>;
  /** Treatments read as follow-ups, with the kind of question each answers. */
  followUpArms: ReadonlyMap<string, 'combination' | 'next-generation' | 'single-agent' | 'ligand-rescue'>;
  /** No treatment names a known drug: every arm gets a verdict, as before the drug table. */
  legacy: boolean;
  warnings: AnalysisWarning[];
}

export function planArms(conditions: readonly ConditionSummary[], table: DrugTable): ArmPlan {
  const arms = new Map<string, Arm>();
  for (const c of conditions) if (!arms.has(c.treatment)) arms.set(c.treatment, readArm(c.treatment, table));
  const all = [...arms.values()];
  if (all.every((a) => a.drugs.length === 0)) {
    return { arms, verdictArms: new Set(arms.keys()), followUpArms: new Map(), legacy: true, warnings: [] };
  }
  const trkAlone = all.filter((a) => a.kind === 'trk-alone');
  const firstGeneration = trkAlone.filter((a) => a.drugs[0]?.class === FIRST_GENERATION);
  const verdictArms = new Set((firstGeneration.length > 0 ? firstGeneration : trkAlone).map((a) => a.treatment));
  const followUpArms = new Map<string, 'combination' | 'next-generation' | 'single-agent' | 'ligand-rescue'>();
  const warnings: AnalysisWarning[] = [];
  for (const arm of all) {
    if (verdictArms.has(arm.treatment)) continue;
    if (arm.kind === 'trk-alone') followUpArms.set(arm.treatment, 'next-generation');
    else if (arm.kind === 'combination' || arm.kind === 'single-agent' || arm.kind === 'ligand-rescue') followUpArms.set(arm.treatment, arm.kind);
    else if (arm.kind === 'ligand-alone') warnings.push({ code: 'arm-not-read', message: m.ligandAlone(arm.treatment) });
    else {
      const ambiguous = Object.entries(arm.ambiguous).map(([written, names]) => m.ambiguousDrug(written, names));
      warnings.push({ code: 'unknown-drug', message: m.unknownDrug(arm.treatment, arm.unknown, ambiguous, Object.keys(table.classes)) });
    }
  }
  if (verdictArms.size === 0 && followUpArms.size > 0) warnings.push({ code: 'no-trk-arm', message: m.noTrkArm() });
  return { arms, verdictArms, followUpArms, legacy: false, warnings };
}

/** What becomes of each arm, for `blotbypass validate`: empty when every arm gets a verdict, as before the drug table. */
export function armReadings(plan: ArmPlan): { treatment: string; reading: 'verdict' | 'combination' | 'next-generation' | 'single-agent' | 'ligand-rescue' | 'not read'; drugs: string[] }[] {
  if (plan.legacy || plan.verdictArms.size === plan.arms.size) return [];
  return [...plan.arms.values()].map((arm) => ({
    treatment: arm.treatment,
    reading: plan.verdictArms.has(arm.treatment) ? 'verdict' : (plan.followUpArms.get(arm.treatment) ?? 'not read'),
    drugs: arm.drugs.map((d) => `${d.name} (${d.class})`),
  }));
}
