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
import type { Condition } from './ruleSetTypes.js';
import { holm } from '../stats/holm.js';
import type { ConditionResult, GroupContext, Status } from './conditionTypes.js';
import { evaluateDifference, evaluateFraction } from './evaluateLeaf.js';

export type { AmbiguityReason, ConditionResult, GroupContext, LeafResult, Mode, Status, Zone } from './conditionTypes.js';
export { differenceN, modeFor, zoneOf } from './evaluateLeaf.js';

const RANK: Readonly<Record<Status, number>> = { 'not-met': 0, 'not-evaluable': 1, ambiguous: 2, weak: 3, met: 4 };

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

/** A condition with every `$candidate` target replaced by `target`. */
export function substituteCandidate(condition: Condition, target: string, placeholder: string): Condition {
  if ('anyOf' in condition) return { anyOf: condition.anyOf.map((c) => substituteCandidate(c, target, placeholder)) };
  if ('allOf' in condition) return { allOf: condition.allOf.map((c) => substituteCandidate(c, target, placeholder)) };
  return condition.target === placeholder ? { ...condition, target } : condition;
}
