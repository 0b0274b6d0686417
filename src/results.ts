/**
 * results.json: the machine-readable result of one analysis. Other programs read it, so its field
 * names are a contract: renaming or removing one needs a new major `schemaVersion`; adding one
 * needs a new minor version. The README documents every field.
 */
import type { AnalysisWarning } from './errors.js';
import type { LayoutName } from './load/types.js';
import type { Design, FlaggedBand, LoadingLane, NormalizedLane } from './normalize/types.js';
import type { AnalysisSettings } from './settings.js';
import type { Comparison, Levels } from './stats/comparisonTypes.js';
import type { DoseResponse } from './stats/doseResponseTypes.js';
import type { Verdict } from './rules/types.js';
import type { RulesUsed } from './rules/ruleSetTypes.js';
import type { FollowUp } from './rules/followUpTypes.js';
import type { SingleModelReading } from './rules/singleModelReading.js';
import type { GenotypeSummary } from './genotype/types.js';
import type { Trajectory } from './rules/trajectoryTypes.js';

export const SCHEMA_VERSION = '3.0.0';

export interface InputSummary {
  file: string;
  sha256: string;
  layout: LayoutName;
  rows: number;
  encoding: string;
  delimiter: string;
  decimal: 'dot' | 'comma';
  /** Workbooks (schema 2.1): the sheet read; `delimiter` is then "xlsx". */
  sheet?: string;
  /** Workbooks: every sheet read, when several were read together (one per replicate); `sheet` is then the first. */
  sheets?: string[];
}

/** The lab's own names for one analysis, carried into the report, the PDF and results.json. */
export interface ExperimentInfo {
  id: string | null;
  operator: string | null;
  title: string | null;
}

export interface Results {
  schemaVersion: string;
  tool: { name: string; version: string };
  /**
   * ISO time of the analysis: the command line and the browser app stamp the time they ran, or
   * SOURCE_DATE_EPOCH when set (byte-identical reruns). Null only from a library call given no time.
   */
  generatedAt: string | null;
  /** --experiment, --operator, --title (schema 3.1): what the lab calls this run; null where not given. */
  experiment: ExperimentInfo;
  inputs: InputSummary[];
  settings: AnalysisSettings;
  design: Design;
  /** Every normalised lane (normalized.csv). In results.json only with --lanes-in-json (schema 3). */
  lanes: NormalizedLane[];
  loading: LoadingLane[];
  flaggedBands: FlaggedBand[];
  comparisons: Comparison[];
  /** Basal phospho/total and total protein, resistant versus sensitive, once per vehicle time (schema 2). */
  levels: Levels[];
  /** One log-logistic curve per model x treatment x time x target with a dose series (schema 2.1). */
  doseResponses: DoseResponse[];
  /** The rule set behind the verdicts: name, version, source (`default` or the --rules file), thresholds, precedence. */
  rules: RulesUsed;
  verdicts: Verdict[];
  /** Arms that are not a TRK inhibitor alone, each read on one readout against the arm it follows up (docs/follow-up.md); empty when there are none. */
  followUps?: FollowUp[];
  /** Present with --variants: the sequencing files (sha256), how their samples mapped to the models, unmatched samples. */
  genotype?: GenotypeSummary;
  /** Present with a stage column (weeks_on_drug, passage, stage...): one per lineage and drug condition (docs/resistance-over-time.md). */
  trajectories?: Trajectory[];
  /**
   * Present when the design has one model status only (the resistant line alone, or the parental
   * alone): no comparison and no verdict, but per model and drug condition the fractions of vehicle,
   * their zones and a provisional reading (rules/singleModelReading.ts; docs/workbooks.md).
   */
  singleModelReadings?: SingleModelReading[];
  warnings: AnalysisWarning[];
  /** How the inputs were read (signal column chosen, thousands separators, names merged by case, encoding): informative, not problems. */
  notes: AnalysisWarning[];
}

/**
 * results.json as written: `Results` with `lanes` only on request (`--lanes-in-json`) and, when the
 * CLI wrote an output folder, the list of its files. docs/results.schema.json is generated from this
 * type (`npm run schema`).
 */
export type ResultsJson = Omit<Results, 'lanes'> & {
  /** Every normalised lane, as in normalized.csv; only with --lanes-in-json (schema 3). */
  lanes?: NormalizedLane[];
  /** The files of the output folder this results.json was written into (blotbypass-manifest.json has their sizes and SHA-256); absent on stdout and in the library. */
  outputFiles?: string[];
};
