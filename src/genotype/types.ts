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
  files: { file: string; sha256: string; format: 'maf' | 'table'; rows: number; encoding: string }[];
  sampleMap: { file: string; sha256: string; entries: number } | null;
  variantClasses: { file: string; sha256: string; entries: number } | null;
  /** Every sample of the variants files, the model it maps to (null = none) and how. */
  samples: { sample: string; line: string | null; matchedBy: SampleMatchKind | null; variants: number; at: SourceLocation }[];
  /** Samples that map to no model (each also has a warning naming file:row). */
  unmatchedSamples: string[];
  /** Every model of the blots: sequenced or not, with counts of its variants. */
  models: { line: string; sequenced: boolean; samples: string[]; variants: number; classified: number; unlisted: number }[];
  /** Copy number at or above which each amplification gene counted as amplified. */
  amplificationMinCopyNumber: { gene: string; minCopyNumber: number }[];
  /** Fold rise in VAF over the sensitive partner at or above which a shared variant counted as a selected subclone (default 4). */
  selectedSubcloneMinFold: number;
}
