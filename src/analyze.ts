/**
 * The blotbypass pipeline, one way, pure functions between stages:
 *
 *   input bytes
 *     -> 1. load       files to typed band records (every error located by file:row:column)
 *     -> 2. normalize  loading control, phospho/total, reference lanes, quality flags
 *     -> 3. stats      blocked linear model per model pair and target: fractions of vehicle,
 *                      resistant-vs-sensitive differences, basal levels; a log-logistic curve
 *                      per dose series (IC50, fold shift versus the sensitive partner)
 *     -> 4. rules      resistance mechanism, confidence, evidence, next steps, read on the arms of
 *                      a TRK inhibitor alone; 4b. the other arms (combinations, next-generation
 *                      inhibitors, single agents, ligands) as follow-ups of those verdicts; with a
 *                      stage column, each lineage's trajectory (docs/resistance-over-time.md)
 *     -> 5. genotype   (with --variants) each verdict's variants, blot/genotype concordance
 *     -> Results       (written out by `report/`)
 *
 * No I/O happens here: callers pass bytes in and get a `Results` value out.
 */
import type { AnalysisWarning } from './errors.js';
import { InputError, InputErrors, NOTE_CODES } from './errors.js';
import { checkAnalyzeOptions } from './checkOptions.js';
import { optionMessages } from './messages/options.js';
import { loadMessages } from './messages/load.js';
import { loadFile, type InputBytes, type LoadOptions } from './load/loadFile.js';
import type { Band, LoadedFile } from './load/types.js';
import { unifyNames } from './load/unifyNames.js';
import { checkLoadingAcrossFiles } from './load/loadingAcrossFiles.js';
import { normalize } from './normalize/normalize.js';
import { compareModels, type ComparisonResult } from './stats/compareModels.js';
import type { DoseResponse } from './stats/doseResponseTypes.js';
import type { NormalizedData } from './normalize/types.js';
import { fitDoseResponses } from './stats/doseResponses.js';
import { decideVerdicts, rulesUsed, type ActiveRules } from './rules/decideVerdicts.js';
import { defaultRuleSet } from './rules/defaultRuleSet.js';
import { singleModelReadings } from './rules/singleModelReading.js';
import { singleModelMessages } from './messages/singleModel.js';
import { attachGenotype, readGenotypeFiles, type GenotypeFiles } from './genotype/genotype.js';
import { genotypeMessages } from './messages/genotype.js';
import { SCHEMA_VERSION, type ExperimentInfo, type Results } from './results.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './settings.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { appendAll } from './arrays.js';
import { lineagesOf, stagesOfLines, type Lineage } from './normalize/lineages.js';
import { lineageTrends } from './stats/lineageTrend.js';
import { readTrajectories } from './rules/trajectories.js';
import { readFollowUpArms, splitArms } from './followUpStage.js';

export interface AnalyzeOptions extends LoadOptions {
  settings?: Partial<AnalysisSettings>;
  /** Seconds since the epoch to stamp the results with (the time of the run, or SOURCE_DATE_EPOCH); omitted = no time stamp. */
  sourceDateEpoch?: number;
  /** --experiment, --operator, --title: the lab's names for this run. */
  experiment?: Partial<ExperimentInfo>;
  /** The rule set of step 4 (`--rules`); omitted = the default TRK set. */
  rules?: ActiveRules;
  /** Step 5: sequencing results (MAF or gene/protein-change/sample tables); omitted = no genotype stage. */
  variants?: readonly InputBytes[];
  /** Step 5: CSV sample,line mapping sequenced samples to the blot's models. */
  sampleMap?: InputBytes;
  /** Step 5: JSON entries consulted before the built-in variant classification. */
  variantClasses?: InputBytes;
  /** Drug names to a drug class (`--drug-class NAME=CLASS`), added to the drug table (docs/follow-up.md). */
  drugClasses?: Record<string, string>;
  /** Told as the pipeline advances, for a progress display; see `ProgressCallback`. */
  onProgress?: ProgressCallback;
}

/**
 * Progress of a long analysis: `done` of `total` units of `stage`. The stages, in order: `load`
 * (units are files), then `normalize`, `compare`, `curves`, `rules` and, with variants, `genotype` (one unit
 * each: 0 of 1 when it starts, 1 of 1 when it ends). Purely informative: nothing depends on it.
 */
export type ProgressCallback = (stage: string, done: number, total: number) => void;

/**
 * Step 1 alone: read and check every input, then compare model and treatment names across the files
 * without case (unifyNames). Used by `blotbypass validate`.
 */
export function loadInputs(inputs: readonly InputBytes[], options: LoadOptions = {}, onProgress?: ProgressCallback): LoadedFile[] {
  if (inputs.length === 0) throw new InputError('no-files', loadMessages.noFiles());
  const loaded = inputs.map((input, i) => {
    onProgress?.('load', i, inputs.length);
    const file = loadFile(input, options);
    onProgress?.('load', i + 1, inputs.length);
    return file;
  });
  const names = unifyNames(loaded.flatMap((f) => f.bands));
  // One loading-control value per lane, across files (phospho and total exported apart).
  const loading = loaded.length > 1 ? checkLoadingAcrossFiles(names.bands) : { bands: names.bands, warnings: [] };
  const keptBands = new Set(loading.bands);
  let offset = 0;
  return loaded.map((f) => {
    const bands = names.bands.slice(offset, offset + f.bands.length).filter((b) => keptBands.has(b));
    offset += f.bands.length;
    const mine = (w: AnalysisWarning) => w.at?.file === f.file;
    return { ...f, bands, warnings: [...f.warnings, ...names.warnings.filter(mine), ...loading.warnings.filter(mine)] };
  });
}

/** Runs one single-unit stage between its two progress calls. */
function stage<T>(name: string, onProgress: ProgressCallback | undefined, run: () => T): T {
  onProgress?.(name, 0, 1);
  const result = run();
  onProgress?.(name, 1, 1);
  return result;
}

/** Every option of analyze(): typed so that an option added to AnalyzeOptions must be added here too. */
const ANALYZE_OPTION_NAMES = Object.keys({
  settings: true, sourceDateEpoch: true, experiment: true, rules: true, variants: true, sampleMap: true, variantClasses: true,
  drugClasses: true, onProgress: true, decimal: true, delimiter: true, format: true, layout: true, target: true, channel: true, sheet: true,
} satisfies Record<keyof AnalyzeOptions, true>);

export function analyze(inputs: readonly InputBytes[], options: AnalyzeOptions = {}): Results {
  const prepared = prepareAnalysis(inputs, options);
  const { normalized, settings, lineages, onProgress } = prepared;
  // 3. stats
  const compared = stage('compare', onProgress, () => compareModels(normalized, settings.confidenceLevel, settings.test, lineages));
  const doseResponses = stage('curves', onProgress, () => fitDoseResponses(normalized, settings.confidenceLevel));
  return finishAnalysis(prepared, compared, doseResponses);
}

/** Steps 1-2 done, with what the later steps read: `analyze` runs step 3 in this thread, parallel/analyzeParallel.ts in worker threads. */
export interface PreparedAnalysis {
  options: AnalyzeOptions;
  settings: AnalysisSettings;
  onProgress: ProgressCallback | undefined;
  inputSummaries: Results['inputs'];
  normalized: NormalizedData;
  lineages: Lineage[];
  genotypeFiles: GenotypeFiles | null;
  warnings: AnalysisWarning[];
}

/** Steps 1 (load) and 2 (normalize), after the options are checked. */
export function prepareAnalysis(inputs: readonly InputBytes[], options: AnalyzeOptions = {}): PreparedAnalysis {
  checkAnalyzeOptions(options, ANALYZE_OPTION_NAMES);
  if (!Array.isArray(inputs) || !inputs.every((i) => typeof i?.name === 'string' && i.bytes instanceof Uint8Array)) {
    throw new InputErrors([new InputError('bad-option', optionMessages.notInput('inputs[]'), undefined, optionMessages.hint())]);
  }
  const settings: AnalysisSettings = { ...DEFAULT_SETTINGS, ...options.settings, pairs: [...(options.settings?.pairs ?? DEFAULT_SETTINGS.pairs)] };
  // 1. load
  const { onProgress } = options;
  const loaded = loadInputs(inputs, options, onProgress);
  const inputSummaries = loaded.map((f) => ({ file: f.file, sha256: f.sha256, layout: f.layout, rows: f.rows, encoding: f.encoding, delimiter: f.delimiter, decimal: f.decimal, ...(f.sheet ? { sheet: f.sheet } : {}), ...(f.sheets ? { sheets: f.sheets } : {}) }));
  let bands: Band[] | null = loaded.flatMap((f) => f.bands);
  const warnings: AnalysisWarning[] = loaded.flatMap((f) => f.warnings);
  loaded.length = 0;
  const genotypeFiles = readGenotypeOptions(options);
  const lineStages = stagesOfLines(bands);
  // 2. normalize. The bands (a million on a large screen) are let go once normalised, so that the
  // later stages do not carry them.
  const normalized = stage('normalize', onProgress, () => withColumnSlips(warnings, () => normalize(bands!, settings)));
  bands = null;
  appendAll(warnings, normalized.warnings);
  const lineages = lineagesOf(lineStages, normalized.design.models, normalized.design.pairs);
  return { options, settings, onProgress, inputSummaries, normalized, lineages, genotypeFiles, warnings };
}

/** Steps 4 (rules) and 5 (genotype) on step 3's results, and `Results` assembled. */
export function finishAnalysis(prepared: PreparedAnalysis, compared: ComparisonResult, doseResponses: DoseResponse[]): Results {
  const { options, settings, onProgress, inputSummaries, normalized, lineages, genotypeFiles, warnings } = prepared;
  appendAll(warnings, compared.warnings);
  // 4. rules
  const rules: ActiveRules = options.rules ?? { ruleSet: defaultRuleSet(), source: 'default' };
  // A verdict is read on the arms of a TRK inhibitor alone; the other arms are follow-ups (4b).
  const arms = splitArms(normalized.design.conditions, compared.comparisons, doseResponses, rules.ruleSet, options.drugClasses);
  appendAll(warnings, arms.plan.warnings);
  const decided = stage('rules', onProgress, () => decideVerdicts(arms.verdictComparisons, compared.levels, rules.ruleSet, settings.confidenceLevel, arms.verdictDoseResponses));
  // 4b. follow-ups
  const { verdicts, followUps } = readFollowUpArms(arms, decided, normalized.lanes, compared.comparisons, rules.ruleSet, settings.confidenceLevel);
  // 4c. A one-status design has no pair to compare: read what it supports (rules/singleModelReading.ts).
  const singleModel = normalized.design.pairs.length === 0 ? singleModelReadings(normalized.lanes, rules.ruleSet, settings.confidenceLevel) : null;
  if (singleModel) warnings.push({ code: 'single-model', message: singleModelMessages.designNote(singleModel[0]?.missing ?? (normalized.design.models[0]?.status === 'resistant' ? 'sensitive' : 'resistant')) });
  // 5. genotype (optional)
  const genotype = genotypeFiles ? stage('genotype', onProgress, () => attachGenotype(verdicts, normalized.design.models, genotypeFiles)) : null;
  if (genotype) appendAll(warnings, genotype.warnings);
  const trajectories = lineages.length > 0
    ? readTrajectories(lineages, genotype?.verdicts ?? verdicts, lineageTrends(normalized, lineages, settings.confidenceLevel), settings.confidenceLevel) : [];

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: options.sourceDateEpoch === undefined ? null : new Date(options.sourceDateEpoch * 1000).toISOString(),
    experiment: { id: options.experiment?.id ?? null, operator: options.experiment?.operator ?? null, title: options.experiment?.title ?? null },
    inputs: inputSummaries,
    settings,
    design: normalized.design,
    lanes: normalized.lanes,
    loading: normalized.loading,
    flaggedBands: normalized.flaggedBands,
    comparisons: compared.comparisons,
    levels: compared.levels,
    doseResponses,
    rules: rulesUsed(rules),
    verdicts: genotype?.verdicts ?? verdicts,
    followUps,
    ...(genotype ? { genotype: genotype.summary } : {}),
    ...(trajectories.length > 0 ? { trajectories } : {}),
    ...(singleModel ? { singleModelReadings: singleModel } : {}),
    warnings: warnings.filter((w) => !NOTE_CODES.has(w.code)),
    notes: warnings.filter((w) => NOTE_CODES.has(w.code)),
  };
}

/**
 * A refusal of the design (two bands of one lane and replicate, say) whose cause may be a column name
 * with a slip that was left out (`replicte`): the slip is said first, as its own located problem.
 */
function withColumnSlips<T>(warnings: readonly AnalysisWarning[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    const slips = warnings.filter((w) => w.code === 'misspelt-column').map((w) => new InputError(w.code, w.message, w.at));
    if (slips.length === 0 || !(error instanceof InputError)) throw error;
    throw new InputErrors([...slips, ...(error instanceof InputErrors ? error.errors : [error])]);
  }
}

/** Step 5's inputs, read before the analysis runs so that their errors come first. */
function readGenotypeOptions(options: AnalyzeOptions): GenotypeFiles | null {
  if (options.variants === undefined || options.variants.length === 0) {
    if (options.sampleMap || options.variantClasses) throw new InputError('genotype-without-variants', genotypeMessages.withoutVariants(), undefined, genotypeMessages.withoutVariantsHint());
    return null;
  }
  return readGenotypeFiles({
    variants: options.variants,
    ...(options.sampleMap ? { sampleMap: options.sampleMap } : {}),
    ...(options.variantClasses ? { variantClasses: options.variantClasses } : {}),
  });
}
