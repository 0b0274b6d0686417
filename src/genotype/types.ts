/**
 * Data of the genotype stage: variant records read from sequencing files, and the summary that
 * results.json carries under `genotype`.
 */
import type { AnalysisWarning, SourceLocation } from '../errors.js';
import type { ProteinChangeReading } from './proteinChange.js';

/** One row of a variants file, typed. */
export interface VariantRecord {
  /** HGNC symbol, upper case, common aliases resolved (HER2 -> ERBB2). */
  gene: string;
  change: ProteinChangeReading;
  /** The protein-change cell as written; null when empty. */
  proteinChangeText: string | null;
  /** Variant_Classification (MAF) or the classification column, as written; null when absent. */
  variantClassification: string | null;
  /** The row says the gene is amplified (classification or protein-change text such as "Amplification"). */
  amplified: boolean;
  sample: string;
  /** Variant allele frequency (0-1): the VAF column, else t_alt_count / t_depth. */
  vaf: number | null;
  /** Absolute copy number of the gene. */
  copyNumber: number | null;
  at: { file: string; row: number };
}

export interface VariantFile {
  file: string;
  sha256: string;
  format: 'maf' | 'table';
  encoding: 'utf-8' | 'windows-1252';
  /** Data rows read (header, `#` comment lines and blank rows excluded). */
  rows: number;
  records: VariantRecord[];
  warnings: AnalysisWarning[];
}

export type SampleMatchKind = 'sample-map' | 'exact' | 'normalised';

/** results.json `genotype`: which files were read and how their samples met the blot models. */
export interface GenotypeSummary {
  /** One per variants file read (--variants), in the order given. */
  files: {
    /** The file as named on the command line (or in the app). */
    file: string;
    /** SHA-256 of the file's bytes, lower-case hex. */
    sha256: string;
    /** `maf` (a Mutation Annotation Format file) or `table` (a plain gene / protein change table). */
    format: 'maf' | 'table';
    /** Data rows read (header, `#` comment lines and blank rows excluded). */
    rows: number;
    /** Text encoding the file was decoded with: `utf-8` or `windows-1252`. */
    encoding: string;
  }[];
  /** The sample map (--sample-map) that names each sequencing sample's model; null when none was given. */
  sampleMap: {
    /** The file as named on the command line (or in the app). */
    file: string;
    /** SHA-256 of the file's bytes, lower-case hex. */
    sha256: string;
    /** Sample-to-model entries it holds. */
    entries: number;
  } | null;
  /** The user's variant classification table (--variant-classes), read before the built-in one; null when none was given. */
  variantClasses: {
    /** The file as named on the command line (or in the app). */
    file: string;
    /** SHA-256 of the file's bytes, lower-case hex. */
    sha256: string;
    /** Classification entries it holds. */
    entries: number;
  } | null;
  /** Every sample of the variants files, the model it maps to (null = none) and how. */
  samples: {
    /** The sample name as written in the variants file or the sample map. */
    sample: string;
    /** The blot model it maps to; null when it maps to none. */
    line: string | null;
    /** How it was mapped: `sample-map` (named in the sample map), `exact` (same name as a model), `normalised` (same name once case and punctuation are ignored); null when unmatched. */
    matchedBy: SampleMatchKind | null;
    /** Variant rows of this sample (0 for a sample only the sample map names). */
    variants: number;
    /** Where the sample first appears (file and row). */
    at: SourceLocation;
  }[];
  /** Samples that map to no model (each also has a warning naming file:row). */
  unmatchedSamples: string[];
  /** Every model of the blots: sequenced or not, with counts of its variants. */
  models: {
    /** The model (cell line) as named in the blots. */
    line: string;
    /** True when at least one sample maps to it (a mapped sample without variants counts: sequenced, nothing found). */
    sequenced: boolean;
    /** The samples that map to it. */
    samples: string[];
    /** Variant rows of its samples. */
    variants: number;
    /** Of those, variants with a class other than `other` (on-target, possible-on-target, mapk-driver, amplification). */
    classified: number;
    /** Of those, variants not listed in its verdicts' genotype (`other` variants of genes the classification table does not name). */
    unlisted: number;
  }[];
  /** Copy number at or above which each amplification gene counted as amplified. */
  amplificationMinCopyNumber: {
    /** HGNC gene symbol. */
    gene: string;
    /** Absolute copy number from which it counts as amplified. */
    minCopyNumber: number;
  }[];
  /** Fold rise in VAF over the sensitive partner at or above which a shared variant counted as a selected subclone (default 4). */
  selectedSubcloneMinFold: number;
}
