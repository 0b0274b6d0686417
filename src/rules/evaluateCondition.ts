/**
 * One condition of a rule, judged on the comparisons of one resistant model and condition.
 *
 * A leaf reads one number (a fraction of vehicle with its interval, or a resistant-versus-sensitive
 * difference with its adjusted p) and says:
 * - `met`: the condition holds, interval and p included;
 * - `weak`: it holds on the estimate, but the interval crosses the zone's own threshold (lowers
 *   confidence to moderate);
 * - `ambiguous`: no call is possible (grey zone, an interval running across both thresholds, a
 *   difference large enough but not significant): a rule that is only ambiguous makes the verdict
 *   inconclusive;
 * - `not-evaluable`: the number is missing (protein not measured);
 * - `not-met`: the condition clearly does not hold.
 * With fewer than `minReplicates` replicates behind the number the leaf is marked provisional
 * (n >= provisionalReplicates) or descriptive: a provisional leaf still reads the interval and p
 * the model gives (judged on the estimate alone only where there are none); a descriptive one reads
 * the estimate alone.
 * `anyOf` takes its best branch, `allOf` its worst condition. An `anyOf` whose branches are all
 * differences (the EMT markers, pERK or pAKT) is one family: its p values are read in the direction
 * each branch asks for and adjusted together by Holm (README "Statistics").
 * A fraction whose drug lanes were all below detection is an upper bound: it supports "suppressed"
 * (and "not sustained") when the bound does, and never "sustained".
 */
import type { QualityFlagCode } from '../normalize/types.js';
import type { Comparison, GroupComparison, Levels, RatioSummary } from '../stats/comparisonTypes.js';
import { measureLabel, phospho, ruleMessages as m, type FractionFacts } from '../messages/rules.js';
import type { Condition, DifferenceMeasure, FractionCondition, FractionRole, Thresholds } from './ruleSetTypes.js';
import { holm } from '../stats/holm.js';
import { flagsReadBy } from './flagsRead.js';

export type Status = 'met' | 'weak' | 'ambiguous' | 'not-evaluable' | 'not-met';
export type Mode = 'full' | 'provisional' | 'descriptive';
export type Zone = 'suppressed' | 'grey' | 'sustained';
export type AmbiguityReason = 'grey-zone' | 'interval-spans' | 'not-significant';

const RANK: Readonly<Record<Status, number>> = { 'not-met': 0, 'not-evaluable': 1, ambiguous: 2, weak: 3, met: 4 };

/** The comparisons of one resistant model, partner and drug condition, by protein. */
export interface GroupContext {
  line: string;
  versus: string;
  byTarget: ReadonlyMap<string, Comparison>;
  /** Basal levels (phospho/total, total protein) at the condition's vehicle time, by protein. */
  levels: ReadonlyMap<string, Levels>;
  thresholds: Thresholds;
  confidenceLevel: number;
  /**
   * p values adjusted within a rule's family of candidates (multiplicity.ts), by leaf key
   * (`MET.basal`); a difference not in it is a single pre-specified contrast read at its own p.
   */
  familyP?: ReadonlyMap<string, number | null>;
  /** How each family-adjusted p was adjusted (`BH` for a rule's candidates, `Holm` for an any-of), by leaf key. */
  familyMethod?: ReadonlyMap<string, 'BH' | 'Holm'>;
  /** Proteins whose total fell to the fusion-loss fold: their phospho fraction no longer reports on the drug's target. */
  fusionLost?: ReadonlySet<string>;
}

export interface LeafResult {
  target: string;
  status: Status;
  mode: Mode;
  n: number;
  /** For fraction leaves. */
  zone: Zone | null;
  reason: AmbiguityReason | null;
  /** The evidence sentence piece and the short form used in summaries. */
  fragment: string;
  brief: string;
  values: Record<string, number | null>;
  thresholds: Record<string, number>;
  flags: QualityFlagCode[];
  /** For fraction leaves: the interval's bounds, to grade assay failures. */
  ciLow: number | null;
  ciHigh: number | null;
  kind: 'fraction' | 'higher';
  role: FractionRole;
  /** Fractions: every drug lane was below detection, the estimate is an upper bound. */
  upperBound: boolean;
  /** `TARGET.measure` for differences (e.g. `MET.basal`), `TARGET.role` for fractions. */
  key: string;
  /** Differences: the unadjusted p of the contrast, and the p the leaf was judged on. */
  pRaw: number | null;
  /** Differences: the p in the direction the condition asks for (pRaw when the estimate lies that way, 1 otherwise): what a family adjusts. */
  pDirectional: number | null;
  pUsed: number | null;
}

export interface ConditionResult {
  status: Status;
  /** The leaves that explain the status (for met: all that were needed). */
  leaves: LeafResult[];
  /** Every leaf evaluated. */
  all: LeafResult[];
}

export function modeFor(n: number, t: Thresholds): Mode {
  if (n >= t.minReplicates) return 'full';
  return n >= t.provisionalReplicates ? 'provisional' : 'descriptive';
}

export function zoneOf(f: number, t: Thresholds): Zone {
  if (f <= t.suppressed) return 'suppressed';
  return f >= t.sustained ? 'sustained' : 'grey';
}

export function evaluateCondition(condition: Condition, ctx: GroupContext): ConditionResult {
  if ('anyOf' in condition) return combine(condition.anyOf.map((c) => evaluateCondition(c, anyOfFamily(condition.anyOf, ctx))), 'any');
  if ('allOf' in condition) return combine(condition.allOf.map((c) => evaluateCondition(c, ctx)), 'all');
  const leaf = 'higher' in condition ? evaluateDifference(condition.target, condition.higher, 'higher', ctx)
    : 'lower' in condition ? evaluateDifference(condition.target, condition.lower, 'lower', ctx)
      : evaluateFraction(condition, ctx);
  return { status: leaf.status, leaves: [leaf], all: [leaf] };
}

export function evaluateAll(conditions: readonly Condition[], ctx: GroupContext): ConditionResult {
  return combine(conditions.map((c) => evaluateCondition(c, ctx)), 'all');
}

function combine(results: readonly ConditionResult[], how: 'any' | 'all'): ConditionResult {
  if (results.length === 0) return { status: 'met', leaves: [], all: [] };
  const all = results.flatMap((r) => r.all);
  const ranks = results.map((r) => RANK[r.status]);
  const target = how === 'all' ? Math.min(...ranks) : Math.max(...ranks);
  const status = (Object.keys(RANK) as Status[]).find((s) => RANK[s] === target)!;
  const holds = status === 'met' || status === 'weak';
  if (how === 'all') {
    // All leaves explain a holding conjunction; otherwise the ones at the worst status do.
    return { status, all, leaves: results.filter((r) => holds || r.status === status).flatMap((r) => r.leaves) };
  }
  // A disjunction is explained by its first best branch when it holds or is ambiguous, otherwise by
  // every branch that was measured (a panel probes a few of many markers), or every branch if none was.
  if (holds || status === 'ambiguous') return { status, all, leaves: results.find((r) => r.status === status)!.leaves };
  const measured = results.filter((r) => r.status !== 'not-evaluable');
  return { status, all, leaves: (measured.length > 0 ? measured : results).flatMap((r) => r.leaves) };
}

const isDifference = (c: Condition): boolean => 'higher' in c || 'lower' in c;

/**
 * The context an any-of's branches are read in: when every branch is a difference and none is
 * already in a family (a rule's candidates), the measured branches form one family, adjusted by Holm
 * on their directional p values. A single measured branch is read at its own p.
 */
function anyOfFamily(branches: readonly Condition[], ctx: GroupContext): GroupContext {
  if (branches.length < 2 || !branches.every(isDifference)) return ctx;
  const leaves = branches.map((c) => evaluateCondition(c, ctx).leaves[0]!);
  if (leaves.some((l) => ctx.familyP?.has(l.key))) return ctx;
  const measured = leaves.filter((l) => l.pDirectional !== null);
  if (measured.length < 2) return ctx;
  const adjusted = holm(measured.map((l) => l.pDirectional));
  const familyP = new Map(ctx.familyP ?? []);
  const familyMethod = new Map(ctx.familyMethod ?? []);
  measured.forEach((l, i) => {
    familyP.set(l.key, adjusted[i] ?? null);
    familyMethod.set(l.key, 'Holm');
  });
  return { ...ctx, familyP, familyMethod };
}

function baseLeaf(target: string, ctx: GroupContext, kind: LeafResult['kind'], role: LeafResult['role'], key: string, measure: DifferenceMeasure | null): Omit<LeafResult, 'status' | 'fragment' | 'brief'> {
  const flags = [...new Set(flagsReadBy(ctx.byTarget.get(target), ctx.levels.get(target), role, measure))].sort();
  return {
    target, mode: 'full', n: 0, zone: null, reason: null, values: {}, thresholds: {},
    flags, ciLow: null, ciHigh: null, kind, role, key, pRaw: null, pUsed: null, pDirectional: null, upperBound: false,
  };
}

/**
 * A leaf whose numbers were not measured. Most leaves of a screen's groups end here (nine in ten: the
 * receptors a panel does not probe), so the fresh base is completed in place: several times cheaper
 * than spreading it into a new object, with the same keys in the same order.
 */
function notEvaluable(base: ReturnType<typeof baseLeaf>, missing: string, thresholds: Record<string, number>, valueKey: string): LeafResult {
  const values: Record<string, number | null> = {};
  values[valueKey] = null;
  return Object.assign(base, { status: 'not-evaluable' as const, fragment: missing, brief: missing, thresholds, values });
}

function evaluateFraction(c: FractionCondition, ctx: GroupContext): LeafResult {
  const t = ctx.thresholds;
  const comparison = ctx.byTarget.get(c.target);
  const summary: RatioSummary | undefined = c.in === 'resistant' ? comparison?.fractionOfVehicle
    : c.in === 'absolute' ? comparison?.absoluteOutput : comparison?.sensitiveFractionOfVehicle;
  const line = c.in === 'sensitive' ? ctx.versus : ctx.line;
  const key = `${c.target}.${c.in}`;
  const base = baseLeaf(c.target, ctx, 'fraction', c.in, key, null);
  const thresholds = { suppressed: t.suppressed, sustained: t.sustained };
  if (c.in === 'resistant' && ctx.fusionLost?.has(c.target) && (c.is === 'suppressed' || c.is === 'sustained')) {
    // Without the fusion protein, p/total is a ratio of two faint bands: the target no longer drives.
    const fragment = m.fusionLostFraction(c.target, line);
    // Read from total protein over the loading control: the flags of those lanes touch it.
    const totalFlags = flagsReadBy(undefined, ctx.levels.get(c.target), c.in, 'total');
    return {
      ...base, flags: [...new Set([...base.flags, ...totalFlags])].sort(), status: c.is === 'suppressed' ? 'met' : 'not-met', n: summary?.n ?? 0, mode: modeFor(summary?.n ?? 0, t), thresholds,
      fragment, brief: fragment, values: { [`${key}.fraction`]: summary?.estimate ?? null },
    };
  }
  if (!summary || summary.estimate === null || summary.n === 0) {
    const missing = m.notMeasured(c.in === 'absolute' ? `${phospho(c.target)} output under the drug against ${ctx.versus}'s vehicle` : `${phospho(c.target)} fraction of vehicle`, line);
    return notEvaluable(base, missing, thresholds, `${key}.fraction`);
  }
  const f = summary.estimate;
  const mode = modeFor(summary.n, t);
  const zone = zoneOf(f, t);
  // With fewer replicates than a verdict needs, the interval is still read when the model gives one
  // (the linear model has residual df at n = 2); the verdict's confidence is capped (provisional).
  const judged = mode !== 'descriptive';
  const lo = judged ? summary.ciLow : null;
  const hi = judged ? summary.ciHigh : null;
  // Where the interval lies relative to the zone the estimate is in.
  let ci: 'inside' | 'crosses' | 'spans' = 'inside';
  let crossed = t.suppressed;
  if (lo !== null && hi !== null) {
    if (lo <= t.suppressed && hi >= t.sustained) ci = 'spans';
    else if (zone === 'suppressed' && hi > t.suppressed) ci = 'crosses';
    else if (zone === 'sustained' && lo < t.sustained) { ci = 'crosses'; crossed = t.sustained; }
  }
  let status: Status;
  let reason: AmbiguityReason | null = null;
  if (c.is === 'not-suppressed') status = zone === 'suppressed' ? 'not-met' : 'met';
  else if (c.is === 'not-sustained') status = zone === 'sustained' ? 'not-met' : 'met';
  else if (zone === 'grey') { status = 'ambiguous'; reason = 'grey-zone'; }
  else if (zone !== c.is) status = 'not-met';
  else if (ci === 'spans') { status = 'ambiguous'; reason = 'interval-spans'; }
  else status = ci === 'crosses' ? 'weak' : 'met';
  // A bypass sustains output near the sensitive line's untreated level (SCIENCE.md, "Absolute
  // output"). An absolute output in the grey zone is not collapsed, but not shown maintained either:
  // when its whole interval lies below the sustained level (significantly under half of the sensitive
  // line's untreated output, a quarter of it, say) the bypass is withheld with the grey zone as the
  // reason; when the interval reaches it, "not suppressed" holds on the estimate only (lowers the
  // confidence, said why). Withholding every grey estimate costs about 2 points of right calls at
  // n = 3, CV 20 % (textbook bypasses whose output falls in the grey zone by noise; measured).
  if (c.in === 'absolute' && c.is === 'not-suppressed' && zone === 'grey') {
    if (hi !== null && hi < t.sustained) { status = 'ambiguous'; reason = 'grey-zone'; }
    else status = 'weak';
  }
  const upperBound = summary.upperBound === true;
  if (upperBound && zone !== 'suppressed') {
    // The true f lies anywhere below the bound: it cannot show "sustained", nor rule out "suppressed".
    const below = c.is === 'sustained' ? zone !== 'sustained' : c.is === 'not-sustained' ? zone !== 'sustained' : false;
    if (below) status = c.is === 'sustained' ? 'not-met' : 'met';
    else { status = 'ambiguous'; reason = 'interval-spans'; }
  }
  const facts: FractionFacts = {
    target: c.target, line, estimate: f, ciLow: summary.ciLow, ciHigh: summary.ciHigh, n: summary.n, level: ctx.confidenceLevel,
    ...(c.in === 'absolute' ? { reference: ctx.versus } : {}), ...(upperBound ? { upperBound } : {}),
  };
  const shownCi = c.is === 'not-suppressed' || c.is === 'not-sustained' ? 'inside' : ci;
  return {
    ...base, status, mode, n: summary.n, zone, reason, ciLow: summary.ciLow, ciHigh: summary.ciHigh, thresholds, upperBound,
    fragment: m.fraction(facts, zone, t.suppressed, t.sustained, shownCi, crossed, mode, lo === null || hi === null),
    brief: m.fractionBrief(facts, zone, c.in, shownCi),
    values: { [`${key}.fraction`]: f, [`${key}.ciLow`]: summary.ciLow, [`${key}.ciHigh`]: summary.ciHigh, [`${key}.n`]: summary.n },
  };
}

function pickDifference(ctx: GroupContext, target: string, measure: DifferenceMeasure): GroupComparison | undefined {
  if (measure === 'fraction') return ctx.byTarget.get(target)?.resistantVsSensitive;
  const levels = ctx.levels.get(target);
  if (measure === 'phospho') return levels?.phosphoProtein?.resistantVsSensitive;
  return measure === 'basal' ? levels?.basal.resistantVsSensitive : levels?.totalProtein.resistantVsSensitive;
}

/** Replicates behind a difference: pairs for a paired test, the smaller model otherwise. */
export function differenceN(g: GroupComparison): number {
  return g.test === 'paired-t' ? g.n : Math.min(g.nResistant, g.nSensitive);
}

/**
 * The resistant model above (`higher`) or below (`lower`) the sensitive one by at least the fold, with
 * p below alpha: `lower` reads the same difference with its sign turned.
 */
function evaluateDifference(target: string, measure: DifferenceMeasure, direction: 'higher' | 'lower', ctx: GroupContext): LeafResult {
  const t = ctx.thresholds;
  const key = `${target}.${measure}`;
  const base = baseLeaf(target, ctx, 'higher', 'resistant', key, measure);
  const thresholds = { minLog2Ratio: t.minLog2Ratio, alpha: t.alpha };
  const g = pickDifference(ctx, target, measure);
  if (!g || g.log2Ratio === null) {
    return notEvaluable(base, m.notMeasured(measureLabel(measure, target), `${ctx.line} or ${ctx.versus}`), thresholds, `${key}.log2Ratio`);
  }
  const d = g.log2Ratio;
  const sign = direction === 'higher' ? 1 : -1;
  // The bound of the interval nearer to no difference, in the direction asked for.
  const nearBound = direction === 'higher' ? g.ciLow : g.ciHigh === null ? null : -g.ciHigh;
  const n = differenceN(g);
  const mode = modeFor(n, t);
  const inFamily = ctx.familyP?.has(key) ?? false;
  const p = inFamily ? ctx.familyP!.get(key) ?? null : g.p;
  const pDirectional = g.p === null ? null : sign * d > 0 ? g.p : 1;
  // A drop of the resistant f that was read at a detection limit is an upper bound: it cannot show "higher".
  const bounded = measure === 'fraction' && direction === 'higher' && ctx.byTarget.get(target)?.fractionOfVehicle.upperBound === true;
  let status: Status;
  let outcome: 'higher' | 'too-small' | 'not-significant';
  if (sign * d < t.minLog2Ratio) { status = 'not-met'; outcome = 'too-small'; }
  else if (bounded) { status = 'ambiguous'; outcome = 'not-significant'; }
  else if (p !== null ? p < t.alpha : mode !== 'full') {
    // At least the fold on the estimate; an interval reaching below the fold lowers confidence, as a
    // fraction's interval crossing its own threshold does.
    status = mode === 'full' && nearBound !== null && nearBound < t.minLog2Ratio ? 'weak' : 'met';
    outcome = 'higher';
  } else { status = 'ambiguous'; outcome = 'not-significant'; }
  const pLabel = inFamily && (ctx.familyP?.size ?? 0) > 1 ? (ctx.familyMethod?.get(key) === 'Holm' ? 'Holm-adjusted p' : 'family-adjusted p') : 'p';
  const crossing = status === 'weak' && nearBound !== null ? sign * nearBound : null;
  return {
    ...base, status, mode, n, reason: outcome === 'not-significant' ? 'not-significant' : null, thresholds, pRaw: g.p, pUsed: p, pDirectional,
    fragment: m.higher(measure, target, ctx.line, ctx.versus, d, p, pLabel, n, outcome, t.minLog2Ratio, t.alpha, mode, crossing, p === null, direction),
    brief: m.higherBrief(measure, target, ctx.line, ctx.versus, d, p, pLabel, t.alpha, outcome, t.minLog2Ratio, direction),
    values: {
      [`${key}.log2Ratio`]: d, [`${key}.ciLow`]: g.ciLow, [`${key}.ciHigh`]: g.ciHigh, [`${key}.p`]: g.p,
      ...(inFamily ? { [`${key}.pFamilyAdjusted`]: p, [`${key}.pDirectional`]: pDirectional } : {}), [`${key}.n`]: n,
    },
  };
}

/** A condition with every `$candidate` target replaced by `target`. */
export function substituteCandidate(condition: Condition, target: string, placeholder: string): Condition {
  if ('anyOf' in condition) return { anyOf: condition.anyOf.map((c) => substituteCandidate(c, target, placeholder)) };
  if ('allOf' in condition) return { allOf: condition.allOf.map((c) => substituteCandidate(c, target, placeholder)) };
  return condition.target === placeholder ? { ...condition, target } : condition;
}
