/**
 * The types `load` shares among its modules and with `normalize`: typed band records (one per
 * measured band), the loader's options and inputs, and what a layout reader returns. This module
 * imports none of its siblings, so that load/'s modules can all import it without a circle.
 */
import type { SourceLocation, AnalysisWarning } from '../errors.js';

/** Which character marks decimals in numeric cells. */
export type DecimalMark = 'dot' | 'comma';

/** The cell separators of delimited text. */
export type Delimiter = ',' | ';' | '\t' | '|';

export interface LoadOptions {
  /** Force the decimal mark (default: detected per file). */
  decimal?: DecimalMark;
  /** Force the delimiter (default: detected from the header line). */
  delimiter?: Delimiter;
  /** Force a format by name, e.g. `imagelab-bands` (default: detected from the header; see `listFormats`). */
  format?: string;
  /** Lane layout sheet giving instrument exports their design (membrane, lane -> line, status, treatment ...). */
  layout?: InputBytes;
  /** Targets of instrument exports: `NAME` for every file, or `FILE=NAME`. */
  target?: readonly string[];
  /** Targets per detection channel of instrument exports, e.g. `800=pERK`. */
  channel?: readonly string[];
  /** Workbooks: the sheets to read, `NAME` for every workbook or `FILE:NAME`, repeatable (default: the first that reads as data, with the sheets that share its header). */
  sheet?: readonly string[];
}

/** An input as bytes: the loader does no I/O itself. `name` is what messages call the file. */
export interface InputBytes {
  name: string;
  bytes: Uint8Array;
}

/** What reading one table with one layout (tidy or an instrument's) gives. */
export interface LayoutReadResult {
  layout: LayoutName;
  rows: number;
  decimal: DecimalMark;
  delimiter: string;
  bands: Band[];
  warnings: AnalysisWarning[];
}

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
  /** Workbooks: the sheet read (`delimiter` is then "xlsx"); the first, when several were. */
  sheet?: string;
  /** Workbooks: every sheet read, when several were read together (one per replicate, or `--sheet` given several times). */
  sheets?: string[];
}
