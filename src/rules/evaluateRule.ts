/**
 * One mechanism rule on one group of comparisons: its conditions, then its drivers (the proteins
 * the verdict names). A rule with required drivers holds only when a candidate qualifies.
 */
import { ruleMessages as m } from '../messages/rules.js';
import { evaluateAll, substituteCandidate, type GroupContext, type LeafResult, type Status } from './evaluateCondition.js';
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
}

const holds = (s: Status): boolean => s === 'met' || s === 'weak';
const RANK: readonly Status[] = ['not-met', 'not-evaluable', 'ambiguous', 'weak', 'met'];
const worse = (a: Status, b: Status): Status => (RANK.indexOf(a) <= RANK.indexOf(b) ? a : b);

export function evaluateRule(rule: MechanismRule, ctx: GroupContext): RuleOutcome {
  const when = evaluateAll(rule.when, ctx);
  const tried = rule.drivers.candidates.map((target) => ({
    target, result: evaluateAll(rule.drivers.candidateWhen.map((c) => substituteCandidate(c, target, CANDIDATE)), ctx),
  }));
  const qualified = tried.filter((c) => holds(c.result.status));
  const namedCandidates = qualified.map((c) => c.target);
  const drivers = [...new Set([...rule.drivers.always, ...namedCandidates])];
  const base = { rule, all: [...when.all, ...tried.flatMap((c) => c.result.all)], drivers, namedCandidates };
  if (!rule.drivers.required || tried.length === 0) {
    return { ...base, status: when.status, leaves: when.leaves, optionalLeaves: qualified.flatMap((c) => c.result.leaves), driverNote: null };
  }
  if (qualified.length > 0) {
    const best = qualified.some((c) => c.result.status === 'met') ? 'met' : 'weak';
    return { ...base, status: worse(when.status, best), leaves: [...when.leaves, ...qualified.flatMap((c) => c.result.leaves)], optionalLeaves: [], driverNote: null };
  }
  const driverStatus: Status = tried.every((c) => c.result.status === 'not-evaluable') ? 'not-evaluable' : 'not-met';
  const rank = (x: Status): number => RANK.indexOf(x);
  return {
    ...base, status: worse(when.status, driverStatus), optionalLeaves: [],
    leaves: rank(when.status) <= rank(driverStatus) ? when.leaves : [],
    driverNote: rank(driverStatus) <= rank(when.status) ? m.noDriver(rule.drivers.candidates, ctx.line) : null,
  };
}
