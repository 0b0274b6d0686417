/**
 * Every user-facing sentence of the genotype stage: reading variant files, the sample map and the
 * variant-classes file; mapping samples to models; the concordance sentence; genotype next steps.
 */
const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
/** Items a sentence names at most; the rest are counted ("and 3 more"). */
const LIST_MAX = 5;
const list = (items: readonly string[]): string => {
  if (items.length > LIST_MAX) return `${items.slice(0, LIST_MAX - 1).join(', ')} and ${items.length - LIST_MAX + 1} more`;
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};
const was = (items: readonly string[]): string => (items.length > 1 ? 'were' : 'was');

export const genotypeMessages = {
  withoutVariants: () => '--sample-map and --variant-classes need sequencing results',
  withoutVariantsHint: () => 'give the variants file with --variants (a MAF or a gene, protein_change, sample table)',

  // reading a variants file
  missingColumns: (fields: readonly string[]) => `the variants file lacks ${fields.length > 1 ? 'columns' : 'a column'} for ${list(fields)}`,
  missingColumnsHint: () =>
    'give a MAF (Hugo_Symbol, HGVSp_Short, Tumor_Sample_Barcode) or a table with columns gene, protein_change, sample (and optionally vaf, copy_number)',
  noChangeColumn: () => 'the variants file has no protein-change, copy-number or variant-classification column',
  noChangeColumnHint: () => 'add a protein_change (or HGVSp_Short) column, or copy_number for amplifications',
  headerOnly: () => 'the variants file has a header but no variant rows',
  headerOnlyHint: () => 'add one row per variant below the header',
  emptyCell: (what: string) => `the ${what} cell is empty`,
  emptyGeneHint: () => 'write the gene symbol, e.g. NTRK1, KRAS or MET',
  emptySampleHint: () => 'write the sample, named as the blot files name the model (e.g. KM12-LR), or map it with --sample-map',
  notANumber: (what: string, text: string) => `${what} is not a number: ${quote(text)}`,
  notANumberHint: () => 'write a number, or NA when it is not known',
  vafOutOfRange: (value: number) => `allele frequency ${value} is not a fraction from 0 to 1`,
  vafOutOfRangeHint: () => 'write allele frequencies as fractions (31 % as 0.31), or put % in the column name (e.g. "VAF %") for percentages',
  negative: (what: string, value: number) => `${what} cannot be negative: ${value}`,
  negativeHint: () => 'check the column holds read counts or absolute copy numbers',
  altAboveDepth: (alt: number, depth: number) => `the alternate read count ${alt} is larger than the depth ${depth}`,
  altAboveDepthHint: () => 'check that t_alt_count and t_depth are not swapped',
  mixedDecimals: (dot: string, comma: string) => `the variants file mixes decimal conventions: ${quote(dot)} uses a dot, ${quote(comma)} a comma`,
  mixedDecimalsHint: () => 'make every allele frequency and copy number use the same decimal mark',
  unreadableChange: (text: string) => `protein change ${quote(text)} is not one blotbypass can read; the variant is kept as class "other"`,
  unreadableChangeHint: () => 'write it as p.G595R, G595R or p.Gly595Arg',
  noChange: () => 'row has no protein change, copy number or classification; it was left out',

  // the sample map
  sampleMapColumns: () => 'the sample map needs a header with columns sample and line',
  sampleMapColumnsHint: () => 'write a CSV with a header row "sample,line" and one row per sequenced sample',
  sampleMapEmptyHint: () => 'write both the sample (as in the variants file) and the model (as in the blot files)',
  sampleMapConflict: (sample: string, first: string, firstRow: number, second: string) =>
    `sample ${quote(sample)} is mapped to ${quote(second)} here but to ${quote(first)} on row ${firstRow}`,
  sampleMapConflictHint: () => 'map each sample to one model',
  sampleMapUnknownLine: (sample: string, line: string, models: readonly string[]) =>
    `the sample map sends ${quote(sample)} to ${quote(line)}, which is not a model of the blots (${models.join(', ')}); its variants were left out`,
  sampleMapNoVariants: (sample: string, line: string) =>
    `the sample map names ${quote(sample)}, which has no rows in the variants files: ${line} is taken as sequenced with no variant found - check the spelling if it did have variants`,

  // mapping samples to models
  unmatchedSample: (sample: string, variants: number, models: readonly string[]) =>
    `sample ${quote(sample)} matches no model of the blots (${models.join(', ')}); its ${variants} variant${variants === 1 ? ' was' : 's were'} left out - name it as the blot files do, or map it with --sample-map (columns sample,line)`,
  ambiguousSample: (sample: string, models: readonly string[]) =>
    `sample ${quote(sample)} matches several models (${models.join(', ')}) once case and punctuation are ignored; its variants were left out - map it with --sample-map`,

  // the variant-classes file
  classesNotJson: (detail: string) => `the variant-classes file is not valid JSON: ${detail}`,
  classesHint: () =>
    'write {"variants": [{"gene": "NTRK1", "change": "G667A", "class": "on-target", "region": "xDFG"}, ...]}; each entry has one of change, codon, from/to or amplification',
  classesShape: (path: string, expected: string) => `${path} must be ${expected}`,
  classesUnknownKey: (path: string, key: string, allowed: readonly string[]) => `${path} has an unknown key ${quote(key)}; allowed: ${allowed.join(', ')}`,
  classesOneMatch: (path: string) => `${path} needs exactly one of change, codon, from/to or amplification`,
  classesBadChange: (path: string, text: string) => `${path}.change ${quote(text)} is not a single-residue substitution such as G667A`,
  classesBadRange: (path: string, from: number, to: number) => `${path} has from ${from} after to ${to}`,
  classesBadChoice: (path: string, value: string, allowed: readonly string[]) => `${path} is ${quote(value)}; expected one of ${allowed.join(', ')}`,

  // concordance sentences
  variantLabel: (gene: string, change: string | null, region: string | null, vaf: number | null, copyNumber: number | null) => {
    const details = [region, vaf === null ? null : `VAF ${formatFraction(vaf)}`, copyNumber === null ? null : `copy number ${formatNumber(copyNumber)}`].filter((d): d is string => d !== null);
    return `${gene}${change ? ` ${change}` : ''}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  },
  notSequenced: (line: string) => `${line} was not sequenced: no sample of the variants file maps to it`,
  onTargetConfirmed: (found: readonly string[]) => `blots and sequencing agree on on-target resistance: ${list(found)} ${was(found)} found`,
  onTargetPossible: (found: readonly string[]) =>
    `blots suggest on-target resistance and ${list(found)} ${was(found)} found in the NTRK kinase domain; of unknown significance, ${found.length > 1 ? 'they need' : 'it needs'} confirming as the cause of resistance`,
  onTargetButBypass: (found: readonly string[]) =>
    `blots suggest on-target resistance (pTRK sustained) but sequencing found ${list(found)} and no NTRK kinase-domain mutation; the bypass alteration may act with a TRK-dependent mechanism not seen by sequencing (e.g. fusion amplification)`,
  onTargetNothingFound: (line: string) =>
    `blots suggest on-target resistance but no NTRK kinase-domain mutation or bypass alteration was found in ${line}; the genotype does not support the call: check the kinase domain was covered, and look for fusion amplification or overexpression`,
  bypassConfirmed: (mechanism: string, found: readonly string[]) => `blots and sequencing agree on ${mechanism}: ${list(found)} ${was(found)} found`,
  bypassOtherDriver: (mechanism: string, drivers: readonly string[], found: readonly string[]) =>
    `blots and sequencing both point to bypass signalling (${mechanism}), but sequencing found ${list(found)} rather than an alteration of ${list(drivers)}`,
  bypassButOnTarget: (mechanism: string, found: readonly string[]) =>
    `blots suggest ${mechanism} but ${list(found)} ${was(found)} found; both mechanisms may coexist, as reported in resistant patients`,
  bypassButPossibleOnTarget: (mechanism: string, found: readonly string[]) =>
    `blots suggest ${mechanism} but ${list(found)} ${was(found)} found in the NTRK kinase domain; of unknown significance, and both mechanisms may coexist`,
  bypassNothingFound: (mechanism: string, line: string) =>
    `no on-target NTRK mutation was found in ${line}, consistent with ${mechanism}, but no bypass driver was found either: the bypass may be non-genetic (e.g. ligand-driven or adaptive) or its driver lies outside the sequenced genes`,
  receptorExplainedDownstream: (receptors: readonly string[], found: readonly string[]) =>
    `blots suggest receptor tyrosine kinase bypass${receptors.length > 0 ? ` via ${list(receptors)}` : ''}, but ${list(found)} ${was(found)} found: a RAS, RAF or MEK mutation reactivates MAPK below every receptor, whatever ${receptors.length > 0 ? list(receptors) : 'the receptor'} does, so the bypass is explained downstream and the downstream node is the target`,
  mapkExplainedDownstream: (found: readonly string[]) =>
    `blots and sequencing agree on MAPK bypass: ${list(found)} ${was(found)} found, which ${found.length > 1 ? 'reactivate' : 'reactivates'} MAPK below every receptor and ${found.length > 1 ? 'explain' : 'explains'} the sustained pERK`,
  pi3kThroughRas: (found: readonly string[]) =>
    `blots suggest PI3K-AKT bypass and ${list(found)} ${was(found)} found: mutant RAS activates PI3K as well as RAF, so it may explain the sustained pAKT; with pERK suppressed on the blots, check its allele frequency (a minor subclone?)`,
  pi3kButRafMek: (found: readonly string[]) =>
    `blots suggest PI3K-AKT bypass with pERK suppressed, but ${list(found)} ${was(found)} found, which act${found.length > 1 ? '' : 's'} through ERK, not PI3K: the mutation does not explain the sustained pAKT; check its allele frequency and whether pERK is really suppressed`,
  enrichmentLabel: (name: string, partnerVaf: number | null, vaf: number | null, fold: number | null) =>
    `${name} (VAF ${partnerVaf === null ? '?' : partnerVaf === 0 ? 'below detection' : formatFraction(partnerVaf)} -> ${vaf === null ? '?' : formatFraction(vaf)}${fold === null ? '' : `, ${formatNumber(fold)}-fold`})`,
  selectedSubclones: (found: readonly string[], partner: string) =>
    `; ${list(found)} ${found.length > 1 ? 'are' : 'is'} also in ${partner} but at a far lower allele frequency: ${found.length > 1 ? 'subclones' : 'a subclone'} selected by the drug, counted as resistance evidence`,
  noCallGenotypeSuggests: (why: string, suggestion: string) => `${why}; the genotype alone suggests ${suggestion}`,
  noCallNothingFound: (why: string, line: string) => `${why}, and sequencing found no classified variant in ${line}`,
  noCallInconclusive: () => 'the blots make no call',
  noCallAssayInvalid: () => 'the blot assay is not valid (the sensitive model is not suppressed)',
  suggestsOnTarget: (found: readonly string[]) => `on-target resistance, from ${list(found)}`,
  suggestsPossibleOnTarget: (found: readonly string[]) => `possible on-target resistance, from ${list(found)}, of unknown significance`,
  suggestsBypass: (found: readonly string[]) => `bypass signalling, from ${list(found)}`,
  suggestsBoth: (onTarget: readonly string[], bypass: readonly string[]) => `both on-target resistance, from ${list(onTarget)}, and bypass signalling, from ${list(bypass)}`,
  alsoFound: (found: readonly string[]) => `; ${list(found)} ${was(found)} also found`,
  preExisting: (found: readonly string[], partner: string) =>
    `; ${list(found)} ${found.length > 1 ? 'are' : 'is'} also in ${partner} (pre-existing, not acquired) and not counted as resistance evidence`,
  mechanismName: (mechanism: string) =>
    ({ 'on-target': 'on-target resistance', 'mapk-bypass': 'MAPK bypass', 'pi3k-akt-bypass': 'PI3K-AKT bypass', 'rtk-bypass': 'receptor tyrosine kinase bypass' } as Readonly<Record<string, string>>)[mechanism] ?? mechanism,
  referenceMismatch: (gene: string, change: string, position: number, expected: string) =>
    `${gene} ${change}: residue ${position} of ${gene} is ${expected} in the numbering the classification uses, so the change was not matched to it - check the transcript (MAF HGVSp_Short uses the canonical one)`,

  nonGeneticButFound: (found: readonly string[]) => `blots suggest non-genetic resistance but ${list(found)} ${found.length > 1 ? 'were' : 'was'} found: a genetic cause may coexist with the EMT shift`,
  nonGeneticNothingFound: (line: string) => `no acquired resistance mutation or amplification was found in ${line}, as expected for non-genetic resistance`,
  // next steps from the genotype
  stepNextGeneration: (found: readonly string[]) =>
    `${list(found)}: switch to a next-generation TRK inhibitor (selitrectinib or repotrectinib); confirm the mutation by Sanger sequencing or digital PCR`,
  stepTypeII: (found: readonly string[]) =>
    `${list(found)}: xDFG substitutions resist type I next-generation TRK inhibitors but are reported sensitive to type II TRK inhibitors (Cocco et al., Cancer Discov 2021) - test a type II inhibitor`,
  stepConfirmFunction: (found: readonly string[]) =>
    `${list(found)}: test whether ${found.length > 1 ? 'they confer' : 'it confers'} resistance (express in the sensitive model and measure the TRK-inhibitor IC50) before changing the inhibitor`,
  stepBraf: (found: readonly string[]) => `${list(found)}: add a BRAF inhibitor (dabrafenib) with a MEK inhibitor (trametinib) to the TRK inhibitor`,
  stepMek: (found: readonly string[]) => `${list(found)}: combine the TRK inhibitor with a MEK inhibitor (trametinib or cobimetinib)`,
  stepMet: (found: readonly string[]) => `${list(found)}: add a MET inhibitor (crizotinib or capmatinib) to the TRK inhibitor`,
  stepEgfr: (found: readonly string[]) => `${list(found)}: add an EGFR inhibitor to the TRK inhibitor`,
  stepHer2: (found: readonly string[]) => `${list(found)}: add a HER2 inhibitor to the TRK inhibitor`,
  stepReceptorGivesWay: (receptors: readonly string[], found: readonly string[]) =>
    `${receptors.length > 0 ? `a ${list(receptors)} inhibitor` : 'a receptor inhibitor'} is not expected to restore the response while ${list(found)} keeps MAPK active below the receptor: test it only beside the downstream inhibitor`,
  stepSelectedSubclone: (found: string, partner: string, line: string) =>
    `${found}: a subclone enriched under the drug from ${partner} to ${line}; confirm the allele frequencies by digital PCR in both lines (and in early-passage stocks) and treat it as a resistance driver`,
  stepConfirmAmplification: (genes: readonly string[]) => `confirm the ${list(genes)} amplification by FISH or NGS copy number`,
  stepCoexistence: () =>
    'if on-target and bypass alterations coexist (check their allele frequencies, or sequence single-cell clones), a next-generation TRK inhibitor alone is expected to fail: combine it with the bypass inhibitor',
  stepCheckCoverage: () => 'check that the NTRK kinase domain was covered by the sequencing, and measure fusion copy number or expression (total TRK)',
} as const;

function formatFraction(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function formatNumber(x: number): string {
  return String(Math.round(x * 10) / 10);
}
