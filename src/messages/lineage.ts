/** Every user-facing sentence about lineages: resistance over time (docs/resistance-over-time.md). */
import type { Mechanism } from '../rules/types.js';

const q = (s: string): string => JSON.stringify(s);

/** `week 8`, or `stage 2` for an order (passage, stage column). */
export function stageLabel(value: number, scale: 'weeks' | 'order'): string {
  return scale === 'weeks' ? `week ${formatStage(value)}` : `stage ${formatStage(value)}`;
}

function formatStage(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

function fold(x: number): string {
  return x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toPrecision(2);
}

export function pValueText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

const MECHANISM_WORDS: Readonly<Record<Mechanism, string>> = {
  'on-target': 'on-target resistance', 'mapk-bypass': 'MAPK bypass', 'pi3k-akt-bypass': 'PI3K-AKT bypass', 'rtk-bypass': 'receptor bypass',
  'non-genetic': 'non-genetic resistance', inconclusive: 'no call', 'assay-invalid': 'assay not valid',
};

export function mechanismWords(mechanism: Mechanism, drivers: readonly string[] = []): string {
  const words = MECHANISM_WORDS[mechanism];
  return mechanism === 'rtk-bypass' && drivers.length > 0 ? `${words} (${drivers.join(', ')})` : words;
}

export const lineageMessages = {
  // The design (normalize/lineages.ts)
  conflictingStage: (line: string, first: number, second: number, firstRow: number) =>
    `line ${q(line)} has two stages: ${second} here and ${first} on row ${firstRow}`,
  conflictingStageHint: () => 'a line is one population at one stage: give every row of the line the same weeks on drug, or name the populations apart',
  mixedScales: () => 'the stage columns mix weeks on drug with passages or stages',
  mixedScalesHint: () => 'use one kind of stage column (weeks_on_drug, days_on_drug or time_on_drug; or passage or stage) in every file',
  parentalStage: (line: string, value: number) => `the parental ${q(line)} is at stage ${value}: the parental is stage 0`,
  parentalStageHint: () => 'leave the stage empty or 0 on the parental\'s rows; a population taken after time on drug is resistant in the status column',
  resistantNotAfterParental: (line: string, value: number, parental: string, start: number) => `the resistant line ${q(line)} is at stage ${value}, not after its parental ${q(parental)} (stage ${start})`,
  resistantAtZero: (line: string) => `the resistant line ${q(line)} is at stage 0, the parental's stage`,
  resistantAtZeroHint: () => 'write the weeks (or the stage) at which the resistant population was taken, or leave it empty to compare it with the parental as an unrelated model',
  duplicateStage: (parental: string, value: number, first: string, second: string) =>
    `two populations of the lineage of ${q(parental)} are at the same stage (${value}): ${q(first)} and ${q(second)}`,
  duplicateStageHint: () => 'a lineage has one population per stage; for two lineages grown from one parental, give each its own parental name (and --pair) or leave one lineage\'s stage column empty',
  lineageOf: (parental: string) => `${parental} lineage`,
};

export interface SummaryParts {
  lineage: string;
  mechanism: Mechanism;
  drivers: readonly string[];
  emerged: string | null;
  strongFrom: string | null;
  lastStage: string;
  lastConfidence: string;
  changes: { mechanism: Mechanism; drivers: readonly string[]; stages: string[] }[];
  trend: { target: string; direction: -1 | 1; scale: 'weeks' | 'order' } | null;
}

/** "with time on drug", or "along the stages" for a passage or stage order. */
const along = (scale: 'weeks' | 'order'): string => (scale === 'weeks' ? 'with time on drug' : 'along the stages');

const NEXT_TREATMENT: Readonly<Partial<Record<Mechanism, string>>> = {
  'on-target': 'a switch to a next-generation TRK inhibitor (selitrectinib or repotrectinib)',
  'mapk-bypass': 'a TRK + MEK inhibitor combination',
  'pi3k-akt-bypass': 'a TRK + PI3K/AKT inhibitor combination',
  'non-genetic': 'a combination against the cell state (EMT or epigenetic modifiers)',
};

const SEQUENCE_WHAT: Readonly<Partial<Record<Mechanism, string>>> = {
  'on-target': 'the NTRK kinase domain (solvent front, gatekeeper, xDFG)',
  'mapk-bypass': 'BRAF, KRAS, NRAS and MAP2K1, and MET / EGFR copy number',
  'pi3k-akt-bypass': 'PIK3CA, PTEN and AKT1, and IGF1R / MET copy number',
  'rtk-bypass': 'the receptor\'s gene copy number and mutations',
  'non-genetic': 'the exome and transcriptome (a non-genetic cause leaves no acquired driver)',
};

function readout(target: string): string {
  return `p${target}`;
}

function runText(c: SummaryParts['changes'][number]): string {
  const at = c.stages.length === 1 ? c.stages[0]! : `${c.stages[0]!.replace(/^([a-z]+)/, '$1s')}-${c.stages[c.stages.length - 1]!.replace(/^[a-z]+ /, '')}`;
  return `${mechanismWords(c.mechanism, c.drivers)} (${at})`;
}

export const trajectoryMessages = {
  /** "KM12-LR: MAPK bypass emerged by week 8, strong from week 8; pERK escape grows with time on drug" */
  summary: (p: SummaryParts): string => {
    const what = mechanismWords(p.mechanism, p.drivers);
    let text = p.emerged
      ? `${p.lineage}: ${what} emerged by ${p.emerged}${p.strongFrom ? `, strong from ${p.strongFrom}` : ''}`
      : p.mechanism === 'inconclusive' || p.mechanism === 'assay-invalid'
        ? `${p.lineage}: no mechanism called by ${p.lastStage}`
        : `${p.lineage}: ${what} at ${p.lastStage} (${p.lastConfidence}), not yet confident`;
    if (p.changes.length > 1) text += `; changed: ${p.changes.map(runText).join(', then ')}`;
    if (p.trend) text += `; ${readout(p.trend.target)} escape ${p.trend.direction > 0 ? 'grows' : 'shrinks'} ${along(p.trend.scale)}`;
    return text;
  },
  trendSentence: (target: string, scale: 'weeks' | 'order', e: { estimate: number; ciLow: number | null; ciHigh: number | null; p: number | null }, level: number, direction: -1 | 0 | 1): string => {
    const per = scale === 'weeks' ? 4 : 1;
    const unit = scale === 'weeks' ? 'per 4 weeks' : 'per stage';
    const f = (x: number) => fold(2 ** (per * x));
    const interval = e.ciLow !== null && e.ciHigh !== null ? ` (${Math.round(level * 100)} % CI ${f(e.ciLow)} to ${f(e.ciHigh)})` : '';
    const p = e.p === null ? 'no p value (no residual df)' : pValueText(e.p);
    const head = direction > 0 ? `${readout(target)}'s escape grows ${along(scale)}`
      : direction < 0 ? `${readout(target)}'s escape shrinks ${along(scale)}`
        : `no detectable trend in ${readout(target)}'s escape`;
    return `${head}: ${f(e.estimate)}-fold ${unit}${interval}, ${p}`;
  },
  sequenceStep: (line: string, stage: string, parental: string, mechanism: Mechanism, drivers: readonly string[]): string =>
    `sequence ${q(line)} (${stage}, the first stage that shows ${mechanismWords(mechanism, drivers)}) against the parental ${q(parental)}: ${SEQUENCE_WHAT[mechanism] ?? 'the panel'}; a variant there and absent (or at low allele frequency) in the parental is the candidate cause`,
  startStep: (mechanism: Mechanism, drivers: readonly string[], emerged: string, before: string | null): string => {
    const act = NEXT_TREATMENT[mechanism] ?? (mechanism === 'rtk-bypass' ? `a combination of the TRK inhibitor with an inhibitor of ${drivers.join(' or ') || 'the receptor'}` : 'a change of treatment');
    return before
      ? `${act} would have to start before ${emerged}: at ${before} the mechanism was not yet confidently there`
      : `${act} would have to start before ${emerged}, the first stage profiled: the mechanism was already there; profile an earlier stage to time it`;
  },
  noEmergenceStep: (last: string, growing: string | null): string => growing
    ? `no stage confidently shows a mechanism by ${last}, but ${readout(growing)}'s escape grows: profile a later stage, with at least 3 replicates per stage`
    : `no stage confidently shows a mechanism by ${last}: profile a later stage, or add replicates to stages with provisional calls`,
};

export const trajectoryReportMessages = {
  sectionTitle: () => 'Resistance over time',
  sectionIntro: () => 'Each stage of a lineage is compared with its parental in one model with every other stage (one residual variance); each keeps its own verdict. The lineage reads the mechanism of its last stage, the stage from which every later stage shows it at moderate or strong confidence, and the trend of its escape (the slope of the resistant-versus-parental difference of log2 f against weeks on drug).',
  heading: (lineage: string, parental: string, condition: string) => `${lineage} (from ${parental}), ${condition}`,
  chartTitle: (lineage: string) => `${lineage}: fraction of vehicle over time on drug`,
  chartCaption: (parental: string, level: number, suppressed: number, sustained: number, scale: 'weeks' | 'order') =>
    `Fraction of vehicle (drug ÷ vehicle of phospho/total) of each stage, the parental ${parental} at ${scale === 'weeks' ? 'week' : 'stage'} 0, with ${Math.round(level * 100)} % intervals from the lineage's joint model (log scale). Shaded: suppressed (f <= ${suppressed}) and sustained (f >= ${sustained}). Dashed line: the stage where the mechanism emerged.`,
  readout: (target: string) => `p${target}`,
  axisWeeks: () => 'weeks on drug',
  axisStage: () => 'stage (parental = 0)',
  legendZone: () => 'zone',
  zoneSuppressed: () => 'suppressed',
  zoneSustained: () => 'sustained',
  emergedMark: (mechanism: Mechanism, drivers: readonly string[]) => `${mechanismWords(mechanism, drivers)} emerged`,
  columnStage: (scale: 'weeks' | 'order') => (scale === 'weeks' ? 'weeks on drug' : 'stage'),
  columnLine: () => 'population',
  columnVerdict: () => 'verdict',
  columnConfidence: () => 'confidence',
  columnReplicates: () => 'n',
  changed: () => 'Changed along the way:',
  trend: () => 'Trend:',
  next: () => 'Next:',
  noTrend: () => 'no trend could be estimated (the readout was not measured at two stages with the parental)',
};

/** `blotbypass validate`: "lineage KM12-LR (from KM12): KM12-LR w2 at week 2, KM12-LR w4 at week 4, ..." */
export function lineagePreviewLine(l: { name: string; parental: string; scale: 'weeks' | 'order'; stages: readonly { line: string; value: number }[] }): string {
  const stages = l.stages.map((s, i) => `${s.line} at ${l.scale === 'weeks' ? stageLabel(s.value, 'weeks') : `stage ${i + 1}${s.value === i + 1 ? '' : ` (${s.value})`}`}`);
  return `lineage ${l.name} (from ${l.parental}, ${stages.length === 1 ? 'one stage' : `${stages.length} stages`}): ${stages.join(', ')}`;
}

/** The command line's summary: the heading of the lineage lines. */
export const lineageSummaryHeading = (): string => 'Resistance over time:';
