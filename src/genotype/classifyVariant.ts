/**
 * One variant record to its class, by the classification table (user entries first, then the
 * built-in ones of knownVariants.ts).
 *
 * A missense substitution takes the most specific entry that fits its gene:
 *   1. an exact change (NTRK1 G595R: on-target, solvent front);
 *   2. a codon (KRAS codon 12, BRAF V600), when the reference residue agrees;
 *   3. another substitution at a residue of an on-target change (NTRK1 G595L): possible on-target,
 *      with the region named (`solvent front residue`);
 *   4. a range (the NTRK kinase domain: possible on-target, unknown significance).
 * Among entries equally specific, the first in the table wins, so `--variant-classes` overrides.
 * A row with no substitution is an amplification when its gene has an amplification entry and the
 * row says "amplification" or its copy number reaches the entry's `minCopyNumber`.
 * Everything else (nonsense, synonymous, frameshift, unknown genes) is `other`. A change whose
 * reference residue disagrees with an entry at the same position (KRAS S12D, or NTRK1 G589R where
 * the table has F589) is not matched to it and carries `referenceMismatch`, for a warning.
 */
import type { KnownVariant, Strategy, VariantClass } from './knownVariants.js';
import type { VariantRecord } from './types.js';

export interface Classification {
  class: VariantClass;
  region: string | null;
  strategy: Strategy;
  /** The blot's name for the gene product (MET, HER2, TRK...), compared with a verdict's drivers; null for `other`. */
  protein: string | null;
  /**
   * The reference residue the table expects at this position when the variant's differs (e.g. `G`
   * for KRAS S12D): the change was not matched to that entry, which usually means another transcript.
   */
  referenceMismatch: string | null;
}

const OTHER: Classification = { class: 'other', region: null, strategy: 'none', protein: null, referenceMismatch: null };

export function classifyVariant(
  record: Pick<VariantRecord, 'gene' | 'change' | 'amplified' | 'copyNumber'>,
  table: readonly KnownVariant[],
): Classification {
  const entries = table.filter((e) => e.gene === record.gene);
  if (record.change.kind === 'substitution') {
    const s = record.change.substitution;
    if (s.kind !== 'missense') return OTHER;
    const exact = entries.find((e) => e.match === 'change' && e.position === s.position && e.ref === s.ref && e.alt === s.alt);
    if (exact) return fromEntry(exact);
    const codon = entries.find((e) => e.match === 'codon' && e.position === s.position && (e.ref === null || e.ref === s.ref));
    if (codon) return fromEntry(codon);
    const residue = entries.find((e) => e.match === 'change' && e.class === 'on-target' && e.position === s.position && e.ref === s.ref);
    if (residue) return { class: 'possible-on-target', region: `${residue.region} residue`, strategy: 'confirm-function', protein: residue.protein, referenceMismatch: null };
    const mismatch = entries.find((e) => (e.match === 'change' || e.match === 'codon') && e.position === s.position && e.ref !== null && e.ref !== s.ref);
    const range = entries.find((e) => e.match === 'range' && e.from <= s.position && s.position <= e.to);
    const fallback = range ? fromEntry(range) : OTHER;
    return mismatch && (mismatch.match === 'change' || mismatch.match === 'codon') && mismatch.ref !== null ? { ...fallback, referenceMismatch: mismatch.ref } : fallback;
  }
  if (record.change.kind === 'none' && (record.amplified || record.copyNumber !== null)) {
    const amplification = entries.find((e) => e.match === 'amplification');
    if (!amplification) return OTHER;
    if (amplification.class === 'other') return OTHER;
    // The region says how the call was made; an entry's own region (other than the default) leads it.
    const lead = amplification.region === 'amplification' ? '' : `${amplification.region}, `;
    if (record.amplified) return { ...fromEntry(amplification), region: `${lead}as reported` };
    if (record.copyNumber !== null && record.copyNumber >= amplification.minCopyNumber) {
      return { ...fromEntry(amplification), region: `${lead}copy number >= ${amplification.minCopyNumber}` };
    }
  }
  return OTHER;
}

function fromEntry(e: KnownVariant): Classification {
  if (e.class === 'other') return OTHER;
  return { class: e.class, region: e.region, strategy: e.strategy, protein: e.protein, referenceMismatch: null };
}
