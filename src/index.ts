/**
 * blotbypass as a library. The command-line tool (src/cli.ts) is a thin shell around these.
 *
 *   import { analyze, buildDataFiles, buildReportFiles } from 'blotbypass';
 *   const results = analyze([{ name: 'blot.csv', bytes }]);
 */
export { analyze, loadInputs, type AnalyzeOptions, type ProgressCallback } from './analyze.js';
export { analyzeParallel, type ParallelOptions } from './parallel/analyzeParallel.js';
export { InputError, InputErrors, formatWarning, type AnalysisWarning, type SourceLocation } from './errors.js';
export { DEFAULT_SETTINGS, type AnalysisSettings, type ModelPair } from './settings.js';
export { SCHEMA_VERSION, type Results, type InputSummary } from './results.js';

// load
export { loadFile, type InputBytes, type LoadOptions } from './load/loadFile.js';
export { identifyTarget, CORE_PAIRS, LOADING_CONTROLS, knownProteins } from './load/targetNames.js';
export { listFormats, formatNames } from './load/formats.js';
export type { Band, LayoutName, LoadedFile, Status, TargetForm, TargetIdentity } from './load/types.js';

// normalize
export { normalize } from './normalize/normalize.js';
export type { NormalizedData, NormalizedLane, LoadingLane, FlaggedBand, Design, QualityFlagCode, RatioBasis } from './normalize/types.js';

// stats
export { compareModels } from './stats/compareModels.js';
export * from './stats/index.js';
export { fitBlockedCellMeans, cellContrast, type LinearModelFit, type ContrastEstimate, type Observation, type FitOptions } from './stats/linearModel.js';
export type { VarianceChoice } from './stats/perModelVariance.js';
export type { Comparison, GroupComparison, LevelComparison, Levels, RatioSummary, TestName } from './stats/comparisonTypes.js';
export type { DoseResponse } from './stats/doseResponseTypes.js';

// rules
export { decideVerdicts, type ActiveRules } from './rules/decideVerdicts.js';
export { readRules } from './rules/readRules.js';
export type { RuleSet, RulesUsed } from './rules/ruleSetTypes.js';
export { defaultRuleSet } from './rules/defaultRuleSet.js';
export { parseRuleSet } from './rules/parseRuleSet.js';
export { describeRuleSet, ruleSetToJson } from './rules/describeRuleSet.js';
export type { Verdict, Mechanism, Confidence, Evidence, Hint, GenotypeVariant, Concordance } from './rules/types.js';
export { defaultDrugTable, extendDrugTable, DRUG_CLASSES, DRUGS, type DrugTable, type DrugEntry, type DrugClassSpec } from './rules/drugClasses.js';
export { readArm, type Arm, type ArmKind, type ArmDrug } from './rules/readArms.js';
export { drugTableOf } from './rules/followUps.js';
export type { FollowUp, FollowUpLink, FollowUpKind, FollowUpOutcome, FollowUpBearing, FollowUpWithheld, ArmFraction } from './rules/followUpTypes.js';

// genotype
export { attachGenotype, readGenotypeFiles, type GenotypeFiles, type GenotypeInputs, type GenotypeResult } from './genotype/genotype.js';
export { readVariants } from './genotype/readVariants.js';
export { parseProteinChange, formatSubstitution, type ProteinChangeReading, type ProteinSubstitution } from './genotype/proteinChange.js';
export { classifyVariant, type Classification } from './genotype/classifyVariant.js';
export { builtInVariantClasses, canonicalGene, type KnownVariant, type VariantClass, type Strategy } from './genotype/knownVariants.js';
export { readVariantClasses } from './genotype/readVariantClasses.js';
export { readSampleMap, matchSamples } from './genotype/sampleMap.js';
export type { GenotypeSummary, VariantRecord, VariantFile } from './genotype/types.js';

// report
export { buildDataFiles, buildReportFiles } from './report/outputFiles.js';
export { resultsToJson, resultsJsonChunks, type ResultsJsonOptions } from './report/jsonOutput.js';
export { normalizedCsv, comparisonsCsv, neutraliseText } from './report/csvOutput.js';
export { writeOutputSet, type OutputFile } from './report/writeOutputs.js';
