import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import { evaluateCondition, type GroupContext } from '../../src/rules/evaluateCondition.js';
import type { Condition } from '../../src/rules/ruleSetTypes.js';
import { comparison, levels, type HandMade, type Summary } from './handMadeComparisons.js';

function context(...made: HandMade[]): GroupContext {
  return { line: 'R1', versus: 'S1', thresholds: defaultRuleSet().thresholds, confidenceLevel: 0.95, byTarget: new Map(made.map((h) => [h.target, comparison(h)])), levels: new Map(made.map((h) => [h.target, levels(h)])) };
}

const sustainedErk: Condition = { target: 'ERK', in: 'resistant', is: 'sustained' };
const suppressedErk: Condition = { target: 'ERK', in: 'resistant', is: 'suppressed' };
const statusOf = (c: Condition, fR: Summary) => evaluateCondition(c, context({ target: 'ERK', fR })).leaves[0]!;

describe('evaluateCondition(fraction condition, group)', () => {
  it.each([
    // [estimate, ciLow, ciHigh, n], condition, status, zone
    [[0.2, 0.15, 0.2, 3], suppressedErk, 'met', 'suppressed'], // at the threshold counts as suppressed
    [[0.5, 0.5, 0.7, 3], sustainedErk, 'met', 'sustained'], // at the threshold counts as sustained
    [[0.15, 0.1, 0.3, 3], suppressedErk, 'weak', 'suppressed'], // interval crosses 0.20 only
    [[0.8, 0.3, 1.5, 3], sustainedErk, 'weak', 'sustained'], // interval crosses 0.50 only
    [[0.8, 0.2, 1.5, 3], sustainedErk, 'ambiguous', 'sustained'], // interval reaches 0.20: spans both thresholds
    [[0.35, 0.3, 0.4, 3], sustainedErk, 'ambiguous', 'grey'],
    [[0.35, 0.3, 0.4, 3], suppressedErk, 'ambiguous', 'grey'],
    [[0.1, 0.05, 0.15, 3], sustainedErk, 'not-met', 'suppressed'],
    [[0.8, 0.01, 60, 2], sustainedErk, 'ambiguous', 'sustained'], // n = 2: the model's interval is still read
    [[0.8, null, null, 2], sustainedErk, 'met', 'sustained'], // n = 2 and no interval: the estimate alone decides
  ] as const)('%j %j -> %s', (fR, condition, status, zone) => {
    const leaf = statusOf(condition, fR);
    expect(leaf.status).toBe(status);
    expect(leaf.zone).toBe(zone);
  });

  it('names why an ambiguous leaf is ambiguous', () => {
    expect(statusOf(sustainedErk, [0.35, 0.3, 0.4, 3]).reason).toBe('grey-zone');
    expect(statusOf(sustainedErk, [0.8, 0.1, 3, 3]).reason).toBe('interval-spans');
  });

  it('marks the replicate mode: full from 3, provisional at 2, descriptive at 1', () => {
    expect(statusOf(sustainedErk, [0.8, 0.6, 1, 3]).mode).toBe('full');
    expect(statusOf(sustainedErk, [0.8, 0.01, 60, 2]).mode).toBe('provisional');
    expect(statusOf(sustainedErk, [0.8, null, null, 1]).mode).toBe('descriptive');
  });

  it('"not-suppressed" reads the estimate only', () => {
    expect(statusOf({ target: 'ERK', in: 'resistant', is: 'not-suppressed' }, [0.25, 0.01, 5, 3]).status).toBe('met');
    expect(statusOf({ target: 'ERK', in: 'resistant', is: 'not-suppressed' }, [0.2, 0.1, 0.3, 3]).status).toBe('not-met');
  });

  it('reads the sensitive model when asked', () => {
    const ctx = context({ target: 'ERK', fR: [0.9, 0.7, 1.1, 3], fS: [0.6, 0.5, 0.7, 3] });
    expect(evaluateCondition({ target: 'ERK', in: 'sensitive', is: 'suppressed' }, ctx).status).toBe('not-met');
  });

  it('is not evaluable for a protein that was not measured', () => {
    const result = evaluateCondition({ target: 'MET', in: 'resistant', is: 'sustained' }, context({ target: 'ERK', fR: [0.9, 0.7, 1.1, 3] }));
    expect(result.status).toBe('not-evaluable');
    expect(result.leaves[0]!.fragment).toBe('pMET fraction of vehicle was not measured in R1');
  });
});

describe('evaluateCondition(higher condition, group)', () => {
  const higher: Condition = { target: 'ERK', higher: 'fraction' };
  it.each([
    [[1, 0.049, 3], 'met'], // exactly 2-fold and significant
    [[0.99, 0.001, 3], 'not-met'], // just under 2-fold
    [[3, 0.05, 3], 'ambiguous'], // adjusted p must be below alpha
    [[3, null, 3], 'ambiguous'],
    [[3, 0.4, 2], 'ambiguous'], // n = 2: the model's p is still read
    [[3, null, 2], 'met'], // n = 2 and no p (no residual df): fold alone
    [[-3, 0.001, 3], 'not-met'], // lower, not higher
  ] as const)('log2 ratio, adjusted p, n = %j -> %s', (diff, status) => {
    expect(evaluateCondition(higher, context({ target: 'ERK', fR: [0.9, 0.7, 1.1, 3], diff })).status).toBe(status);
  });

  it('reads basal and total differences', () => {
    const ctx = context({ target: 'MET', fR: [1, 0.8, 1.2, 3], basal: [2, 0.01, 3], total: [0.2, 0.5, 3] });
    expect(evaluateCondition({ target: 'MET', higher: 'basal' }, ctx).status).toBe('met');
    expect(evaluateCondition({ target: 'MET', higher: 'total' }, ctx).status).toBe('not-met');
  });
});

describe('evaluateCondition(anyOf / allOf, group)', () => {
  const ctx = context(
    { target: 'ERK', fR: [0.8, 0.3, 1.5, 3] }, // weak
    { target: 'AKT', fR: [0.35, 0.3, 0.4, 3] }, // grey
    { target: 'TRK', fR: [0.05, 0.03, 0.08, 3] }, // clearly suppressed
  );
  const sustained = (target: string): Condition => ({ target, in: 'resistant', is: 'sustained' });

  it('anyOf takes the best branch and is explained by it', () => {
    const result = evaluateCondition({ anyOf: [sustained('AKT'), sustained('ERK'), sustained('TRK')] }, ctx);
    expect(result.status).toBe('weak');
    expect(result.leaves.map((l) => l.target)).toEqual(['ERK']);
    expect(result.all.map((l) => l.target)).toEqual(['AKT', 'ERK', 'TRK']);
  });

  it('allOf takes the worst condition and is explained by the ones at that status', () => {
    expect(evaluateCondition({ allOf: [sustained('ERK'), sustained('AKT')] }, ctx)).toMatchObject({ status: 'ambiguous', leaves: [{ target: 'AKT' }] });
    expect(evaluateCondition({ allOf: [sustained('ERK'), sustained('AKT'), sustained('TRK')] }, ctx)).toMatchObject({ status: 'not-met', leaves: [{ target: 'TRK' }] });
  });
});
