/**
 * The contract between an instrument importer and the rest of `load`: an importer recognises its
 * export from the header and turns the rows into lane measurements. It knows nothing of the
 * experimental design; `layoutSheet.ts` joins the rows to the design by membrane and lane.
 */
import type { AnalysisWarning, SourceLocation } from '../../errors.js';
import type { DecimalMark } from '../numberCells.js';
import type { Table } from '../readTable.js';

/** One band (or lane total) as the instrument exported it. */
export interface VendorRow {
  at: SourceLocation;
  /** Image / blot name written in the export itself (e.g. Image Studio `Image Name`); null when it has none. */
  membrane: string | null;
  /** Lane, capillary or shape name as written in the export. */
  lane: string;
  /** Band label, peak name or antibody written in the export, when there is one. */
  targetLabel?: string;
  /** Detection channel (LI-COR 700 / 800, Compass CHEMI ...), when the export has one. */
  channel?: string;
  /** Background-corrected signal; null for missing cells. */
  signal: number | null;
  saturated?: boolean;
}

export interface VendorContext {
  file: string;
  /** Index in `table.rows` of the header row (after any preamble). */
  headerIndex: number;
  /** Force the decimal mark instead of detecting it. */
  decimal?: DecimalMark;
}

/** Rows an importer leaves out on purpose (ladder, standards), counted for a warning. */
export interface SkippedRows {
  reason: 'ladder' | 'standard';
  count: number;
}

export interface VendorReadResult {
  rows: VendorRow[];
  /** Data rows read below the header (blank rows excluded). */
  dataRows: number;
  decimal: DecimalMark;
  /** Header of the column the signal was read from, e.g. `Adj. Volume (Int)`. */
  signalColumn: string;
  skipped: SkippedRows[];
  warnings: AnalysisWarning[];
}

export interface VendorFormat {
  /** Stable name used by `--format` and recorded as the input's layout, e.g. `imagelab-bands`. */
  readonly name: string;
  /** True when a header row (cells folded with `headerKey`) is this export's header. */
  detect(keys: readonly string[]): boolean;
  read(table: Table, context: VendorContext): VendorReadResult;
}
