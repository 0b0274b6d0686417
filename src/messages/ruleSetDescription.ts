/**
 * The rule set in plain language, as `blotbypass rules` prints it: thresholds, conditions, drivers and
 * the order of precedence. Beside rules.ts, whose fragments and labels it shares.
 */
import { fold, measureLabel, num, phospho, type MeasureName } from './rules.js';

export const ruleSetDescriptionMessages = {
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
  } as const;
