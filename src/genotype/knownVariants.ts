/**
 * The variant classes blotbypass knows, as data: which sequencing findings mean on-target TRK
 * resistance, which support bypass signalling, and what each suggests doing next.
 *
 * Sources (as in SCIENCE.md): the NTRK1/2/3 solvent-front, gatekeeper and xDFG substitutions
 * reported in patients and models progressing on larotrectinib or entrectinib (Drilon et al., Cancer
 * Discov 2017;7:963; Cocco et al., Cancer Discov 2021;11:126 for xDFG and type II inhibitors); the
 * MAPK drivers and receptor amplifications found at progression (Cocco et al., Nat Med 2019;25:1422).
 * BRAF non-V600 substitutions by class: class II (RAS-independent dimers) and class III (kinase-impaired,
 * RAS-dependent), after Yao et al., Nature 2017;548:234 and Dankner et al., Oncogene 2018;37:3183;
 * neither responds to a V600 (monomer) BRAF inhibitor alone, so their step is a MEK inhibitor.
 * MAP2K1 activating substitutions: recurrent in cancer and reported to raise MEK activity (e.g. Marks
 * et al., Cancer Res 2008; Emery et al., PNAS 2009; Arcila et al., Clin Cancer Res 2015).
 *
 * Users add or override entries with `--variant-classes file.json` (see `readVariantClasses`).
 */

/** What a variant means for TRK-inhibitor resistance. Part of the results.json contract. */
export type VariantClass = 'on-target' | 'possible-on-target' | 'mapk-driver' | 'amplification' | 'other';

export const VARIANT_CLASSES: readonly VariantClass[] = ['on-target', 'possible-on-target', 'mapk-driver', 'amplification', 'other'];

/** The treatment idea a class of finding points to; the sentences live in src/messages/genotype.ts. */
export type Strategy =
  | 'next-generation-trk-inhibitor' | 'type-ii-trk-inhibitor' | 'confirm-function'
  | 'braf-inhibitor' | 'mek-inhibitor' | 'met-inhibitor' | 'egfr-inhibitor' | 'her2-inhibitor' | 'none';

export const STRATEGIES: readonly Strategy[] = [
  'next-generation-trk-inhibitor', 'type-ii-trk-inhibitor', 'confirm-function',
  'braf-inhibitor', 'mek-inhibitor', 'met-inhibitor', 'egfr-inhibitor', 'her2-inhibitor', 'none',
];

interface EntryBase {
  /** HGNC gene symbol, upper case. */
  gene: string;
  class: VariantClass;
  /** Named region or hotspot, e.g. `solvent front`, `kinase domain`, `codon 12`. */
  region: string;
  strategy: Strategy;
  /** The blot protein this gene's product is called (ERBB2 -> HER2), to compare with a verdict's drivers. */
  protein: string;
}

/** One exact substitution, e.g. NTRK1 G595R. */
export interface ChangeEntry extends EntryBase { match: 'change'; ref: string; position: number; alt: string }
/** Any missense substitution at one residue, e.g. KRAS codon 12; `ref`, when known, must match the variant's. */
export interface CodonEntry extends EntryBase { match: 'codon'; position: number; ref: string | null }
/** Any missense substitution in a residue range, e.g. the NTRK1 kinase domain. */
export interface RangeEntry extends EntryBase { match: 'range'; from: number; to: number }
/** Gene amplification: a copy number at or above `minCopyNumber`, or a row classified as an amplification. */
export interface AmplificationEntry extends EntryBase { match: 'amplification'; minCopyNumber: number }

export type KnownVariant = ChangeEntry | CodonEntry | RangeEntry | AmplificationEntry;

/**
 * Copy number (absolute copies per cell) at or above which MET, EGFR and ERBB2 count as amplified
 * *(default)*: 6 copies, the ASCO/CAP cut-off for ERBB2 by in-situ hybridisation (Wolff et al., J Clin
 * Oncol 2018) and a common NGS panel cut-off; MET studies use 5 to 10. Override per gene with
 * `--variant-classes`. A row whose classification says "amplification" counts whatever its copy number.
 */
export const DEFAULT_AMPLIFICATION_MIN_COPIES = 6;

/** Names people write for the genes of this table, mapped to the HGNC symbol. Compared upper-cased. */
export const GENE_ALIASES: Readonly<Record<string, string>> = {
  TRKA: 'NTRK1', TRKB: 'NTRK2', TRKC: 'NTRK3', HER2: 'ERBB2', NEU: 'ERBB2', MEK1: 'MAP2K1', 'C-MET': 'MET', HGFR: 'MET', ERBB1: 'EGFR', HER1: 'EGFR',
};

export function canonicalGene(name: string): string {
  const upper = name.trim().toUpperCase();
  return GENE_ALIASES[upper] ?? upper;
}

type Row = [gene: string, change: string, region: string, strategy: Strategy];

/** SCIENCE.md mutation table: on-target NTRK kinase-domain resistance substitutions. */
const ON_TARGET: readonly Row[] = [
  ['NTRK1', 'G595R', 'solvent front', 'next-generation-trk-inhibitor'],
  ['NTRK1', 'F589L', 'gatekeeper', 'next-generation-trk-inhibitor'],
  ['NTRK1', 'G667C', 'xDFG', 'type-ii-trk-inhibitor'],
  ['NTRK1', 'G667S', 'xDFG', 'type-ii-trk-inhibitor'],
  ['NTRK2', 'G639R', 'solvent front', 'next-generation-trk-inhibitor'],
  ['NTRK2', 'G639L', 'solvent front', 'next-generation-trk-inhibitor'],
  ['NTRK2', 'F633L', 'gatekeeper', 'next-generation-trk-inhibitor'],
  ['NTRK2', 'G709C', 'xDFG', 'type-ii-trk-inhibitor'],
  ['NTRK3', 'G623R', 'solvent front', 'next-generation-trk-inhibitor'],
  ['NTRK3', 'G623E', 'solvent front', 'next-generation-trk-inhibitor'],
  ['NTRK3', 'F617L', 'gatekeeper', 'next-generation-trk-inhibitor'],
  ['NTRK3', 'G696A', 'xDFG', 'type-ii-trk-inhibitor'],
];

/**
 * NTRK kinase domains, approximately: the UniProt "Protein kinase" domain features of the canonical
 * isoforms (NTRK1 P04629 ~510-781, NTRK2 Q16620 ~554-822, NTRK3 Q16288 ~538-825), the numbering MAF
 * HGVSp_Short uses for the canonical transcripts. Boundaries were not re-checked against a current
 * UniProt release and differ by a few residues between annotations; a missense change near an edge
 * deserves a look at the structure. Every resistance residue of the table above lies well inside.
 */
const KINASE_DOMAINS: readonly [gene: string, from: number, to: number][] = [
  ['NTRK1', 510, 781],
  ['NTRK2', 554, 822],
  ['NTRK3', 538, 825],
];

/** BRAF class II and class III substitutions (sources above); V600 (class I) is a codon entry. */
const BRAF_NON_V600: readonly [change: string, region: string][] = [
  ...['G464E', 'G464V', 'G469A', 'G469R', 'G469S', 'G469V', 'E586K', 'L597Q', 'L597R', 'L597S', 'L597V', 'K601E', 'K601N', 'K601T'].map((c) => [c, 'class II'] as [string, string]),
  ...['G466A', 'G466E', 'G466R', 'G466V', 'G469E', 'N581I', 'N581S', 'N581Y', 'D594A', 'D594G', 'D594H', 'D594N', 'G596D', 'G596R'].map((c) => [c, 'class III'] as [string, string]),
];

/** MAP2K1 (MEK1) substitutions that activate MEK, recurrent in cancer (see sources above). */
const MAP2K1_ACTIVATING: readonly string[] = ['F53L', 'Q56P', 'K57E', 'K57N', 'K57T', 'D67N', 'I103N', 'C121S', 'P124L', 'P124S', 'E203K'];

function parseChange(text: string): { ref: string; position: number; alt: string } {
  const m = /^([A-Z])(\d+)([A-Z])$/.exec(text);
  if (!m) throw new Error(`bad built-in change ${text}`);
  return { ref: m[1]!, position: Number(m[2]), alt: m[3]! };
}

/** The built-in classification table (a fresh array on each call; callers may extend it). */
export function builtInVariantClasses(): KnownVariant[] {
  const entries: KnownVariant[] = [];
  for (const [gene, change, region, strategy] of ON_TARGET) {
    entries.push({ gene, match: 'change', ...parseChange(change), class: 'on-target', region, strategy, protein: 'TRK' });
  }
  for (const [gene, from, to] of KINASE_DOMAINS) {
    entries.push({ gene, match: 'range', from, to, class: 'possible-on-target', region: 'kinase domain', strategy: 'confirm-function', protein: 'TRK' });
  }
  entries.push({ gene: 'BRAF', match: 'codon', position: 600, ref: 'V', class: 'mapk-driver', region: 'V600', strategy: 'braf-inhibitor', protein: 'BRAF' });
  for (const [change, region] of BRAF_NON_V600) {
    entries.push({ gene: 'BRAF', match: 'change', ...parseChange(change), class: 'mapk-driver', region, strategy: 'mek-inhibitor', protein: 'BRAF' });
  }
  for (const gene of ['KRAS', 'NRAS', 'HRAS']) {
    for (const [position, ref] of [[12, 'G'], [13, 'G'], [61, 'Q']] as const) {
      entries.push({ gene, match: 'codon', position, ref, class: 'mapk-driver', region: `codon ${position}`, strategy: 'mek-inhibitor', protein: 'RAS' });
    }
  }
  for (const change of MAP2K1_ACTIVATING) {
    entries.push({ gene: 'MAP2K1', match: 'change', ...parseChange(change), class: 'mapk-driver', region: 'activating', strategy: 'mek-inhibitor', protein: 'MEK' });
  }
  const amplified: readonly [gene: string, protein: string, strategy: Strategy][] = [
    ['MET', 'MET', 'met-inhibitor'], ['EGFR', 'EGFR', 'egfr-inhibitor'], ['ERBB2', 'HER2', 'her2-inhibitor'],
  ];
  for (const [gene, protein, strategy] of amplified) {
    entries.push({ gene, match: 'amplification', minCopyNumber: DEFAULT_AMPLIFICATION_MIN_COPIES, class: 'amplification', region: 'amplification', strategy, protein });
  }
  return entries;
}

/** Cell texts (lower-cased) that mean "this gene is amplified" in a protein-change or classification column. */
export const AMPLIFICATION_WORDS: ReadonlySet<string> = new Set([
  'amplification', 'amp', 'amplified', 'gene amplification', 'focal amplification', 'high-level amplification', 'high level amplification', 'cna amplification',
]);
