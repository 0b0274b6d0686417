/** Every sentence of the reading of a one-model design (rules/singleModelReading.ts). */
import type { Zone } from '../rules/evaluateCondition.js';

const PHOSPHO_NAMES: Readonly<Record<string, string>> = { TRK: 'pTRK', ERK: 'pERK', AKT: 'pAKT', EGFR: 'pEGFR', HER2: 'pHER2', MET: 'pMET' };
const phospho = (target: string) => PHOSPHO_NAMES[target] ?? `p${target}`;
const join = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const PATTERN_NAMES: Readonly<Record<string, string>> = { 'on-target': 'on-target resistance', 'mapk-bypass': 'a MAPK bypass', 'pi3k-akt-bypass': 'a PI3K-AKT bypass' };

export const singleModelMessages = {
  condition: (treatment: string, dose_nM: number | null, time_h: number | null) =>
    `${treatment}${dose_nM === null ? '' : ` ${dose_nM} nM`}${time_h === null ? '' : ` ${time_h} h`}`,
  targetZone: (target: string, zone: Zone) => `${phospho(target)} ${zone === 'grey' ? 'in the grey zone' : zone}`,
  resistantAlone: (shown: readonly string[], condition: string, pattern: string | null, line: string, confidence: string) =>
    `${line} alone: ${join(shown)} under ${condition}`
    + (pattern === null ? ': no mechanism\'s pattern' : `: the pattern of ${PATTERN_NAMES[pattern] ?? pattern}`)
    + `; without the parental (sensitive) line on the same membranes this is ${confidence === 'provisional' ? 'provisional' : 'too few replicates to read (insufficient)'}: run ${line} beside its parental line to compare them`,
  sensitiveAlone: (shown: readonly string[], condition: string, needed: readonly string[], valid: boolean | null, line: string, confidence: string) =>
    `${line} alone (assay check): ${join(shown)} under ${condition}; `
    + (valid === null ? `${join(needed.map(phospho))} not all measured, so whether the drug works at this dose and time cannot be read`
      : valid ? `the drug suppresses ${join(needed.map(phospho))} at this dose and time: the assay works`
        : `the drug does not suppress ${join(needed.map(phospho))} at this dose and time: check the drug, its dose and the time before testing a resistant line`)
    + ` (${confidence}; no resistant line to compare with)`,
  designNote: (missing: string) => `one model status only: no ${missing} model to compare with, so no mechanism verdict; singleModelReadings in results.json says what this design supports`,
} as const;
