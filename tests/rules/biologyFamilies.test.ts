/**
 * Families of readouts (issue 24 items 2 and 8) and the quality flags a verdict reads (item 9): a rule's candidate receptors are adjusted together
 * (Benjamini-Hochberg) on p values read in the direction the rule needs; an any-of over differences
 * (the EMT markers; pERK or pAKT for on-target) is one family, adjusted by Holm. Hand-made
 * comparisons: every number is stated.
 */
import { describe, expect, it } from 'vitest';
import { decideVerdicts } from '../../src/rules/decideVerdicts.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import type { Evidence, Verdict } from '../../src/rules/types.js';
import { comparison, levels, type HandMade } from './handMadeComparisons.js';

const decide = (...made: HandMade[]): Verdict => {
  const [v] = decideVerdicts(made.map(comparison), made.map(levels), defaultRuleSet(), 0.95);
  return v!;
};
const evidence = (v: Verdict, rule: string): Evidence => v.evidence.find((e) => e.rule === rule)!;
const TRK: HandMade = { target: 'TRK', fR: [0.05, 0.03, 0.08, 3], fS: [0.05, 0.03, 0.08, 3] };
const ERK_SUSTAINED: HandMade = { target: 'ERK', fR: [0.8, 0.6, 1, 3], fS: [0.08, 0.06, 0.1, 3], diff: [3, 0.001, 3] };
const AKT_SUPPRESSED: HandMade = { target: 'AKT', fR: [0.1, 0.08, 0.12, 3] };

describe('the receptor family reads each p in the direction the rule needs', () => {
  it('a significant drop (pMET/MET down) enters with p = 1 and does not lower the others\' adjusted p', () => {
    const v = decide(TRK, ERK_SUSTAINED, AKT_SUPPRESSED,
      { target: 'EGFR', fR: [0.9, 0.7, 1.1, 3], phospho: [1.5, 0.004, 3] },
      { target: 'HER2', fR: [0.9, 0.7, 1.1, 3] },
      { target: 'MET', fR: [0.9, 0.7, 1.1, 3], basal: [-2, 0.0001, 3], total: [2, 0.03, 3] });
    const values = evidence(v, 'rtk-bypass').values;
    expect(values['MET.basal.pDirectional']).toBe(1);
    // Directional p of the nine measured keys (EGFR, HER2, MET x phospho, basal, total): 0.004 for
    // EGFR.phospho, 0.03 for MET.total, 1 for the rest (no change or the other way).
    // R: p.adjust(c(0.004, 1, 1, 1, 1, 1, 1, 1, 0.03), "BH") -> 0.036 1 1 1 1 1 1 1 0.135
    expect(values['EGFR.phospho.pFamilyAdjusted']).toBeCloseTo(0.036, 12);
    expect(values['MET.total.pFamilyAdjusted']).toBeCloseTo(0.135, 12);
    expect(v).toMatchObject({ mechanism: 'rtk-bypass', drivers: ['EGFR'] });
  });
});

describe('an any-of over differences is one family (Holm)', () => {
  it('two epithelial markers down at p 0.03 and 0.04 are not significant together: non-genetic resistance is undecided', () => {
    const suppressedErk: HandMade = { target: 'ERK', fR: [0.1, 0.08, 0.12, 3] };
    const v = decide(TRK, suppressedErk, AKT_SUPPRESSED,
      { target: 'E-cadherin', fR: [1, 0.9, 1.1, 3], total: [-2, 0.03, 3] },
      { target: 'claudin-1', fR: [1, 0.9, 1.1, 3], total: [-1.5, 0.04, 3] },
      { target: 'vimentin', fR: [1, 0.9, 1.1, 3], total: [2.5, 0.001, 3] });
    const values = evidence(v, 'non-genetic').values;
    // R: p.adjust(c(0.03, 0.04), "holm") -> 0.06 0.06
    expect(values['E-cadherin.total.pFamilyAdjusted']).toBeCloseTo(0.06, 12);
    expect(values['claudin-1.total.pFamilyAdjusted']).toBeCloseTo(0.06, 12);
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'not-significant' });
    expect(evidence(v, 'non-genetic').sentence).toContain('Holm-adjusted p');
  });

  it('one measured marker of a family is read at its own p', () => {
    const suppressedErk: HandMade = { target: 'ERK', fR: [0.1, 0.08, 0.12, 3] };
    const v = decide(TRK, suppressedErk, AKT_SUPPRESSED,
      { target: 'E-cadherin', fR: [1, 0.9, 1.1, 3], total: [-2, 0.03, 3] },
      { target: 'vimentin', fR: [1, 0.9, 1.1, 3], total: [2.5, 0.001, 3] });
    expect(v.mechanism).toBe('non-genetic');
    expect(evidence(v, 'non-genetic').values['E-cadherin.total.pFamilyAdjusted']).toBeUndefined();
  });
});

describe('a quality flag lowers confidence only where the verdict reads it', () => {
  const MAPK_CASE = (erk: Partial<HandMade>): Verdict => decide(TRK, { ...ERK_SUSTAINED, ...erk }, AKT_SUPPRESSED);

  it('a flag on a lane no deciding readout reads (flags, but not flagsRead) leaves the verdict strong, listed as a hint', () => {
    const v = MAPK_CASE({ flags: ['loading-drift'], flagsRead: { resistant: [], sensitive: [] } });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', confidence: 'strong', confidenceNotes: [] });
    expect(v.hints.some((h) => h.kind === 'quality' && h.sentence.startsWith('loading-drift on ERK'))).toBe(true);
  });

  it('the same flag on the resistant lanes pERK\'s f reads lowers it to moderate', () => {
    const v = MAPK_CASE({ flags: ['saturated'], flagsRead: { resistant: ['saturated'], sensitive: [] } });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', confidence: 'moderate', confidenceNotes: ['quality flag saturated on ERK'] });
  });
});

describe('the absolute output of a bypass', () => {
  it('collapsed (<= 20 % of the sensitive line\'s untreated level): MAPK bypass does not fit', () => {
    const v = decide(TRK, { ...ERK_SUSTAINED, abs: [0.13, 0.1, 0.17, 3] }, AKT_SUPPRESSED);
    expect(v.mechanism).toBe('inconclusive');
    expect(v.evidence.find((e) => e.rule === 'mapk-bypass')!.outcome).toBe('not-fired');
  });

  it('in the grey zone and shown under half the untreated level (the whole interval below 50 %): withheld', () => {
    const v = decide(TRK, { ...ERK_SUSTAINED, abs: [0.35, 0.28, 0.44, 3] }, AKT_SUPPRESSED);
    expect(v.mechanism).toBe('inconclusive');
    expect(v.withheld).toBeDefined();
  });

  it('in the grey zone with an interval that reaches 50 %: MAPK bypass, at most moderate, said why', () => {
    const v = decide(TRK, { ...ERK_SUSTAINED, abs: [0.35, 0.22, 0.56, 3] }, AKT_SUPPRESSED);
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', confidence: 'moderate' });
    expect(v.confidenceNotes![0]).toMatch(/^the output under the drug is well below the sensitive line's untreated level, though not collapsed: pERK output in R1 under the drug is at 35 % of S1's vehicle/);
  });
});
