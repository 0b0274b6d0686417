/**
 * A resistant model's variant beside its sensitive partner: acquired, background, or a subclone the
 * drug selected (SCIENCE.md, "Selected subclones").
 *
 *   partner not sequenced                      -> acquired null   (counted: nothing to compare with)
 *   partner lacks the alteration               -> acquired true   (counted)
 *   partner has it, VAF rose >= minFold        -> acquired false, selected true  (counted)
 *   partner has it at VAF 0 (below detection)  -> acquired false, selected true  (counted)
 *   partner has it, VAF rose less              -> acquired false, selected false (background, not counted)
 *   partner has it, a VAF unknown              -> acquired false, selected null  (not counted: cannot tell)
 *
 * A variant at VAF 0.05 in the parental and 0.40 in the resistant line rose 8-fold: a minority
 * subclone enriched under the drug is resistance evidence just as an acquired variant is.
 */
import type { GenotypeVariant } from '../rules/types.js';

/**
 * Fold rise in allele frequency, resistant over sensitive, at or above which a variant both lines
 * carry counts as a selected subclone *(default)*. Four-fold is well beyond the scatter of VAF
 * between two sequencing runs of one population at usual panel depths (a VAF of 0.05 at 500x has a
 * binomial SD of about 0.01) and below the eight-fold of the textbook case (0.05 to 0.40).
 * Override with `"selectedSubcloneMinFold"` in the `--variant-classes` file.
 */
export const DEFAULT_SELECTED_SUBCLONE_MIN_FOLD = 4;

/** Relative tolerance so that a fold computed in floating point (0.12 / 0.03) meets a threshold it equals. */
const FOLD_TOLERANCE = 1e-9;

/** Two variants are the same alteration when gene and change (or amplification) agree. */
export function alterationKey(v: Pick<GenotypeVariant, 'gene' | 'proteinChange' | 'class'>): string {
  const change = v.class === 'amplification' ? 'amplification' : (v.proteinChange ?? '').toUpperCase();
  return `${v.gene}\u0000${change}`;
}

export interface PartnerComparison {
  acquired: boolean | null;
  /** The partner's allele frequency of the same alteration (the largest, if listed twice); null when not carried or not given. */
  partnerVaf: number | null;
  /** Resistant VAF over the partner's; null when either is unknown or the partner's is 0. */
  vafFold: number | null;
  /** Carried by the partner and enriched at least `minFold` (or from VAF 0); null when not carried by the partner or not assessable. */
  selected: boolean | null;
}

/**
 * Compares one variant with the partner's variants (`undefined`: the partner was not sequenced).
 * @example
 * comparePartner({ gene: 'BRAF', proteinChange: 'p.V600E', class: 'mapk-driver', vaf: 0.4 }, [{ ...same, vaf: 0.05 }], 4)
 * // -> { acquired: false, partnerVaf: 0.05, vafFold: 8, selected: true }
 */
export function comparePartner(
  variant: Pick<GenotypeVariant, 'gene' | 'proteinChange' | 'class' | 'vaf'>,
  partner: readonly Pick<GenotypeVariant, 'gene' | 'proteinChange' | 'class' | 'vaf'>[] | undefined,
  minFold: number,
): PartnerComparison {
  if (partner === undefined) return { acquired: null, partnerVaf: null, vafFold: null, selected: null };
  const key = alterationKey(variant);
  const same = partner.filter((p) => alterationKey(p) === key);
  if (same.length === 0) return { acquired: true, partnerVaf: null, vafFold: null, selected: null };
  const vafs = same.map((p) => p.vaf).filter((x): x is number => x !== null);
  const partnerVaf = vafs.length > 0 ? Math.max(...vafs) : null;
  if (partnerVaf === null || variant.vaf === null) return { acquired: false, partnerVaf, vafFold: null, selected: null };
  if (partnerVaf === 0) return { acquired: false, partnerVaf, vafFold: null, selected: variant.vaf > 0 };
  const vafFold = variant.vaf / partnerVaf;
  return { acquired: false, partnerVaf, vafFold, selected: vafFold >= minFold * (1 - FOLD_TOLERANCE) };
}
