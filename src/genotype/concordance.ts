/**
 * A verdict and its model's variants -> `genotype`, `concordance` and next steps that use them.
 *
 * Acquired variants count as evidence, and so do selected subclones: a variant the sensitive partner
 * (`verdict.versus`) also carries is pre-existing (`acquired: false`), listed but not counted, unless
 * its allele frequency rose at least `selectedSubcloneMinFold` (subclones.ts). When the partner was
 * not sequenced, `acquired` is null and the variant counts.
 *
 * | verdict                    | acquired evidence                   | status        |
 * |----------------------------|-------------------------------------|---------------|
 * | any                        | model not sequenced                 | no-genotype   |
 * | on-target                  | on-target or possible-on-target     | concordant    |
 * | on-target                  | bypass alterations only             | discordant    |
 * | on-target                  | nothing                             | unsupported   |
 * | mapk/pi3k-akt/rtk bypass   | an on-target mutation               | discordant    |
 * | rtk bypass                 | a RAS, RAF or MEK mutation          | explained-downstream |
 * | pi3k-akt bypass            | a RAF or MEK mutation (no RAS)      | discordant    |
 * | mapk/pi3k-akt/rtk bypass   | a bypass alteration                 | concordant    |
 * | mapk/pi3k-akt/rtk bypass   | possible-on-target only             | discordant    |
 * | mapk/pi3k-akt/rtk bypass   | nothing                             | unsupported   |
 * | inconclusive/assay-invalid | anything                            | genotype-only |
 * | inconclusive/assay-invalid | nothing                             | unsupported   |
 *
 * For bypass, the sentence says whether the alteration is the verdict's driver: for MAPK bypass
 * every MAPK driver and receptor amplification is (they converge on MAPK reactivation, Cocco et
 * al. 2019); for receptor and PI3K-AKT bypass, the gene product must be among `verdict.drivers`.
 *
 * Downstream beats upstream (SCIENCE.md): a RAS, RAF or MEK mutation (class `mapk-driver`)
 * reactivates ERK whatever the receptors above it do. With one, a receptor-bypass reading is
 * `explained-downstream`, the receptor-inhibitor steps give way to the downstream step (MEK; BRAF
 * V600: BRAF + MEK), and a MAPK-bypass reading is concordant and explained by it. PI3K-AKT bypass is
 * read with pERK suppressed: a RAF or MEK mutation, which acts through ERK, does not explain it
 * (discordant); a RAS mutation may (RAS also binds and activates PI3K).
 */
import { genotypeMessages as m } from '../messages/genotype.js';
import { ruleMessages } from '../messages/rules.js';
import type { Concordance, GenotypeVariant, Verdict } from '../rules/types.js';
import type { Strategy, VariantClass } from './knownVariants.js';
import { alterationKey, comparePartner, DEFAULT_SELECTED_SUBCLONE_MIN_FOLD } from './subclones.js';

export { alterationKey };

/** A variant of one model, classified, before it is compared with a sensitive partner. */
export interface ClassifiedVariant {
  variant: Omit<GenotypeVariant, 'acquired' | 'partnerVaf' | 'vafFold' | 'selected'>;
  strategy: Strategy;
  /** The blot's name for the gene product (MET, HER2, TRK...); null for `other`. */
  protein: string | null;
  /** Shown in a verdict's genotype: every classified variant, and `other` variants of genes the table names. */
  listed: boolean;
}

/** The classified variants of every sequenced model (a model missing here was not sequenced). */
export type VariantsByModel = ReadonlyMap<string, readonly ClassifiedVariant[]>;

const CLASS_ORDER: readonly VariantClass[] = ['on-target', 'possible-on-target', 'mapk-driver', 'amplification', 'other'];
const BYPASS_MECHANISMS: ReadonlySet<string> = new Set(['mapk-bypass', 'pi3k-akt-bypass', 'rtk-bypass']);

function classRank(cls: string): number {
  const i = CLASS_ORDER.indexOf(cls as VariantClass);
  return i === -1 ? CLASS_ORDER.length : i;
}

function compareVariants(a: GenotypeVariant, b: GenotypeVariant): number {
  return classRank(a.class) - classRank(b.class) || cmp(a.gene, b.gene) || cmp(a.proteinChange ?? '', b.proteinChange ?? '')
    || cmp(a.sample, b.sample) || cmp(a.source.file, b.source.file) || a.source.row - b.source.row;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `NTRK1 G595R (solvent front, VAF 0.31)`, `MET amplification (copy number 9)`. */
function label(v: GenotypeVariant, withDetails = true): string {
  const change = v.class === 'amplification' ? 'amplification' : v.proteinChange?.replace(/^p\./, '') ?? null;
  if (!withDetails) return `${v.gene}${change ? ` ${change}` : ''}`;
  return m.variantLabel(v.gene, change, v.class === 'amplification' ? null : v.region, v.vaf, v.copyNumber);
}

const labels = (vs: readonly { variant: GenotypeVariant }[], withDetails = true): string[] => unique(vs.map((v) => label(v.variant, withDetails)));

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

interface Counted {
  variant: GenotypeVariant;
  strategy: Strategy;
  protein: string | null;
}

export interface GenotypeOptions {
  /** Fold rise in VAF over the partner's that makes a shared variant a selected subclone (default 4). */
  selectedSubcloneMinFold?: number;
}

/** Adds `genotype` and `concordance` to a verdict and puts genotype-driven next steps first. */
export function applyGenotype(verdict: Verdict, byModel: VariantsByModel, options: GenotypeOptions = {}): Verdict {
  const own = byModel.get(verdict.line);
  if (own === undefined) {
    return { ...verdict, genotype: [], concordance: { status: 'no-genotype', sentence: m.notSequenced(verdict.line), genotypeSuggests: null } };
  }
  const minFold = options.selectedSubcloneMinFold ?? DEFAULT_SELECTED_SUBCLONE_MIN_FOLD;
  const partner = byModel.get(verdict.versus)?.map((p) => p.variant);
  const listed: Counted[] = own
    .filter((c) => c.listed)
    .map((c) => {
      const { variantClassification, ...fields } = c.variant;
      const { acquired, partnerVaf, vafFold, selected } = comparePartner(c.variant, partner, minFold);
      return { variant: { ...fields, acquired, partnerVaf, vafFold, selected, variantClassification }, strategy: c.strategy, protein: c.protein };
    })
    .sort((a, b) => compareVariants(a.variant, b.variant));
  const evidence = listed.filter((c) => c.variant.class !== 'other');
  const counted = evidence.filter((c) => c.variant.acquired !== false || c.variant.selected === true);
  const selected = evidence.filter((c) => c.variant.selected === true);
  const preExisting = evidence.filter((c) => c.variant.acquired === false && c.variant.selected !== true);

  const concordance = judge(verdict, counted);
  if (selected.length > 0) concordance.sentence += m.selectedSubclones(selected.map((c) => enrichment(c.variant)), verdict.versus);
  if (preExisting.length > 0) concordance.sentence += m.preExisting(labels(preExisting, false), verdict.versus);
  const steps = genotypeSteps(verdict, counted, concordance);
  for (const c of selected) steps.push(m.stepSelectedSubclone(enrichment(c.variant), verdict.versus, verdict.line));
  const superseded = supersededSteps(verdict, counted, concordance);
  return {
    ...verdict,
    genotype: listed.map((c) => c.variant),
    concordance,
    nextSteps: unique([...steps, ...verdict.nextSteps.filter((s) => !superseded.has(s))]),
  };
}

/** `BRAF V600E (VAF 0.05 -> 0.4, 8-fold)` for the sentences on selected subclones. */
function enrichment(v: GenotypeVariant): string {
  return m.enrichmentLabel(label(v, false), v.partnerVaf ?? null, v.vaf, v.vafFold ?? null);
}

/** A RAS, RAF or MEK mutation: below every receptor. */
const isDownstream = (c: Counted): boolean => c.variant.class === 'mapk-driver';

function judge(verdict: Verdict, counted: readonly Counted[]): Concordance {
  const onTarget = counted.filter((c) => c.variant.class === 'on-target');
  const possible = counted.filter((c) => c.variant.class === 'possible-on-target');
  const bypass = counted.filter((c) => c.variant.class === 'mapk-driver' || c.variant.class === 'amplification');
  const downstream = bypass.filter(isDownstream);
  const trk = [...onTarget, ...possible];
  const genotypeSuggests: Concordance['genotypeSuggests'] = trk.length > 0 && bypass.length > 0 ? 'on-target-and-bypass'
    : onTarget.length > 0 ? 'on-target' : possible.length > 0 ? 'possible-on-target' : bypass.length > 0 ? 'bypass' : 'nothing';
  const also = (vs: readonly Counted[]): string => (vs.length > 0 ? m.alsoFound(labels(vs)) : '');
  const result = (status: Concordance['status'], sentence: string): Concordance => ({ status, sentence, genotypeSuggests });

  if (verdict.mechanism === 'on-target') {
    if (onTarget.length > 0) return result('concordant', m.onTargetConfirmed(labels(onTarget)) + also([...possible, ...bypass]));
    if (possible.length > 0) return result('concordant', m.onTargetPossible(labels(possible)) + also(bypass));
    if (bypass.length > 0) return result('discordant', m.onTargetButBypass(labels(bypass)));
    return result('unsupported', m.onTargetNothingFound(verdict.line));
  }
  if (BYPASS_MECHANISMS.has(verdict.mechanism)) {
    const mechanism = m.mechanismName(verdict.mechanism);
    const others = (named: readonly Counted[]): Counted[] => [...possible, ...bypass.filter((c) => !named.includes(c))];
    if (onTarget.length > 0) return result('discordant', m.bypassButOnTarget(mechanism, labels(onTarget)) + also([...possible, ...bypass]));
    if (downstream.length > 0) {
      if (verdict.mechanism === 'rtk-bypass') return result('explained-downstream', m.receptorExplainedDownstream(verdict.drivers, labels(downstream)) + also(others(downstream)));
      if (verdict.mechanism === 'mapk-bypass') return result('concordant', m.mapkExplainedDownstream(labels(downstream)) + also(others(downstream)));
      const ras = downstream.filter((c) => c.protein?.toUpperCase() === 'RAS');
      if (ras.length > 0) return result('concordant', m.pi3kThroughRas(labels(ras)) + also(others(ras)));
      const receptors = bypass.filter((c) => !isDownstream(c));
      if (receptors.length === 0) return result('discordant', m.pi3kButRafMek(labels(downstream)) + also(possible));
    }
    if (bypass.length > 0) {
      const drivers = verdict.drivers.map((d) => d.toUpperCase());
      const named = verdict.mechanism === 'mapk-bypass' || drivers.length === 0
        ? bypass
        : bypass.filter((c) => c.protein !== null && drivers.includes(c.protein.toUpperCase()));
      if (named.length === 0) return result('concordant', m.bypassOtherDriver(mechanism, verdict.drivers, labels(bypass)) + also(possible));
      return result('concordant', m.bypassConfirmed(mechanism, labels(named)) + also(others(named)));
    }
    if (possible.length > 0) return result('discordant', m.bypassButPossibleOnTarget(mechanism, labels(possible)));
    return result('unsupported', m.bypassNothingFound(mechanism, verdict.line));
  }
  if (verdict.mechanism === 'non-genetic') {
    // Non-genetic resistance expects no acquired driver; one found says a genetic cause may coexist.
    if (trk.length > 0 || bypass.length > 0) return result('discordant', m.nonGeneticButFound(labels([...trk, ...bypass])));
    return result('concordant', m.nonGeneticNothingFound(verdict.line));
  }
  const why = verdict.mechanism === 'assay-invalid' ? m.noCallAssayInvalid() : m.noCallInconclusive();
  if (trk.length > 0 && bypass.length > 0) return result('genotype-only', m.noCallGenotypeSuggests(why, m.suggestsBoth(labels(trk), labels(bypass))));
  if (onTarget.length > 0) return result('genotype-only', m.noCallGenotypeSuggests(why, m.suggestsOnTarget(labels(trk))));
  if (possible.length > 0) return result('genotype-only', m.noCallGenotypeSuggests(why, m.suggestsPossibleOnTarget(labels(possible))));
  if (bypass.length > 0) return result('genotype-only', m.noCallGenotypeSuggests(why, m.suggestsBypass(labels(bypass))));
  return result('unsupported', m.noCallNothingFound(why, verdict.line));
}

const STEP_OF_STRATEGY: Readonly<Record<Exclude<Strategy, 'none'>, (found: readonly string[]) => string>> = {
  'next-generation-trk-inhibitor': m.stepNextGeneration,
  'type-ii-trk-inhibitor': m.stepTypeII,
  'confirm-function': m.stepConfirmFunction,
  'braf-inhibitor': m.stepBraf,
  'mek-inhibitor': m.stepMek,
  'met-inhibitor': m.stepMet,
  'egfr-inhibitor': m.stepEgfr,
  'her2-inhibitor': m.stepHer2,
};

/**
 * The rules' generic next steps that a variant found makes redundant: the genotype-specific step says
 * the same with the variant named (a MEK combination for KRAS G12D), or the search it asks for is
 * done (sequence KRAS once KRAS G12D is found; check MET copy number once MET amplification is called).
 * When a downstream mutation explains a receptor bypass, the receptor-inhibitor steps give way too.
 */
function supersededSteps(verdict: Verdict, counted: readonly Counted[], concordance: Concordance): Set<string> {
  const next = ruleMessages.next;
  const gone = new Set<string>();
  for (const c of counted) {
    if (c.strategy === 'mek-inhibitor' || c.strategy === 'braf-inhibitor') [next.trkPlusMek, next.findMapkDriver, next.mekAlternative].forEach((x) => gone.add(x));
    if (c.strategy === 'next-generation-trk-inhibitor' || c.strategy === 'type-ii-trk-inhibitor') [next.sequenceKinaseDomain, next.howToSequence].forEach((x) => gone.add(x));
    if (c.strategy === 'met-inhibitor') gone.add(next.trkPlusMet);
    if (c.strategy === 'egfr-inhibitor') gone.add(next.trkPlusEgfr);
    if (c.strategy === 'her2-inhibitor') gone.add(next.trkPlusHer2);
    if (c.variant.class === 'amplification' && c.protein !== null) gone.add(next.copyNumber(c.protein));
  }
  if (concordance.status === 'explained-downstream') {
    [next.trkPlusMet, next.trkPlusEgfr, next.trkPlusHer2, next.trkPlusIgf1r, next.mekAlternative].forEach((x) => gone.add(x));
    for (const d of verdict.drivers) gone.add(next.trkPlusReceptor(d));
  }
  return gone;
}

function strategySteps(counted: readonly Counted[]): string[] {
  const strategies = unique(counted.map((c) => c.strategy)) as Strategy[];
  return strategies.flatMap((strategy) => (strategy === 'none' ? [] : [STEP_OF_STRATEGY[strategy](labels(counted.filter((c) => c.strategy === strategy), false))]));
}

function genotypeSteps(verdict: Verdict, counted: readonly Counted[], concordance: Concordance): string[] {
  const steps: string[] = [];
  if (concordance.status === 'explained-downstream') {
    // The downstream steps (MEK; BRAF + MEK) lead; the receptor inhibitor gives way, saying why.
    const downstream = counted.filter(isDownstream);
    steps.push(...strategySteps(downstream), m.stepReceptorGivesWay(verdict.drivers, labels(downstream, false)), ...strategySteps(counted.filter((c) => !isDownstream(c))));
  } else {
    steps.push(...strategySteps(counted));
  }
  const amplified = unique(counted.filter((c) => c.variant.class === 'amplification').map((c) => c.variant.gene));
  if (amplified.length > 0) steps.push(m.stepConfirmAmplification(amplified));
  if (concordance.genotypeSuggests === 'on-target-and-bypass' && counted.some((c) => c.variant.class === 'on-target')) steps.push(m.stepCoexistence());
  if (verdict.mechanism === 'on-target' && concordance.status === 'unsupported') steps.push(m.stepCheckCoverage());
  return steps;
}
