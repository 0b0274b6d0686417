/** Every user-facing sentence of the report stage. */
import type { Thresholds } from '../rules/ruleSetTypes.js';
import type { Confidence, Evidence, Mechanism, WithheldReason } from '../rules/types.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Words for numbers a reader sees: `1,234`. */
const count = (n: number): string => n.toLocaleString('en-US');

/** Condition of a lane or comparison as printed everywhere in the report. */
function conditionLabel(treatment: string, dose_nM: number | null, time_h: number | null): string {
  const parts = [treatment];
  if (dose_nM !== null && dose_nM !== 0) parts[0] = `${treatment} ${dose_nM} nM`;
  if (time_h !== null) parts.push(`${time_h} h`);
  return parts.join(', ');
}

const MECHANISM_LABELS: Record<Mechanism, string> = {
  'on-target': 'on-target resistance (NTRK kinase-domain mutation likely)',
  'mapk-bypass': 'MAPK bypass',
  'pi3k-akt-bypass': 'PI3K-AKT bypass',
  'rtk-bypass': 'receptor tyrosine kinase bypass',
  'non-genetic': 'non-genetic resistance (EMT)',
  inconclusive: 'inconclusive',
  'assay-invalid': 'assay cannot tell mechanisms apart',
};

const CONFIDENCE_LABELS: Record<Confidence, string> = {
  strong: 'strong',
  moderate: 'moderate',
  provisional: 'provisional',
};

const WITHHELD_LABELS: Record<WithheldReason, string> = {
  'grey-zone': 'a fraction of vehicle lies in the grey zone between suppressed and sustained',
  'interval-spans': 'a confidence interval spans a threshold',
  'not-significant': 'the resistant-versus-sensitive difference is not significant',
  'descriptive-only': 'too few replicates: the result is descriptive only',
  'no-pattern': 'no mechanism pattern fits',
  'not-measured': 'a target the rules need was not measured',
};

const OUTCOME_LABELS: Record<Evidence['outcome'], string> = {
  fired: 'fits',
  'not-fired': 'does not fit',
  'not-evaluable': 'undecided',
};

const SURE: Record<Confidence, string> = {
  strong: 'strong evidence',
  moderate: 'moderate evidence (see why below)',
  provisional: 'provisional',
};

export const reportMessages = {
  // labels shared by charts and tables
  conditionLabel,
  vehicleLabel: (treatment: string, time_h: number | null) => conditionLabel(treatment, null, time_h),
  mechanismLabel: (mechanism: Mechanism) => MECHANISM_LABELS[mechanism],
  confidenceLabel: (confidence: Confidence) => CONFIDENCE_LABELS[confidence],
  outcomeLabel: (outcome: Evidence['outcome']) => OUTCOME_LABELS[outcome],
  withheldLabel: (reason: WithheldReason) => WITHHELD_LABELS[reason],

  // page
  // A screen's thousand names would fill the first screen: the first few, then how many more.
  pageTitle: (models: readonly string[]) => `blotbypass report: ${models.length <= 8 ? models.join(', ') : `${models.slice(0, 6).join(', ')} and ${count(models.length - 6)} more models`}`,
  pageSubtitle: (version: string, files: number, targets: number, replicates: number) =>
    `blotbypass ${version}; ${plural(files, 'input file')}, ${plural(targets, 'target')}, ${plural(replicates, 'replicate')}`,
  noScriptNote: () => 'charts are static images; open the file in a browser with JavaScript for tooltips',
  contents: () => 'contents',

  // section titles
  sectionAnswer: () => 'answer',
  settingNotSet: () => 'not set (the default applies)',
  settingNone: () => 'none',
  settingYes: () => 'yes',
  settingNo: () => 'no',
  sectionVerdicts: () => 'evidence behind each verdict',
  answerCall: (label: string, drivers: readonly string[], noMechanism: boolean) =>
    noMechanism ? label : `${label}${drivers.length > 0 ? ` (${drivers.join(', ')})` : ''}`,
  answerConfidence: (confidence: Confidence, replicates: number | null) =>
    `- ${SURE[confidence]}${replicates === null || replicates === 0 ? '' : `, ${replicates} biological replicate${replicates === 1 ? '' : 's'}`}.`,
  answerNext: (step: string) => ` Next: ${step}.`,
  cappedAnswers: (shown: number, total: number) => `the first ${shown} of ${total} verdicts; every one is in the evidence section below and in results.json`,
  sectionKeyChart: () => 'drug effect',
  sectionPhosphoTotal: () => 'every replicate',
  sectionHeatmap: () => 'resistant versus sensitive',
  sectionQuality: () => 'quality',
  sectionTables: () => 'numbers',
  sectionWarnings: () => 'warnings',
  sectionMethods: () => 'methods',
  sectionProvenance: () => 'provenance',

  // verdicts
  noVerdict: () => 'no verdict: the rules produced no call for this input. The charts and tables below show the measurements; the verdict needs a resistant model, its sensitive partner, a drug condition and vehicle lanes.',
  verdictHeading: (line: string, versus: string, condition: string) => `${line} versus ${versus}, ${condition}`,
  verdictMechanism: () => 'mechanism',
  verdictDrivers: () => 'drivers',
  verdictConfidence: () => 'confidence',
  verdictConfidenceNotes: () => 'why not strong',
  verdictReplicates: () => 'replicates',
  verdictWithheld: () => 'no call because',
  verdictResembles: () => 'pattern resembles',
  verdictEvidence: () => 'evidence',
  verdictHints: () => 'hints',
  verdictNextSteps: () => 'next steps',
  verdictGenotype: () => 'genotype',
  verdictConcordance: () => 'blot and genotype',
  noNextSteps: () => 'none given',
  cappedVerdicts: (shown: number, total: number) => `showing the first ${count(shown)} of ${count(total)} verdicts; all are in results.json`,

  // chart descriptions: one sentence each, in the page and as <desc> in the chart's SVG
  describeKey: () => 'Each model\'s phospho signal under the drug as a fraction of vehicle, with its confidence interval',
  describePhosphoTotal: () => 'Every replicate\'s phospho/total ratio per model and condition, with the geometric mean',
  describeHeatmap: () => 'The log2 ratio of each resistant model over its sensitive partner, per target and condition',
  describeLoading: (lanes: number, flagged: number) => `The loading-control signal of ${count(lanes)} lanes over their membrane's median; ${count(flagged)} flagged for drift or saturation`,
  describeDose: () => 'Fraction of vehicle against dose for each model and target, with the fitted curves',
  describeTime: () => 'Fraction of vehicle against time for each model and target',
  describeScreen: () => 'Fraction of vehicle of every model and target at the verdict\'s condition',
  describePathway: () => 'Each probed protein\'s state under the drug in the resistant model, on the TRK signalling map',
  /** The verdicts a chart rests on, after what it shows: `...; KM12-LR vs KM12, ...: MAPK bypass (strong) - pERK stays at 72 %...` */
  describeVerdicts: (lead: string, summaries: readonly string[], more: number) =>
    `${lead}${summaries.length > 0 ? `; ${summaries.join('; ')}` : ''}${more > 0 ? `; and ${count(more)} more verdicts (see the tables)` : ''}.`,
  tablePointer: () => 'Its numbers, without hovering: the tables under "numbers"',
  tablePointerEnd: () => ', and the CSV files.',

  // charts
  chartKeyTitle: () => 'fraction of vehicle under drug, resistant versus sensitive',
  chartKeyCaption: (level: number, suppressed: number, sustained: number, linearModel: boolean) =>
    `Each target's phospho/total under the drug as a fraction of vehicle (same model and time), ${linearModel ? 'as estimated by the blocked linear model' : 'the geometric mean of the per-replicate fractions'}, with ${percent(level)} confidence intervals, log scale. Light band: suppressed (at most ${percent(suppressed)} of vehicle); darker band: sustained (at least ${percent(sustained)} of vehicle); dashed line: the vehicle level.`,
  chartPhosphoTotalTitle: () => 'phospho/total ratio per condition',
  chartPhosphoTotalCaption: () =>
    'Every replicate as a point (phospho signal over total signal of the same protein, both loading-normalised when on different membranes); short bars: geometric mean per model and condition. Log scale, one panel per target with its own scale.',
  chartHeatmapTitle: () => 'log2 resistant / sensitive',
  chartHeatmapCaption: (alpha: number, minFold: number) =>
    `Estimated log2 ratio of the resistant model over its sensitive partner (linear model): fraction of vehicle under each drug condition, basal phospho/total and total protein in vehicle lanes. Light orange: higher in the resistant model; dark blue: lower; grey: no change (lightness rises with the ratio, so the sign survives grey print). * a difference that counts for the rules: at least ${Number(minFold.toPrecision(3))}-fold with p < ${alpha}; n/a: not measured in both models.`,
  chartLoadingTitle: () => 'loading control per lane',
  chartLoadingCaption: (fold: number) =>
    `Loading-control signal of each lane over its membrane's median; dashed lines at ${fold}x and 1/${fold}x mark loading drift. Black rings: drift; black squares: saturated loading control (each point's own colour and shape is its model).`,
  axisTarget: () => 'target',
  axisFractionOfVehicle: () => 'phospho/total under drug, fraction of vehicle (log scale)',
  axisRatioLabel: (target: string, basis: string) => `p${target}/${basis === 'phospho/total' ? target : basis === 'phospho/loading' ? 'loading' : target}`,
  tooltipFraction: () => 'fraction of vehicle',
  axisCondition: () => 'condition',
  axisPhosphoTotal: () => 'phospho/total (a.u., log scale)',
  axisComparison: () => 'comparison',
  axisLog2Ratio: () => 'log2(resistant ÷ sensitive)',
  axisLane: () => 'lane',
  axisLoadingRelative: () => 'loading ÷ membrane median (fold)',
  legendModel: () => 'model',
  legendStatus: () => 'status',
  loadingFlagOk: () => 'ok',
  loadingFlagDrift: () => 'drift',
  loadingFlagSaturated: () => 'saturated',
  bandSuppressed: (value: number) => `suppressed (≤ ${percent(value)})`,
  bandSustained: (value: number) => `sustained (≥ ${percent(value)})`,
  heatmapDrug: (condition: string) => `f: ${condition}`,
  heatmapBasal: (time_h: number | null, several: boolean) => (several && time_h !== null ? `basal, ${time_h} h` : 'basal'),
  heatmapTotal: (time_h: number | null, several: boolean) => (several && time_h !== null ? `total protein, ${time_h} h` : 'total protein'),
  notAvailable: () => 'n/a',
  thinnedPoints: (shown: number, total: number) =>
    `showing ${count(shown)} of ${count(total)} points (evenly spaced ranks within each model, condition and target, so the spread is kept); every value is in normalized.csv`,
  pngNoFonts: () => 'no Liberation Sans or DejaVu Sans font was found: the PNG charts may lack their text (install fonts-liberation2); the SVG charts and the report are complete',
  cappedGroups: (shown: number, total: number, what: string) => `showing the first ${count(shown)} of ${count(total)} ${what}; every value is in results.json`,
  groupsConditions: () => 'conditions',
  groupsCells: () => 'comparisons',
  groupsMembranes: () => 'membranes',
  groupsTargets: () => 'targets',
  groupsModels: () => 'models',
  groupsLanes: () => 'lanes of the membrane',
  chartFailed: () => 'the interactive chart could not be drawn; the static image above is complete',

  // quality
  qualityFlaggedLanes: () => 'flagged lanes (loading drift or saturated loading control)',
  qualityNoFlaggedLanes: () => 'no lane is flagged: every loading control is within the drift limit and none is saturated.',
  qualityFlaggedBands: () => 'bands left out or flagged',
  qualityNoFlaggedBands: () => 'no band was left out or flagged.',
  qualityLoadingControls: () => 'loading control per membrane',
  qualityNoLoadingControl: () => 'none (equal loading assumed)',

  // tables
  tableComparisons: () => 'resistant versus sensitive, per condition and target',
  tableLanes: () => 'normalised values per lane and target',
  cappedRows: (shown: number, total: number, file: string) => `showing the first ${count(shown)} of ${count(total)} rows; every row is in ${file}`,
  noRows: () => 'no rows.',
  /** Accessible name of a table's scroll box (a keyboard user scrolls it after tabbing to it). */
  tableLabel: (columns: readonly string[]) => `table: ${columns.join(', ')}`,
  /** Accessible name of a chart's scroll box. */
  chartLabel: (title: string) => `chart: ${title}`,
  columnModel: () => 'model',
  columnVersus: () => 'versus',
  columnCondition: () => 'condition',
  columnTarget: () => 'target',
  columnFResistant: () => 'f resistant [CI]',
  columnFSensitive: () => 'f sensitive [CI]',
  columnDrugLog2: () => 'f: log2 R/S [CI]',
  columnTest: () => 'test',
  columnP: () => 'p',
  columnPAdjusted: () => 'p adj. (panel BH, exploration)',
  columnN: () => 'n',
  columnCiLow: () => 'CI low',
  columnGeometricMean: () => 'geometric mean',
  columnCiHigh: () => 'CI high',
  columnBasalLog2: () => 'basal: log2 R/S',
  columnTotalLog2: () => 'total: log2 R/S',
  columnFlags: () => 'flags',
  columnReplicate: () => 'replicate',
  columnMembrane: () => 'membrane',
  columnLane: () => 'lane',
  columnPhospho: () => 'phospho',
  columnTotal: () => 'total',
  columnLoading: () => 'loading',
  columnRatio: () => 'phospho/total',
  columnFraction: () => 'f',
  columnControl: () => 'loading control',
  columnSignal: () => 'signal',
  columnRelative: () => '÷ median',
  columnFlag: () => 'flag',
  columnBand: () => 'band',
  columnSource: () => 'source',
  columnGene: () => 'gene',
  columnChange: () => 'change',
  columnClass: () => 'class',
  columnVaf: () => 'VAF',
  columnCopies: () => 'copies',
  columnSample: () => 'sample',
  columnAcquired: () => 'acquired',
  acquiredYes: () => 'yes',
  acquiredNo: (sensitive: string) => `no: also in ${sensitive} (not counted)`,
  acquiredSelected: (sensitive: string) => `selected: in ${sensitive} at a far lower VAF (counted)`,
  columnFile: () => 'file',
  columnSha256: () => 'SHA-256',
  columnLayout: () => 'layout',
  columnRows: () => 'rows',
  columnEncoding: () => 'encoding',
  columnDelimiter: () => 'delimiter',
  columnDecimal: () => 'decimal',
  columnOption: () => 'option',
  columnValue: () => 'value',
  columnLocation: () => 'where',
  columnMessage: () => 'warning',

  // warnings
  noWarnings: () => 'no warnings.',
  notesTitle: () => 'notes: how the inputs were read',
  cappedWarnings: (shown: number, total: number) => `showing the first ${count(shown)} of ${count(total)} warnings; all are in results.json`,

  // methods paragraph, one sentence per function
  methodsIntro: () => 'paste into a lab notebook; every number is the value used for this analysis.',
  methodsInput: (version: string, files: number, replicates: number, models: string) =>
    `Background-corrected band densitometry (${plural(files, 'file')}) was analysed with blotbypass ${version} for ${models}, ${plural(replicates, 'biological replicate')}.`,
  methodsSaturation: (threshold: number | null, kept: boolean) =>
    `${threshold === null ? 'Bands marked saturated in the input' : `Bands marked saturated or with a signal of ${threshold} or more`} were ${kept ? 'kept in the analysis and flagged' : 'left out of the analysis (outside the linear range)'}, as were bands with a signal of zero or below.`,
  methodsLoading: (controls: string) => `Each band was divided by the loading control of its lane on the same membrane (${controls}).`,
  methodsLoadingNone: () => 'No loading control was measured; signals were used as measured, assuming equal loading.',
  methodsRatio: (phosphoTotal: string, phosphoLoading: string) =>
    `${phosphoTotal ? `Phospho signals were divided by the total signal of the same protein in the same sample (${phosphoTotal}); where phospho and total were on different membranes, each was first normalised to its own membrane's loading control.` : ''}${phosphoTotal && phosphoLoading ? ' ' : ''}${phosphoLoading ? `Without a total band, phospho signals were normalised to the loading control only (${phosphoLoading}).` : ''}`,
  methodsFraction: () =>
    'The fraction of vehicle (f) of each target was the ratio under drug divided by the ratio in the vehicle lanes of the same model at the same time point.',
  methodsSummary: (level: number) =>
    `Ratios were analysed as log2 values; intervals are two-sided ${percent(level)} t-based confidence intervals.`,
  methodsModel: () =>
    'For each resistant model, its sensitive partner and each target, one linear model was fitted to the log2 ratio of every lane of both models, with the replicate (membrane) as a block and a mean for each model and condition (equivalent to log2 ratio ~ block + model × condition). Each model\'s log2 f (drug minus vehicle), the resistant-versus-sensitive difference of log2 f (the model × condition interaction) and the basal differences in vehicle lanes were read as contrasts of this model with its residual degrees of freedom; total protein over loading control was analysed the same way.',
  methodsVariance: (perModel: readonly string[]) =>
    `In each fit the two models' residual variances were compared by a REML likelihood-ratio test (generalised least squares with one variance per model, as R nlme::gls with weights = varIdent(form = ~ 1 | model), Bartlett-corrected for small df); where p < 0.05, the residual SDs differed at least 1.5-fold and each model kept at least 2 residual df, the per-model variances were used, with Satterthwaite degrees of freedom (as emmeans for gls)${perModel.length > 0 ? `: ${perModel.join('; ')}` : ': in no fit of this analysis'}; otherwise one pooled residual variance.`,
  methodsTests: (paired: boolean, welch: boolean) =>
    `Resistant and sensitive models were compared on per-replicate log2 values (fraction of vehicle, basal phospho/total and total protein in vehicle lanes) with ${[paired ? 'two-sided paired t-tests across the replicates both models share' : '', welch ? "Welch's two-sided t-tests" : ''].filter(Boolean).join(' and ') || 'two-sided t-tests'}.`,
  methodsCorrection: () =>
    'Multiplicity followed the rules\' pre-specified hypotheses: each mechanism rule reads one resistant-versus-sensitive contrast at its own p; the candidate receptors of receptor bypass were adjusted together (Benjamini-Hochberg) and tested only after the bypass itself was established (serial gatekeeping). Panel-wide Benjamini-Hochberg p values in the tables are for exploration only.',
  methodsDrift: (fold: number, weak: number) =>
    `Lanes whose loading control differed more than ${fold}-fold from the median of their membrane were flagged, as were reference (vehicle) lanes whose signal was below ${percent(weak)} of the median of the other vehicle lanes of that antibody on the membrane.`,
  methodsThresholds: (t: Thresholds) =>
    `A target counted as suppressed by the drug when f ≤ ${t.suppressed} and as sustained when f ≥ ${t.sustained} (values in between were not called); a resistant-versus-sensitive difference counted when it was at least ${Number((2 ** t.minLog2Ratio).toPrecision(3))}-fold (|log2 ratio| ≥ ${t.minLog2Ratio}) with p below ${t.alpha}; a verdict needed ${t.minReplicates} biological replicates (${t.provisionalReplicates}: provisional; fewer: descriptive only).`,
  methodsRuleSet: (name: string, version: string, source: string, thresholds: string) =>
    `Mechanisms were assigned with the rule set ${name} ${version} (${source === 'default' ? 'the blotbypass default' : source}); thresholds: ${thresholds}.`,

  // provenance
  provenanceTool: () => 'tool',
  provenanceSchema: () => 'results schema',
  provenanceCharts: () => 'charts drawn with',
  provenanceInputs: () => 'input files',
  provenanceOptions: () => 'options',
  provenanceRules: () => 'rule set',
  provenanceRuleSet: (name: string, version: string, source: string, precedence: readonly string[]) =>
    `${name} ${version} (${source === 'default' ? 'default' : source}); rules in order of precedence: ${precedence.join(', ')}`,

  // numbers
  ciRange: (low: string, high: string) => `[${low}, ${high}]`,
  pBelow: (limit: number) => `< ${limit}`,
  missingValue: () => '-',
} as const;

function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(6))} %`;
}
