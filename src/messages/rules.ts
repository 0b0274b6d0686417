/**
 * Every user-facing sentence of the rules stage: evidence sentences, verdict summaries, hints,
 * next steps of the default rule set, the plain-language rule set (`blotbypass rules`) and the
 * errors of a rules file. Kept together so the science can be reviewed as one text.
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
const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(Math.max(2, String(x).split('.')[1]?.length ?? 0)));

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

  // ---- `blotbypass rules` --------------------------------------------------------------------
  describe: {
    header: (name: string, version: string, source: string, description: string) =>
      `rule set ${name} ${version} (${source === 'default' ? 'built in' : `from ${source}`})${description ? `: ${description}` : ''}`,
    fractionDefinition: () => 'f = (phospho/total under drug) / (phospho/total under vehicle), same model and time point; estimated with its confidence interval by a linear model of log2 phospho/total with the replicate (membrane) as a block',
    thresholdsTitle: () => 'thresholds',
    suppressed: (t: number) => `suppressed             f <= ${num(t)} (thresholds.suppressed)`,
    sustained: (t: number) => `sustained              f >= ${num(t)} (thresholds.sustained)`,
    grey: (s: number, u: number) => `grey zone              ${num(s)} < f < ${num(u)}: no call`,
    difference: (minLog2Ratio: number, alpha: number) =>
      `higher                 resistant above sensitive by log2 ratio >= ${num(minLog2Ratio)} (${fold(2 ** minLog2Ratio)}, thresholds.minLog2Ratio) with p < ${num(alpha)} (thresholds.alpha) from the blocked linear model; a rule's own difference is read at its own p; an any-of over differences (EMT markers, pERK or pAKT) is one family adjusted by Holm; its candidate drivers are adjusted together (Benjamini-Hochberg) once the rule's conditions hold; within a family each p is read in the direction the rule needs (a difference the other way enters with p = 1)`,
    absolute: () => `absolute output       the resistant model's phospho/total under the drug over the sensitive model's vehicle (basal difference x f, one contrast of the same model): a bypass sustains a pathway only when this is not suppressed (a collapsed output is no bypass; in the grey zone the verdict is at most moderate)`,
    censored: (fold: number) => `below detection       a phospho band under drug at or below 0 is read at the detection limit of its membrane and antibody (3 x RMS noise of readings at or below 0; else the lowest positive drug band; else the lowest vehicle band / ${fold}): f is then an upper bound, suppressed when the bound is`,
    timeCourse: () => `time course           one verdict per course, read at the latest time where the assay is valid (the sensitive model suppressed); a sensitive line's later rebound is a hint`,
    amplification: (x: number, targets: readonly string[]) => `amplification hint     total ${targets.join(', ') || '(none)'} in resistant >= ${num(x)}x sensitive (thresholds.amplificationFold)`,
    fusionLoss: (x: number, targets: readonly string[]) => `fusion-loss hint       total ${targets.join(', ') || '(none)'} in resistant <= ${num(x)}x sensitive (thresholds.fusionLossFold)`,
    replicates: (min: number, provisional: number) =>
      `replicates             n >= ${min} for a verdict (thresholds.minReplicates); n >= ${provisional} provisional (thresholds.provisionalReplicates); fewer is descriptive only`,
    rebound: (early: number, late: number, targets: readonly string[]) =>
      `adaptive rebound hint  ${targets.map(phospho).join(', ') || '(none)'} suppressed at <= ${num(early)} h (thresholds.reboundEarlyMaxHours) and sustained at >= ${num(late)} h (thresholds.reboundLateMinHours)`,
    ic50Shift: (fold: number, suppressed: number) =>
      `dose series           one verdict per series, read at the lowest dose where the sensitive model's fitted curve is at or below f = ${num(suppressed)}; an on-target call needs pTRK's IC50 shifted >= ${num(fold)}-fold (thresholds.ic50FoldShift)`,
    confidenceTitle: () => 'how sure (confidence)',
    confidence: (s: number, u: number, min: number, provisional: number, flags: readonly string[]) => [
      `n is counted per comparison: the number of replicates behind each fraction or difference a rule reads`,
      `strong: n >= ${min}, every interval lies inside its zone (suppressed: upper bound <= ${num(s)}; sustained: lower bound >= ${num(u)}), every difference is significant, and no quality flag (${flags.join(', ') || 'none'}) on the lanes the deciding readouts read (a model's f: its drug and vehicle lanes; a difference or absolute output: both models'; a basal level: the vehicle lanes; loading-drift does not touch a phospho/total formed within one lane)`,
      `moderate: as strong, but an interval crosses its own threshold without reaching the other one (e.g. sustained with a lower bound between ${num(s)} and ${num(u)}), or a quality flag`,
      `provisional: n = ${provisional === min - 1 ? provisional : `${provisional} to ${min - 1}`} for some comparison: zones and differences are read as above, with the intervals and p values of the linear model (on the estimates alone where the model has no residual df), and the grade is provisional whatever they show`,
      `withheld (inconclusive): an estimate in the grey zone, an interval running from below ${num(s)} to above ${num(u)}, a difference that is large enough but not significant, or n < ${provisional} (descriptive only: the verdict names the pattern it looks like)`,
    ],
    precedenceTitle: () => 'rules, in order of precedence (the first that fits is the verdict; an undecided rule before it makes the verdict inconclusive; rules that also fit are reported in the evidence)',
    assay: (targets: readonly string[], s: number) =>
      `assay validity: ${targets.map(phospho).join(' and ')} must be suppressed (f <= ${num(s)}) in the sensitive model; otherwise the verdict is assay-invalid and no mechanism is read (strong only when the sensitive interval lies at or above the sustained threshold; a bound from bands below detection never fails the assay)`,
    rule: (index: number, label: string, mechanism: string, conditions: string) => `${index}. ${label} (${mechanism}): when ${conditions}`,
    drivers: (always: readonly string[], candidates: readonly string[], conditions: string, required: boolean) => {
      const named = always.length > 0 ? `names ${always.join(', ')}` : '';
      const candidatesText = candidates.length > 0
        ? `${named ? '; ' : ''}${required ? `needs at least one X of ${candidates.join(', ')} for which ${conditions}, and names each` : `also names each X of ${candidates.join(', ')} for which ${conditions}`}`
        : '';
      return named || candidatesText ? `   drivers: ${named}${candidatesText}` : '';
    },
    nextSteps: (steps: readonly string[]) => `   next: ${steps.join('; ') || '(none)'}`,
    fallback: () => 'no rule fits: inconclusive (no pattern)',
    hintsTitle: () => 'hints (added to any verdict)',
    qualityHint: (flags: readonly string[]) => `quality: every quality flag on the verdict's comparisons is listed; ${flags.join(', ') || 'none'} lower strong to moderate (qualityFlagsLowerConfidence)`,
    fileFormat: () => 'change with --rules FILE.json, e.g. {"extends": "default", "thresholds": {"suppressed": 0.15}}; print this set as a file with blotbypass rules --json',
    condFraction: (target: string, role: string, state: string, s: number, u: number) =>
      `${role === 'absolute' ? `${phospho(target)} output of the resistant model under the drug, over the sensitive model's vehicle,` : `${phospho(target)} in the ${role} model`} is ${state === 'suppressed' ? `suppressed (f <= ${num(s)})` : state === 'sustained' ? `sustained (f >= ${num(u)})` : state === 'not-sustained' ? `not sustained (f < ${num(u)})` : `not suppressed (f > ${num(s)})`}`,
    condHigher: (measure: MeasureName, target: string) => `${measureLabel(measure, target)} is higher in the resistant model`,
    condLower: (measure: MeasureName, target: string) => `${measureLabel(measure, target)} is lower in the resistant model`,
    condAll: (parts: readonly string[]) => parts.join(' and '),
    condAny: (parts: readonly string[]) => `either ${parts.map((p) => `(${p})`).join(' or ')}`,
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
