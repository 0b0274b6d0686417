/**
 * What each treatment arm is, from how labs write it: `larotrectinib`, `larotrectinib + trametinib`,
 * `laro+tram`, `Laro/Trame`, `LOXO-195 100 nM`, `larotrectinib & HGF (50 ng/mL)`.
 *
 *   treatment -> 1. drop doses and bracketed notes -> 2. split at + / & , ; "plus" "and" "with"
 *             -> 3. drop vehicle words (DMSO) -> 4. each part to a drug of the table: its name, a
 *                code or abbreviation listed in the table, or a prefix of at least four letters
 *                that only one drug's name starts with -> 5. the arm's kind
 *
 * A part that matches nothing, or a prefix shared by several drugs (`cap`: capmatinib or
 * capivasertib), is unknown: named, never guessed (`--drug-class NAME=CLASS` resolves it).
 */
import { isVehicle } from '../load/designValues.js';
import { drugKey, readoutsOf, FIRST_GENERATION, type DrugEntry, type DrugTable } from './drugClasses.js';

export type ArmKind =
  /** One TRK inhibitor: the arm a resistance verdict is read on. */
  | 'trk-alone'
  /** A TRK inhibitor with one or more inhibitors of another class. */
  | 'combination'
  /** A TRK inhibitor with a ligand: can the ligand rescue the pathway under the TRK inhibitor? */
  | 'ligand-rescue'
  /** One or more non-TRK inhibitors without a TRK inhibitor: is the drug active at this dose? */
  | 'single-agent'
  /** A ligand without a TRK inhibitor. */
  | 'ligand-alone'
  /** Some part of the name is not in the table. */
  | 'unknown';

export interface ArmDrug {
  name: string;
  class: string;
  readouts: string[];
}

export interface Arm {
  treatment: string;
  kind: ArmKind;
  drugs: ArmDrug[];
  /** Parts of the name that are not (or not uniquely) a drug of the table, as written. */
  unknown: string[];
  /** For an unknown part that is a prefix of drug names (several, or one but shorter than four letters): those drugs. */
  ambiguous: Record<string, string[]>;
}

const DOSE = /\d+(?:[.,]\d+)?\s*(?:pm|nm|um|µm|μm|mm|ng\s*\/\s*ml|ug\s*\/\s*ml|µg\s*\/\s*ml|μg\s*\/\s*ml|mg\s*\/\s*ml|%)(?![a-z])/gi;
const BRACKETS = /[([{][^)\]}]*[)\]}]/g;
const SEPARATORS = /\s*(?:\+|\/|&|,|;|\bplus\b|\band\b|\bwith\b)\s*/i;
const MIN_PREFIX = 4;

/** Reads one treatment name with the drug table. */
export function readArm(treatment: string, table: DrugTable): Arm {
  const parts = treatment.replace(DOSE, ' ').replace(BRACKETS, ' ').split(SEPARATORS).map((p) => p.trim()).filter((p) => p !== '' && !isVehicle(p, null));
  const drugs: ArmDrug[] = [];
  const unknown: string[] = [];
  const ambiguous: Record<string, string[]> = {};
  for (const part of parts) {
    const { match, candidates } = findDrug(part, table);
    if (match) {
      if (!drugs.some((d) => d.name === match.name)) drugs.push({ name: match.name, class: match.class, readouts: readoutsOf(match, table) });
    } else {
      unknown.push(part);
      if (candidates.length > 0) ambiguous[part] = candidates.map((d) => d.name);
    }
  }
  return { treatment, kind: kindOf(drugs, unknown, table), drugs, unknown, ambiguous };
}

/**
 * The entry a written name is (`match`), else the drugs it might be (`candidates`: names it is a
 * prefix of, shown to the user; a prefix shorter than four letters is never taken as a match).
 */
function findDrug(written: string, table: DrugTable): { match?: DrugEntry; candidates: DrugEntry[] } {
  const key = drugKey(written);
  if (key === '' || /^\d+$/.test(key)) return { candidates: [] };
  const exact = table.drugs.find((d) => drugKey(d.name) === key || d.aliases.some((a) => drugKey(a) === key));
  if (exact) return { match: exact, candidates: [] };
  const candidates = table.drugs.filter((d) => drugKey(d.name).startsWith(key));
  return candidates.length === 1 && key.length >= MIN_PREFIX ? { match: candidates[0]!, candidates: [] } : { candidates };
}

function kindOf(drugs: readonly ArmDrug[], unknown: readonly string[], table: DrugTable): ArmKind {
  if (unknown.length > 0 || drugs.length === 0) return 'unknown';
  const kind = (d: ArmDrug) => table.classes[d.class]?.kind ?? 'inhibitor';
  const trk = drugs.filter((d) => kind(d) === 'trk-inhibitor');
  const ligands = drugs.filter((d) => kind(d) === 'ligand');
  const others = drugs.length - trk.length - ligands.length;
  if (trk.length === 1 && drugs.length === 1) return 'trk-alone';
  if (trk.length > 0 && others === 0 && ligands.length > 0 && trk.length === 1) return 'ligand-rescue';
  if (trk.length > 0) return 'combination';
  if (others > 0) return 'single-agent';
  return 'ligand-alone';
}

/** The TRK inhibitor of an arm (the first when there are several). */
export function trkDrugOf(arm: Arm, table: DrugTable): ArmDrug | undefined {
  return arm.drugs.find((d) => table.classes[d.class]?.kind === 'trk-inhibitor');
}

export const isFirstGeneration = (arm: Arm): boolean => arm.kind === 'trk-alone' && arm.drugs[0]?.class === FIRST_GENERATION;
