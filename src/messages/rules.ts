/**
 * Every user-facing sentence of the rules stage: evidence sentences, verdict summaries, hints,
 * next steps of the default rule set and the errors of a rules file (the plain-language rule set of
 * `blotbypass rules` is in ruleSetDescription.ts). Kept together so the science can be reviewed as one text.
 */

const q = (s: string): string => JSON.stringify(s);

/** 0.861 -> "86 %", 0.076 -> "7.6 %". */
export function percent(f: number | null): string {
  if (f === null) return 'n/a';
  const x = f * 100;
  return `${Math.abs(x) < 9.95 ? x.toFixed(1) : x.toFixed(0)} %`;
}

/** 0.047, 0.13 -> "4.7-13 %". */
export function percentRange(low: number, high: number): string {
  return `${percent(low).slice(0, -2)}-${percent(high)}`;
}

/** 8.04 -> "8.0x", 0.31 -> "0.31x", 12.6 -> "13x". */
export function fold(x: number | null): string {
  if (x === null) return 'n/a';
  return `${x < 1 ? x.toFixed(2) : x < 9.95 ? x.toFixed(1) : x.toFixed(0)}x`;
}

/** 0.0544 -> "0.054", 0.0004 -> "< 0.001". */
export function pValue(p: number | null): string {
  if (p === null) return 'n/a';
  if (p < 0.001) return '< 0.001';
  return p >= 0.1 ? p.toFixed(2) : p.toPrecision(2);
}

/** A threshold as written in rule texts: 0.2 -> "0.20". */
export const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(Math.max(2, String(x).split('.')[1]?.length ?? 0)));

export const phospho = (target: string): string => `p${target}`;

/** Genes named in copy-number next steps. */
const GENE: Readonly<Record<string, string>> = { HER2: 'ERBB2', HER3: 'ERBB3', TRK: 'NTRK', EGFR: 'EGFR', MET: 'MET' };
const geneOf = (target: string): string => GENE[target] ?? target;

export type MeasureName = 'fraction' | 'basal' | 'total' | 'phospho';

export function measureLabel(measure: MeasureName, target: string): string {
  if (measure === 'fraction') return `${phospho(target)} fraction of vehicle`;
  if (measure === 'basal') return `basal ${phospho(target)}/${target}`;
  if (measure === 'phospho') return `basal ${phospho(target)} (over loading)`;
  return `total ${target}`;
}

export function conditionLabel(treatment: string, dose_nM: number | null, time_h: number | null): string {
  return `${treatment}${dose_nM === null ? '' : ` ${dose_nM} nM`}${time_h === null ? '' : ` ${time_h} h`}`;
}

export interface FractionFacts {
  target: string;
  line: string;
  estimate: number;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  level: number;
  /** The absolute output (resistant under drug over `reference`'s vehicle) rather than a model's own f. */
  reference?: string;
  /** Every drug lane below detection: the estimate is an upper bound. */
  upperBound?: boolean;
}

/** "of vehicle", or "of KM12's vehicle" for an absolute output; "at" or "at most" for an upper bound. */
const ofVehicle = (f: FractionFacts): string => (f.reference ? `of ${f.reference}'s vehicle` : 'of vehicle');
const at = (f: FractionFacts): string => (f.upperBound ? 'at most' : 'at');
const boundNote = (f: FractionFacts): string => (f.upperBound ? ' (every drug lane below detection: an upper bound)' : '');

type Zone = 'suppressed' | 'grey' | 'sustained';
type Mode = 'full' | 'provisional' | 'descriptive';

const modeNote = (mode: Mode, n: number, estimateOnly: boolean): string =>
  mode === 'full' ? '' : estimateOnly ? `; judged on the estimate alone (n = ${n}, ${mode === 'provisional' ? 'provisional' : 'descriptive only'})` : `; provisional (n = ${n})`;

export const ruleMessages = {
  // ---- evidence fragments -------------------------------------------------------------------
  fraction: (f: FractionFacts, zone: Zone, suppressed: number, sustained: number, ci: 'inside' | 'crosses' | 'spans', crossed: number, mode: Mode, estimateOnly: boolean): string => {
    const interval = f.ciLow === null || f.ciHigh === null ? `n = ${f.n}` : `${Math.round(f.level * 100)} % CI ${percentRange(f.ciLow, f.ciHigh)}, n = ${f.n}`;
    const judged = zone === 'suppressed' ? `suppressed (<= ${percent(suppressed)})`
      : zone === 'sustained' ? `sustained (>= ${percent(sustained)})`
        : `grey zone (between ${percent(suppressed)} and ${percent(sustained)})`;
    const caveat = ci === 'crosses' ? `, but the interval crosses ${percent(crossed)}`
      : ci === 'spans' ? `, but the interval runs from below ${percent(suppressed)} to above ${percent(sustained)}` : '';
    const what = f.reference ? `${phospho(f.target)} output in ${f.line} under the drug` : `${phospho(f.target)} in ${f.line}`;
    const bounded = f.upperBound && zone !== 'suppressed' ? `; an upper bound above ${percent(suppressed)} cannot tell suppressed from not` : '';
    return `${what} is ${at(f)} ${percent(f.estimate)} ${ofVehicle(f)}${boundNote(f)} (${interval}): ${judged}${caveat}${bounded}${modeNote(mode, f.n, estimateOnly)}`;
  },
  fractionBrief: (f: FractionFacts, zone: Zone, role: 'resistant' | 'sensitive' | 'absolute', ci: 'inside' | 'crosses' | 'spans'): string => {
    const where = role === 'sensitive' ? `in ${f.line} ` : '';
    if (role === 'absolute') return `${phospho(f.target)} output under the drug is ${at(f)} ${percent(f.estimate)} ${ofVehicle(f)}`;
    if (f.upperBound) return `${where}${phospho(f.target)} is below detection under the drug (at most ${percent(f.estimate)} of vehicle)`;
    if (ci === 'spans' && f.ciLow !== null && f.ciHigh !== null) return `${where}${phospho(f.target)} is at ${percent(f.estimate)} of vehicle but its interval runs from ${percent(f.ciLow)} to ${percent(f.ciHigh)}`;
    if (zone === 'sustained') return `${where}${phospho(f.target)} stays at ${percent(f.estimate)} of vehicle`;
    if (zone === 'suppressed') return `${where}${phospho(f.target)} falls to ${percent(f.estimate)}`;
    return `${where}${phospho(f.target)} is at ${percent(f.estimate)} of vehicle, in the grey zone`;
  },
  higher: (measure: MeasureName, target: string, line: string, versus: string, log2Ratio: number, p: number | null, pLabel: string, n: number,
    outcome: 'higher' | 'too-small' | 'not-significant', minLog2Ratio: number, alpha: number, mode: Mode, crossingLow: number | null, estimateOnly: boolean,
    direction: 'higher' | 'lower' = 'higher'): string => {
    const needed = direction === 'higher' ? `>= ${fold(2 ** minLog2Ratio)}` : `<= ${fold(2 ** -minLog2Ratio)}`;
    const crossing = crossingLow === null ? '' : `, but the interval reaches ${fold(2 ** crossingLow)}`;
    const judged = outcome === 'higher' ? `${direction} (needs ${needed} and ${pLabel} < ${alpha})${crossing}`
      : outcome === 'too-small' ? `not ${direction === 'higher' ? `${fold(2 ** minLog2Ratio)} higher` : `${fold(2 ** minLog2Ratio)} lower`}`
        : `${direction === 'higher' ? `at least ${fold(2 ** minLog2Ratio)}` : `at most ${fold(2 ** -minLog2Ratio)}`} but not significant (${pLabel} needs < ${alpha})`;
    return `${measureLabel(measure, target)} in ${line} is ${fold(2 ** log2Ratio)} ${versus}'s (log2 ratio ${log2Ratio.toFixed(2)}, ${pLabel} ${pValue(p)}, n = ${n}): ${judged}${modeNote(mode, n, estimateOnly)}`;
  },
  higherBrief: (measure: MeasureName, target: string, line: string, versus: string, log2Ratio: number, p: number | null, pLabel: string, alpha: number,
    outcome: 'higher' | 'too-small' | 'not-significant', minLog2Ratio = 1, direction: 'higher' | 'lower' = 'higher'): string =>
    outcome === 'higher' ? `${measureLabel(measure, target)} ${fold(2 ** log2Ratio)} ${versus}`
      : outcome === 'too-small' ? `${measureLabel(measure, target)} in ${line} is only ${fold(2 ** log2Ratio)} ${versus} (needs ${direction === 'higher' ? `>= ${fold(2 ** minLog2Ratio)}` : `<= ${fold(2 ** -minLog2Ratio)}`})`
        : `${measureLabel(measure, target)} in ${line} is ${fold(2 ** log2Ratio)} ${versus} but ${pLabel} = ${pValue(p)} (needs < ${alpha})`,
  fusionLostFraction: (target: string, line: string) =>
    `total ${target} in ${line} fell to the fusion-loss level, so ${phospho(target)}/${target} no longer reports on ${target} inhibition: ${target} is treated as not driving`,
  notMeasured: (what: string, line: string) => `${what} was not measured in ${line}`,
  noDriver: (candidates: readonly string[], line: string) => `none of ${candidates.join(', ')} is raised in ${line} and active under the drug`,

  // ---- rule sentences ------------------------------------------------------------------------
  assayHolds: (fragments: readonly string[]) => `assay validity: holds - ${fragments.join('; ')}`,
  assayFails: (fragments: readonly string[]) => `assay validity: fails, the drug did not suppress the pathway in the sensitive model - ${fragments.join('; ')}`,
  assayUndecided: (fragments: readonly string[]) => `assay validity: undecided - ${fragments.join('; ')}`,
  assayNotEvaluable: (fragments: readonly string[]) => `assay validity: cannot be checked - ${fragments.join('; ')}`,
  ruleFits: (label: string, fragments: readonly string[]) => `${label}: fits - ${fragments.join('; ')}`,
  ruleAlsoFits: (label: string, winner: string, fragments: readonly string[]) => `${label}: also fits, but ${winner} comes first - ${fragments.join('; ')}`,
  ruleFitsAfterUndecided: (label: string, blocker: string, fragments: readonly string[]) => `${label}: fits, but ${blocker} comes first and is undecided - ${fragments.join('; ')}`,
  ruleNotFit: (label: string, fragments: readonly string[]) => `${label}: does not fit - ${fragments.join('; ')}`,
  ruleUndecided: (label: string, fragments: readonly string[]) => `${label}: undecided - ${fragments.join('; ')}`,
  ruleNotEvaluable: (label: string, fragments: readonly string[]) => `${label}: cannot be evaluated - ${fragments.join('; ')}`,
  ruleSkipped: (label: string) => `${label}: not evaluated, the assay is not valid`,

  // ---- verdict summaries ---------------------------------------------------------------------
  summary: (head: string, call: string, facts: readonly string[], next: string | undefined) =>
    `${head}: ${call}${facts.length > 0 ? ` - ${facts.join(', ')}` : ''}${next ? `; next: ${next}` : ''}`,
  summaryHead: (line: string, versus: string, condition: string) => `${line} vs ${versus}, ${condition}`,
  callFired: (label: string, named: readonly string[], joiner: 'via' | 'with', confidence: string) =>
    `${label}${named.length > 0 ? ` ${joiner} ${named.join(', ')}` : ''} (${confidence})`,
  callAssayInvalid: (confidence: string) => `assay invalid (${confidence})`,
  callInconclusive: () => 'inconclusive',
  callDescriptive: (n: number, resembles: string) => `inconclusive (n = ${n}, descriptive only; looks like ${resembles})`,
  factNoPattern: (line: string) => `no rule of the set fits ${line}`,
  factNotMeasured: (what: readonly string[]) => `${what.join(', ')} not measured`,
  factNotMeasuredUnderDrug: (what: readonly string[], line: string) => `${what.join(', ')} not measured under the drug in ${line}`,
  factNotTreated: (line: string, treatment: string) => `${line} has no ${treatment} lanes: it was not treated, so nothing can be said about its resistance`,
  factNearFit: (label: string, failing: string) => `${label} would fit but for one reading: ${failing}`,

  // ---- confidence notes ----------------------------------------------------------------------
  noteCrosses: (fragment: string) => `interval crosses a threshold: ${fragment}`,
  noteFlag: (flag: string, targets: readonly string[]) => `quality flag ${flag} on ${targets.join(', ')}`,
  noteProvisional: (n: number) => `n = ${n} biological replicates: provisional (a full verdict needs more)`,
  noteInconclusive: () => 'an inconclusive verdict carries confidence provisional',
  noteAssayInterval: (fragment: string) => `interval reaches the suppressed range: ${fragment}`,
  noteOutputGrey: (fragment: string) => `the output under the drug is well below the sensitive line's untreated level, though not collapsed: ${fragment}`,
  noteAssayCrosses: (fragment: string) => `the sensitive model's interval reaches below the sustained threshold, so its failure is not certain: ${fragment}`,
  noteUndecidedDriver: (label: string, briefs: readonly string[]) => `${label} is undecided and may be the upstream cause: ${briefs.join('; ')}`,

  // ---- hints ---------------------------------------------------------------------------------
  amplification: (target: string, line: string, versus: string, x: number, p: number | null, n: number) =>
    `total ${target} in ${line} is ${fold(x)} ${versus}'s (p ${pValue(p)}, n = ${n}): possible ${geneOf(target)} amplification`,
  fusionLoss: (target: string, line: string, versus: string, x: number, p: number | null, n: number) =>
    `total ${target} in ${line} is only ${fold(x)} ${versus}'s (p ${pValue(p)}, n = ${n}): the ${geneOf(target)} fusion may be lost or silenced`,
  pathwayMarker: (target: string, along: string, line: string, f: number, sustained: boolean) => {
    const where: Record<string, [string, string]> = {
      MEK: ['the bypass acts at or above RAF/MEK (RAS, RAF or a receptor)', 'ERK is reactivated below MEK'],
      RAF: ['the bypass acts at or above RAF (RAS or a receptor)', 'ERK is reactivated below RAF'],
      RSK: ['ERK output is active', 'ERK output does not reach RSK'],
      S6: ['mTORC1 output follows AKT: an mTOR inhibitor is an option', 'mTORC1 output is inhibited although AKT is active'],
      '4E-BP1': ['mTORC1 output follows AKT: an mTOR inhibitor is an option', 'mTORC1 output is inhibited although AKT is active'],
    };
    const [up, down] = where[target] ?? ['it follows the pathway', 'it does not follow the pathway'];
    return sustained
      ? `${phospho(target)} in ${line} stays at ${percent(f)} of vehicle with ${phospho(along)}: ${up}`
      : `${phospho(target)} in ${line} falls to ${percent(f)} while ${phospho(along)} stays up: ${down}`;
  },
  rebound: (target: string, line: string, early: number, earlyF: number, late: number, lateF: number) =>
    `${phospho(target)} in ${line} falls to ${percent(earlyF)} of vehicle at ${early} h but is back to ${percent(lateF)} at ${late} h: adaptive rebound`,
  sensitiveRebound: (target: string, line: string, early: number, earlyF: number, late: number, lateF: number) =>
    `${phospho(target)} in the sensitive ${line} falls to ${percent(earlyF)} of vehicle at ${early} h and comes back to ${percent(lateF)} at ${late} h: the feedback rebound of a sensitive line (relief of ERK-dependent negative feedback), not a failed assay; the verdict is read where ${line} is suppressed`,
  notActivated: (target: string, line: string, versus: string, totalX: number, phosphoX: number | null, basalX: number | null) =>
    `${target} expressed, not activated: total ${target} in ${line} is ${fold(totalX)} ${versus}'s, but ${phosphoX !== null ? `phosphorylated ${target} (${phospho(target)} over loading) is ${fold(phosphoX)}` : `${phospho(target)}/${target} is ${fold(basalX)}`}: more receptor without more phosphorylation does not drive a bypass (an inhibitor of an inactive receptor does nothing)`,
  outputCollapsed: (target: string, line: string, versus: string, absolute: number, f: number) =>
    `${phospho(target)} in ${line} keeps ${percent(f)} of its own vehicle under the drug, but that is only ${percent(absolute)} of ${versus}'s untreated level: the pathway's output is not maintained (basal ${phospho(target)} collapsed)`,
  quality: (flag: string, targets: readonly string[]) => `${flag} on ${targets.join(', ')}: ${FLAG_MEANING[flag] ?? 'see the quality panel'}`,
  replicates: (n: number, minReplicates: number, provisional: boolean) =>
    provisional ? `n = ${n} biological replicates: the verdict is provisional (a full verdict needs n >= ${minReplicates})`
      : `n = ${n} biological replicate${n === 1 ? '' : 's'}: descriptive only (a verdict needs n >= ${minReplicates})`,

  // ---- next steps ----------------------------------------------------------------------------
  next: {
    sequenceKinaseDomain: 'sequence the NTRK kinase domain and consider a next-generation TRK inhibitor (selitrectinib or repotrectinib)',
    howToSequence: 'sequencing: hybrid-capture NGS panel or exome with the pre-treatment sample as control; confirm by Sanger or digital PCR',
    nextGenerationTrk: 'solvent-front and gatekeeper mutations are what next-generation inhibitors were designed for; xDFG substitutions resist type I next-generation drugs but are reported to respond to type II inhibitors',
    trkPlusMek: 'test a TRK + MEK inhibitor combination (trametinib or cobimetinib)',
    findMapkDriver: 'look for the MAPK driver: sequence BRAF (for V600E add dabrafenib), KRAS/NRAS (G12, G13, Q61) and MAP2K1, and check MET copy number',
    nextGenerationAloneFails: 'a next-generation TRK inhibitor alone is expected to fail',
    trkPlusPi3k: 'test a TRK + PI3K or AKT inhibitor combination',
    findPi3kActivator: 'look for the upstream activator: probe pIGF1R (IGF1R bypass was reported in a KM12 resistant model) and the receptors of the panel',
    alsoPi3k: 'pAKT stays up as well: also test a TRK + PI3K or AKT inhibitor combination',
    trkPlusMet: 'test a TRK + MET inhibitor combination (crizotinib or capmatinib)',
    trkPlusEgfr: 'test a TRK + EGFR inhibitor combination',
    trkPlusHer2: 'test a TRK + HER2 inhibitor combination',
    trkPlusIgf1r: 'test a TRK + IGF1R inhibitor combination (an IGF1R/INSR kinase inhibitor such as linsitinib; IGF1R bypass was described in a TRK-inhibitor resistant KM12 model)',
    trkPlusReceptor: (receptor: string) => `test the TRK inhibitor together with an inhibitor of ${receptor}; check ${geneOf(receptor)} copy number and expression`,
    emtCombination: 'combine the TRK inhibitor with drugs that target the EMT process or specific epigenetic modifiers',
    reversibility: 'test reversibility: a drug holiday, then re-challenge with the TRK inhibitor (non-genetic resistance is reversible)',
    probeEmt: 'probe EMT markers (E-cadherin, vimentin, N-cadherin, ZEB1) in both models: a non-genetic cause would show as an epithelial-to-mesenchymal shift',
    nextGenerationWontHelp: 'a next-generation TRK inhibitor alone is not expected to help',
    mekAlternative: 'receptor bypass converges on MAPK: a TRK + MEK inhibitor combination is the alternative',
    copyNumber: (target: string) => `check ${geneOf(target)} amplification by FISH or NGS copy number`,
    fusionLoss: 'check the fusion transcript (RT-PCR or RNA-seq) and TRK protein with a second antibody; without the fusion no TRK inhibitor can work',
    rebound: 'give the combination upfront (e.g. TRK + MEK inhibitor) and follow the rebound over 24-48 h',
    checkDose: 'check the inhibitor dose, exposure time and activity in the sensitive model (dose-response or time course)',
    checkPtrkReadout: 'pTRK stays up but pERK and pAKT are inhibited as in the sensitive model: check the pTRK antibody and phospho-site (Tyr490 can be missing from the fusion; try Tyr674/675) before reading on-target resistance',
    checkTrkAntibody: 'check the phospho-TRK antibody: Tyr490 is missing from some fusion proteins; try an activation-loop antibody (Tyr674/675)',
    repeatBeforeReading: 'repeat the experiment before reading a mechanism from it',
    greyZone: 'add biological replicates, or use a dose or time point that separates suppressed from sustained',
    intervalSpans: 'add biological replicates to narrow the interval',
    assayUndecided: 'the sensitive model is not clearly suppressed: add biological replicates, or check the inhibitor dose and exposure time in the sensitive model',
    notSignificant: 'add biological replicates: the difference from the sensitive model is not yet significant',
    descriptive: (min: number) => `repeat with at least ${min} biological replicates before reading a mechanism`,
    provisional: (min: number) => `add replicates to reach n = ${min} and confirm`,
    noPattern: 'the TRK, MAPK and PI3K-AKT readouts do not explain the resistance: probe EMT markers (E-cadherin, vimentin, N-cadherin, ZEB1) for non-genetic resistance, check drug exposure, or widen the receptor panel (IGF1R, FGFR, AXL)',
    measure: (what: readonly string[]) => `measure ${what.join(', ')} in both models`,
    treat: (line: string, treatment: string) => `add ${treatment} lanes of ${line} (with their vehicle) to read its resistance`,
  },

  // ---- rules file errors ---------------------------------------------------------------------
  file: {
    notJson: (detail: string) => `the rules file is not valid JSON: ${detail.toLowerCase()}`,
    notJsonHint: () => 'check commas and quotes; blotbypass rules --json prints a valid rules file to start from',
    unknownKey: (path: string) => `unknown key ${q(path)} in the rules file`,
    unknownKeyHint: (allowed: readonly string[]) => `allowed here: ${allowed.join(', ')}`,
    missingKey: (path: string) => `missing key ${q(path)} in the rules file`,
    missingKeyHint: (extendsNone: boolean) => extendsNone
      ? 'a rules file with "extends": "none" gives every section; or write "extends": "default" and only what changes'
      : 'add it; blotbypass rules --json prints a complete rules file',
    wrongType: (path: string, expected: string, got: string) => `${path === '' ? 'the rules file' : q(path)} must be ${expected}, got ${got}`,
    outOfRange: (path: string, range: string, got: number) => `${q(path)} must be ${range}, got ${got}`,
    badChoice: (path: string, choices: readonly string[], got: string) => `${q(path)} must be one of ${choices.map(q).join(', ')}, got ${q(got)}`,
    order: (lowPath: string, low: number, highPath: string, high: number) => `${q(lowPath)} (${low}) must be below ${q(highPath)} (${high})`,
    duplicateId: (path: string, id: string) => `${q(path)}: rule id ${q(id)} is used twice`,
    candidateOutside: (path: string) => `${q(path)}: "$candidate" may only be used in drivers.candidateWhen`,
    candidateMissing: (path: string) => `${q(path)}: drivers.candidateWhen must name "$candidate" as a target`,
    rangeHint: () => 'see blotbypass rules for what each threshold means',
    typeHint: () => 'blotbypass rules --json prints a valid rules file to start from',
    conditionHint: () => 'a condition is {"target", "in", "is"}, {"target", "higher"}, {"anyOf": [...]} or {"allOf": [...]}',
  },
} as const;

const FLAG_MEANING: Readonly<Record<string, string>> = {
  saturated: 'saturated bands underestimate the signal',
  'loading-drift': 'a lane is loaded unevenly; check its loading control',
  'weak-reference': 'a weak vehicle lane inflates the variance of every ratio to it',
  'non-positive': 'a band with zero or negative signal was left out',
  'missing-signal': 'a band has no signal value',
  'missing-total': 'a phospho band has no total partner',
  'missing-phospho': 'a total band has no phospho partner',
  'no-loading-control': 'a membrane has no loading control; equal loading is assumed',
  'no-vehicle': 'a drug lane has no vehicle lane to compare with',
  'below-detection': 'a phospho band under drug was below detection and read at the detection limit',
  'loading-unusable': 'a lane\'s loading band is missing or unusable; the lane was left out of ratios that need it',
  'saturated-loading': 'a saturated loading band was kept; ratios over it are biased',
  'no-total': 'no total band was measured; phospho is normalised to the loading control only',
  'vehicle-other-time': 'drug lanes were read against a vehicle of another time point',
};
