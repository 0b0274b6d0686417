/**
 * A methods paragraph generated from what this analysis actually did (normalisation, tests,
 * multiple-testing correction, thresholds, with the values used), ready to paste into a notebook.
 */
import { reportMessages as m } from '../../messages/report.js';
import { seriesMessages as sm } from '../../messages/series.js';
import type { Results } from '../../results.js';
import type { Thresholds } from '../../rules/ruleSetTypes.js';
import { analysedReplicates } from '../textSummary.js';

export function methodsParagraph(results: Results): string {
  const { design, settings } = results;
  const models = design.models.map((x) => `${x.line} (${x.status})`).join(', ');
  const sentences = [
    m.methodsInput(results.tool.version, results.inputs.length, analysedReplicates(results), models),
    m.methodsSaturation(settings.saturation, settings.keepSaturated),
    loadingSentence(results),
    m.methodsRatio(targetsWith(results, 'phospho/total'), targetsWith(results, 'phospho/loading')),
    m.methodsFraction(),
    m.methodsSummary(settings.confidenceLevel),
    results.settings.test === 'linear-model' ? m.methodsModel() : m.methodsTests(usesTest(results, 'paired-t'), usesTest(results, 'welch-t')),
    results.settings.test === 'linear-model' ? m.methodsVariance(perModelFits(results)) : '',
    m.methodsCorrection(),
    m.methodsDrift(settings.loadingDriftFold, settings.weakReferenceFraction),
    results.doseResponses.length > 0 ? sm.methodsCurves(settings.confidenceLevel, results.rules.thresholds.suppressed, results.rules.thresholds.ic50FoldShift) : '',
    results.verdicts.some((v) => v.times !== undefined) ? sm.methodsTimeCourse() : '',
  ];
  const { rules } = results;
  sentences.push(m.methodsThresholds(rules.thresholds));
  sentences.push(m.methodsRuleSet(rules.name, rules.version, rules.source, thresholdList(rules.thresholds)));
  return sentences.filter((s) => s.length > 0).join(' ');
}

function loadingSentence(results: Results): string {
  const byControl = new Map<string, string[]>();
  for (const { membrane, control } of results.design.loadingControls) {
    if (control === null) continue;
    byControl.set(control, [...(byControl.get(control) ?? []), membrane]);
  }
  if (byControl.size === 0) return m.methodsLoadingNone();
  return m.methodsLoading([...byControl].map(([control, membranes]) => `${control} on ${membranes.join(', ')}`).join('; '));
}

function targetsWith(results: Results, basis: string): string {
  return results.design.targets.filter((t) => t.ratioBasis === basis).map((t) => t.protein).join(', ');
}

/** `KM12-LR vs KM12, ERK total protein` for every fit whose contrasts used per-model variances. */
function perModelFits(results: Results): string[] {
  const fits = [
    ...results.comparisons.map((c) => ({ c: c.resistantVsSensitive, what: `${c.line} vs ${c.versus}, ${c.target} ${c.ratioBasis}` })),
    ...results.levels.flatMap((l) => [
      { c: l.basal.resistantVsSensitive, what: `${l.line} vs ${l.versus}, ${l.target} ${l.ratioBasis}` },
      { c: l.totalProtein.resistantVsSensitive, what: `${l.line} vs ${l.versus}, ${l.target} total protein` },
    ]),
  ];
  return [...new Set(fits.filter((f) => f.c.variance === 'per-model').map((f) => f.what))];
}

function usesTest(results: Results, test: 'paired-t' | 'welch-t'): boolean {
  return results.comparisons.some((c) => c.resistantVsSensitive.test === test && c.resistantVsSensitive.p !== null)
    || results.levels.some((l) => [l.basal.resistantVsSensitive, l.totalProtein.resistantVsSensitive].some((g) => g.test === test && g.p !== null));
}

/** `name = value` for every threshold of the rule set, in its own order. */
function thresholdList(thresholds: Thresholds): string {
  return Object.entries(thresholds).map(([name, value]) => `${name} = ${String(value)}`).join(', ');
}
