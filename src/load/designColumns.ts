/**
 * Header names people actually use for the design and signal columns of the tidy layouts.
 *
 * Headers are compared after `headerKey()`: lower-cased, µ as u, every run of non-alphanumerics
 * folded to `_`, so `Adj. Volume (Int)`, `adj_volume_int` and ` ADJ VOLUME (INT) ` are one key.
 */

export type DesignField =
  | 'blot' | 'lane' | 'line' | 'status' | 'treatment' | 'secondDrug' | 'dose' | 'time' | 'replicate' | 'target' | 'signal' | 'saturated'
  | 'stage';

/** Multipliers that turn a dose column's unit into nM, and a time column's unit into hours. */
export interface ColumnUnit {
  toCanonical: number;
  unit: string;
}

export interface DesignColumn {
  field: DesignField;
  index: number;
  header: string;
  unit: ColumnUnit | null;
}

const STAGE_WEEKS = ['weeks_on_drug', 'week_on_drug', 'weeks_on_treatment', 'weeks_of_treatment', 'time_on_drug', 'time_on_treatment', 'time_on_drug_weeks', 'time_on_drug_w', 'time_on_drug_wk'];
const STAGE_DAYS = ['days_on_drug', 'day_on_drug', 'days_on_treatment', 'days_of_treatment', 'time_on_drug_days', 'time_on_drug_d'];
const STAGE_ORDER = ['passage', 'passage_number', 'stage', 'resistance_stage', 'lineage_stage'];

const ALIASES: Readonly<Record<DesignField, readonly string[]>> = {
  blot: ['blot', 'membrane', 'gel', 'blot_id', 'membrane_id', 'gel_id', 'blot_name', 'membrane_name', 'image', 'image_name'],
  lane: ['lane', 'lane_no', 'lane_number', 'lane_id', 'well', 'lane_name', 'capillary', 'cap'],
  line: ['line', 'cell_line', 'cellline', 'model', 'sample', 'sample_name', 'cells', 'cell', 'cell_model', 'clone'],
  status: ['status', 'sensitivity', 'phenotype', 'group', 'line_status', 'resistance', 'model_status'],
  treatment: ['treatment', 'condition', 'drug', 'inhibitor', 'compound', 'agent', 'treatment_name'],
  // A combination's second drug in a column of its own (docs/follow-up.md).
  secondDrug: [
    'drug_2', 'drug2', 'second_drug', 'treatment_2', 'treatment2', 'second_treatment', 'combination', 'combination_drug', 'combined_with',
    'co_treatment', 'cotreatment', 'partner_drug', 'inhibitor_2', 'inhibitor2', 'second_inhibitor', 'compound_2', 'compound2', 'agent_2',
  ],
  dose: ['dose', 'concentration', 'conc', 'dose_nm', 'concentration_nm', 'conc_nm'],
  time: ['time', 'time_h', 'time_hr', 'time_hrs', 'time_hours', 'hours', 'hour', 'timepoint', 'time_point', 'duration'],
  replicate: ['replicate', 'rep', 'experiment', 'biological_replicate', 'bio_rep', 'biorep', 'exp', 'replicate_id', 'experiment_id', 'run', 'biological_replicate_id'],
  target: ['target', 'antibody', 'protein', 'band', 'marker', 'analyte', 'primary', 'primary_antibody', 'target_name', 'band_label'],
  signal: [
    // In preference order: when a file has several, the first listed here is the signal.
    'signal', 'adj_volume_int', 'adj_volume', 'adjusted_volume', 'local_background_corrected_volume', 'background_corrected_signal',
    'volume', 'band_volume', 'intensity', 'band_intensity', 'integrated_density', 'intden', 'rawintden', 'density', 'signal_value', 'quantity', 'value',
  ],
  saturated: ['saturated', 'saturation', 'is_saturated', 'saturated_pixels', 'oversaturated'],
  // A lineage's stage (docs/resistance-over-time.md): time on drug in weeks, or an order.
  stage: [...STAGE_WEEKS, ...STAGE_DAYS, ...STAGE_ORDER],
};

const DOSE_UNITS: Readonly<Record<string, number>> = { pm: 0.001, nm: 1, um: 1000, mm: 1_000_000, m: 1_000_000_000 };
const TIME_UNITS: Readonly<Record<string, number>> = { s: 1 / 3600, sec: 1 / 3600, min: 1 / 60, mins: 1 / 60, m: 1 / 60, h: 1, hr: 1, hrs: 1, hours: 1, d: 24, day: 24, days: 24 };

export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replaceAll('µ', 'u')
    .replaceAll('μ', 'u')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Units written after a signal column's name: `Intensity (a.u.)`, `Volume (counts)`, `Signal [AU]`. */
const SIGNAL_UNIT_SUFFIX = /_(a_u|au|arbitrary_units|counts|int|od|rfu|rlu)$/;

/** Identifies a header as a design/signal column, with the unit of a dose or time column. */
export function matchDesignColumn(header: string): { field: DesignField; unit: ColumnUnit | null } | null {
  const full = headerKey(header);
  if (full === '') return null;
  const bare = full.replace(SIGNAL_UNIT_SUFFIX, '');
  const key = bare !== full && ALIASES.signal.includes(bare) ? bare : full;
  for (const field of Object.keys(ALIASES) as DesignField[]) {
    if (ALIASES[field].includes(key)) {
      if (field === 'dose') return { field, unit: unitFromKey(key, DOSE_UNITS) ?? { toCanonical: 1, unit: 'nM' } };
      if (field === 'time') return { field, unit: unitFromKey(key, TIME_UNITS) ?? { toCanonical: 1, unit: 'h' } };
      if (field === 'stage') return { field, unit: STAGE_ORDER.includes(key) ? { toCanonical: 1, unit: 'order' } : { toCanonical: STAGE_DAYS.includes(key) ? 1 / 7 : 1, unit: 'weeks' } };
      return { field, unit: null };
    }
  }
  // Unit-suffixed dose and time columns: dose_uM, concentration_(uM), time_min, time (d).
  const doseMatch = /^(dose|concentration|conc)_([a-z]+)$/.exec(key);
  if (doseMatch) {
    const unit = unitFromSuffix(doseMatch[2]!, DOSE_UNITS);
    if (unit) return { field: 'dose', unit };
  }
  const timeMatch = /^(time|time_point|timepoint|duration)_([a-z]+)$/.exec(key);
  if (timeMatch) {
    const unit = unitFromSuffix(timeMatch[2]!, TIME_UNITS);
    if (unit) return { field: 'time', unit };
  }
  return null;
}

function unitFromKey(key: string, table: Readonly<Record<string, number>>): ColumnUnit | null {
  const suffix = key.split('_').pop() ?? '';
  return key.includes('_') ? unitFromSuffix(suffix, table) : null;
}

function unitFromSuffix(suffix: string, table: Readonly<Record<string, number>>): ColumnUnit | null {
  const factor = table[suffix];
  return factor === undefined ? null : { toCanonical: factor, unit: suffix };
}

/** The header names accepted for a field, for error messages and the README. */
export function aliasesOf(field: DesignField): readonly string[] {
  return ALIASES[field];
}
