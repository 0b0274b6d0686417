/**
 * One mechanism rule on one group of comparisons: its conditions, then its drivers (the proteins
 * the verdict names). A rule with required drivers holds only when a candidate qualifies.
 *
 * Multiplicity (README "Statistics"): each rule reads contrasts it names in advance. The differences
 * in its `when` conditions are single pre-specified hypotheses, read at their own p. The candidate
 * drivers form one family of exchangeable hypotheses (e.g. every receptor's basal and total
 * difference), adjusted together by Benjamini-Hochberg, and tested only once the rule's own
 * conditions hold: serial gatekeeping (Dmitrienko & Tamhane, Stat Med 2007;26:2465). Each p enters
 * the family in the direction its condition asks for (a drop enters a "higher" family with p = 1),
 * so a significant change the other way cannot lower the others' adjusted p.
 */
import { ruleMessages as m } from '../messages/rules.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import { evaluateAll, evaluateCondition, substituteCandidate, type ConditionResult, type GroupContext, type LeafResult, type Status } from './evaluateCondition.js';
import { CANDIDATE, type MechanismRule } from './ruleSetTypes.js';

export interface RuleOutcome {
  rule: MechanismRule;
  status: Status;
  /** Leaves that explain the status (conditions, plus the leaves of required drivers that qualified). */
  leaves: LeafResult[];
  /** Every leaf evaluated, for the evidence values. */
  all: LeafResult[];
  drivers: string[];
  /** Candidates that qualified, in the rule's order. */
  namedCandidates: string[];
  /** Leaves of optional candidates that qualified (co-occurring patterns). */
  optionalLeaves: LeafResult[];
  /** Set when the rule failed for want of a driver. */
  driverNote: string | null;
  /** The rule's own conditions hold and only its required drivers are undecided (raised but not significant). */
  undecidedDriverOnly: boolean;
  /** Leaves of the `when` conditions that clearly fail, when exactly one condition fails (what stood in the way of a near fit). */
  soleFailure: LeafResult[] | null;
}

const holds = (s: Status): boolean => s === 'met' || s === 'weak';
const RANK: readonly Status[] = ['not-met', 'not-evaluable', 'ambiguous', 'weak', 'met'];
const worse = (a: Status, b: Status): Status => (RANK.indexOf(a) <= RANK.indexOf(b) ? a : b);

export function evaluateRule(rule: MechanismRule, ctx: GroupContext): RuleOutcome {
  const when = evaluateAll(rule.when, ctx);
  const perCondition = rule.when.map((c) => evaluateCondition(c, ctx));
  const failed = perCondition.filter((r) => r.status === 'not-met');
  // A near fit: every condition holds but one, and that one fails only on resistant-versus-sensitive
  // differences (the zones of the pattern all hold): e.g. pTRK stays up but neither pERK nor pAKT follows it.
  const failedLeaves = failed.length === 1 ? failed[0]!.leaves.filter((l) => l.status === 'not-met') : [];
  const othersHold = perCondition.filter((r) => r !== failed[0]).every((r) => r.status === 'met' || r.status === 'weak');
  const soleFailure = failedLeaves.length > 0 && failedLeaves.every((l) => l.kind === 'higher') && perCondition.length >= 2 && othersHold ? failedLeaves : null;
  const tried = evaluateCandidates(rule, ctx);
  const qualified = tried.filter((c) => holds(c.result.status));
  const namedCandidates = qualified.map((c) => c.target);
  const drivers = [...new Set([...rule.drivers.always, ...namedCandidates])];
  const base = { rule, all: [...when.all, ...tried.flatMap((c) => c.result.all)], drivers, namedCandidates, undecidedDriverOnly: false, soleFailure };
  if (!rule.drivers.required || tried.length === 0) {
    return { ...base, status: when.status, leaves: when.leaves, optionalLeaves: qualified.flatMap((c) => c.result.leaves), driverNote: null };
  }
  if (qualified.length > 0) {
    const best = qualified.some((c) => c.result.status === 'met') ? 'met' : 'weak';
    return { ...base, status: worse(when.status, best), leaves: [...when.leaves, ...qualified.flatMap((c) => c.result.leaves)], optionalLeaves: [], driverNote: null };
  }
  // No candidate qualified: undecided when one is undecided (raised but not significant), else not met.
  const undecided = tried.filter((c) => c.result.status === 'ambiguous');
  const driverStatus: Status = undecided.length > 0 ? 'ambiguous'
    : tried.every((c) => c.result.status === 'not-evaluable') ? 'not-evaluable' : 'not-met';
  const rank = (x: Status): number => RANK.indexOf(x);
  const status = worse(when.status, driverStatus);
  const driverLeaves = undecided.flatMap((c) => c.result.leaves);
  return {
    ...base, status, optionalLeaves: [],
    leaves: rank(when.status) < rank(driverStatus) ? when.leaves : rank(when.status) === rank(driverStatus) ? [...when.leaves, ...driverLeaves] : driverLeaves,
    // Name the candidates that were measured (of twenty receptors, a panel probes a few).
    driverNote: undecided.length === 0 && rank(driverStatus) <= rank(when.status)
      ? m.noDriver(tried.filter((c) => c.result.status !== 'not-evaluable').map((c) => c.target), ctx.line) : null,
    undecidedDriverOnly: holds(when.status) && driverStatus === 'ambiguous',
  };
}

/**
 * Each candidate's conditions, with the differences they read adjusted together (BH) across the
 * whole family of candidates. Two passes: the first collects the unadjusted p values.
 */
function evaluateCandidates(rule: MechanismRule, ctx: GroupContext): { target: string; result: ConditionResult }[] {
  const conditionsOf = (target: string) => rule.drivers.candidateWhen.map((c) => substituteCandidate(c, target, CANDIDATE));
  const first = rule.drivers.candidates.map((target) => ({ target, result: evaluateAll(conditionsOf(target), ctx) }));
  const family = new Map<string, number | null>();
  for (const c of first) for (const leaf of c.result.all) if (leaf.kind === 'higher' && !family.has(leaf.key)) family.set(leaf.key, leaf.pDirectional);
  if (family.size === 0) return first;
  const keys = [...family.keys()];
  const adjusted = benjaminiHochberg(keys.map((k) => family.get(k) ?? null));
  const familyP = new Map(keys.map((k, i) => [k, adjusted[i] ?? null]));
  const adjustedCtx: GroupContext = { ...ctx, familyP };
  return rule.drivers.candidates.map((target) => ({ target, result: evaluateAll(conditionsOf(target), adjustedCtx) }));
}
