/**
 * One variant record to its class, by the classification table (user entries first, then the
 * built-in ones of knownVariants.ts).
 *
 * A missense substitution takes the most specific entry that fits its gene:
 *   1. an exact change (NTRK1 G595R: on-target, solvent front);
 *   2. a codon (KRAS codon 12, BRAF V600);
 *   3. another substitution at a residue of an on-target change (NTRK1 G595L): possible on-target,
 *      with the region named (`solvent front residue`);
 *   4. a range (the NTRK kinase domain: possible on-target, unknown significance).
 * Among entries equally specific, the first in the table wins, so `--variant-classes` overrides.
 * A row with no substitution is an amplification when its gene has an amplification entry and the
 * row says "amplification" or its copy number reaches the entry's `minCopyNumber`.
 * Everything else (nonsense, synonymous, frameshift, unknown genes) is `other`.
 */
import type { KnownVariant, Strategy, VariantClass } from './knownVariants.js';
import type { VariantRecord } from './types.js';

export interface Classification {
  class: VariantClass;
  region: string | null;
  strategy: Strategy;
  /** The blot's name for the gene product (MET, HER2, TRK...), compared with a verdict's drivers; null for `other`. */
  protein: string | null;
}

const OTHER: Classification = { class: 'other', region: null, strategy: 'none', protein: null };

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
    const codon = entries.find((e) => e.match === 'codon' && e.position === s.position);
    if (codon) return fromEntry(codon);
    const residue = entries.find((e) => e.match === 'change' && e.class === 'on-target' && e.position === s.position && e.ref === s.ref);
    if (residue) return { class: 'possible-on-target', region: `${residue.region} residue`, strategy: 'confirm-function', protein: residue.protein };
    const range = entries.find((e) => e.match === 'range' && e.from <= s.position && s.position <= e.to);
    if (range) return fromEntry(range);
    return OTHER;
  }
  if (record.change.kind === 'none' && (record.amplified || record.copyNumber !== null)) {
    const amplification = entries.find((e) => e.match === 'amplification');
    if (!amplification) return OTHER;
    if (amplification.class === 'other') return OTHER;
    if (record.amplified) return { ...fromEntry(amplification), region: `${amplification.region} (as reported)` };
    if (record.copyNumber !== null && record.copyNumber >= amplification.minCopyNumber) {
      return { ...fromEntry(amplification), region: `${amplification.region} (copy number >= ${amplification.minCopyNumber})` };
    }
  }
  return OTHER;
}

function fromEntry(e: KnownVariant): Classification {
  if (e.class === 'other') return OTHER;
  return { class: e.class, region: e.region, strategy: e.strategy, protein: e.protein };
}
