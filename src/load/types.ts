/**
 * Data at the boundary between `load` and `normalize`: typed band records, one per measured band.
 */
import type { SourceLocation, AnalysisWarning } from '../errors.js';

export type Status = 'sensitive' | 'resistant';

/** What a band measures: the phosphorylated form, the total protein, or a loading control. */
export type TargetForm = 'phospho' | 'total' | 'loading';

/** An antibody/target label as written by the user, resolved to a protein and a form. */
export interface TargetIdentity {
  /** The label as written in the input, trimmed. */
  label: string;
  /** Canonical protein name: TRK, ERK, AKT, EGFR, HER2, MET, ... or GAPDH, beta-actin, total-protein for loading controls. Unknown labels keep their own name (without a phospho prefix). */
  protein: string;
  form: TargetForm;
  /** False when the label matched no known protein; the band is kept under its own name and a warning is issued. */
  known: boolean;
}

/** One measured band with the experimental design of its lane. */
export interface Band {
  at: SourceLocation;
  /** Membrane (blot / gel) identifier. Default: the file name when the input has no blot column. */
  membrane: string;
  /** Lane identifier within the membrane. Default: derived from the sample design when the input has no lane column. */
  lane: string;
  line: string;
  status: Status;
  treatment: string;
  /** True for DMSO / vehicle / control / untreated lanes, or dose 0. */
  vehicle: boolean;
  dose_nM: number | null;
  time_h: number | null;
  /** Biological replicate. Default: the membrane. */
  replicate: string;
  target: TargetIdentity;
  /** Background-corrected signal; null for missing cells (NA, n.d., empty). */
  signal: number | null;
  saturated: boolean;
  /**
   * A lineage's stage (a `weeks_on_drug`, `days_on_drug`, `time_on_drug`, `passage` or `stage`
   * column; docs/resistance-over-time.md). Absent when the file has no such column; null on a blank cell.
   */
  stage?: BandStage | null;
}

/** Weeks on drug, or a position in an order (passage, stage). The parental is 0. */
export interface BandStage {
  value: number;
  scale: 'weeks' | 'order';
}

/** A layout the loader can read: the two tidy layouts, or a vendor export handled by an importer. */
export type LayoutName = string;

export interface LoadedFile {
  file: string;
  sha256: string;
  layout: LayoutName;
  /** Data rows read (header and preamble excluded). */
  rows: number;
  /** Character encoding the bytes were decoded from. */
  encoding: 'utf-8' | 'windows-1252';
  delimiter: string;
  decimal: 'dot' | 'comma';
  bands: Band[];
  warnings: AnalysisWarning[];
  /** Workbooks: the sheet read (`delimiter` is then "xlsx"). */
  sheet?: string;
}
