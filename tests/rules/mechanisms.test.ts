/**
 * Every mechanism the guide names (issue "Every mechanism"): bypass through any receptor tyrosine
 * kinase probed as a phospho/total pair (IGF1R and others), non-genetic resistance read from EMT
 * markers, fusion loss, and pathway markers as supporting evidence. Planned experiments through the
 * real pipeline (tests/rules/ruleExperiments.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Verdict } from '../../src/rules/types.js';
import { textInput } from '../helpers/inputs.js';
import { experimentCsv, SUPPRESSED_SENSITIVE, TARGETS, type Plan } from './ruleExperiments.js';

/** A planned experiment; `totalOnly` targets (EMT markers) keep their total band only. */
function verdictOf(plan: Plan, totalOnly: readonly string[] = []): Verdict {
  const csv = experimentCsv(plan).split('\n').filter((row) => !totalOnly.some((t) => row.includes(`,p${t},`))).join('\n');
  const { verdicts } = analyze([textInput('mechanisms.csv', csv)]);
  expect(verdicts).toHaveLength(1);
  return verdicts[0]!;
}

describe('receptor bypass through any receptor tyrosine kinase', () => {
  it('IGF1R raised and active, pAKT and pERK sustained: receptor bypass via IGF1R, with its own next step', () => {
    const v = verdictOf({
      targets: [...TARGETS, 'IGF1R'],
      sensitive: SUPPRESSED_SENSITIVE,
      resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.8, IGF1R: 1 }, total: { IGF1R: 3 }, basal: { IGF1R: 1.5 } },
    });
    expect(v).toMatchObject({ mechanism: 'rtk-bypass', drivers: ['IGF1R'] });
    expect(v.summary).toContain('receptor bypass via IGF1R');
    expect(v.nextSteps[0]).toContain('TRK + IGF1R inhibitor');
    expect(v.hints.find((h) => h.kind === 'amplification')?.target).toBe('IGF1R');
  });

  it('a receptor without a literature combination (AXL) gets the generic step', () => {
    const v = verdictOf({
      targets: [...TARGETS, 'AXL'],
      sensitive: SUPPRESSED_SENSITIVE,
      resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1, AXL: 1 }, basal: { AXL: 4 } },
    });
    expect(v).toMatchObject({ mechanism: 'rtk-bypass', drivers: ['AXL'] });
    expect(v.nextSteps[0]).toBe('test the TRK inhibitor together with an inhibitor of AXL; check AXL copy number and expression');
  });
});

describe('non-genetic resistance (EMT)', () => {
  const EMT = ['E-cadherin', 'vimentin'];

  it('E-cadherin 8-fold down and vimentin 7-fold up with signalling suppressed as in the parental line: non-genetic', () => {
    const v = verdictOf({
      targets: [...TARGETS, ...EMT],
      sensitive: SUPPRESSED_SENSITIVE,
      resistant: { f: { TRK: 0.08, ERK: 0.1, AKT: 0.12 }, total: { 'E-cadherin': 0.5 / 8, vimentin: 0.5 * 7 } },
    }, EMT);
    expect(v).toMatchObject({ mechanism: 'non-genetic', drivers: ['E-cadherin', 'vimentin'], confidence: 'strong' });
    expect(v.summary).toMatch(/non-genetic resistance \(EMT\) \(strong\) - .*total E-cadherin 0\.1\dx KM12, total vimentin 7\.0x KM12/);
    expect(v.nextSteps).toEqual([
      'combine the TRK inhibitor with drugs that target the EMT process or specific epigenetic modifiers',
      'test reversibility: a drug holiday, then re-challenge with the TRK inhibitor (non-genetic resistance is reversible)',
      'a next-generation TRK inhibitor alone is not expected to help',
    ]);
  });

  it('an EMT shift does not override a sustained bypass readout: MAPK bypass comes first', () => {
    const v = verdictOf({
      targets: [...TARGETS, ...EMT],
      sensitive: SUPPRESSED_SENSITIVE,
      resistant: { f: { TRK: 0.08, ERK: 0.85, AKT: 0.1 }, total: { 'E-cadherin': 0.05, vimentin: 4 } },
    }, EMT);
    expect(v.mechanism).toBe('mapk-bypass');
  });

  it('a resistant line with unchanged signalling and no markers: inconclusive, saying which markers to probe', () => {
    const v = verdictOf({ sensitive: SUPPRESSED_SENSITIVE, resistant: SUPPRESSED_SENSITIVE });
    expect(v).toMatchObject({ mechanism: 'inconclusive', withheld: 'no-pattern' });
    expect(v.nextSteps[0]).toContain('probe EMT markers (E-cadherin, vimentin, N-cadherin, ZEB1)');
  });

  it('only one direction of the shift (E-cadherin down, vimentin unchanged) is not enough', () => {
    const v = verdictOf({
      targets: [...TARGETS, ...EMT],
      sensitive: SUPPRESSED_SENSITIVE,
      resistant: { f: { TRK: 0.08, ERK: 0.1, AKT: 0.12 }, total: { 'E-cadherin': 0.05 } },
    }, EMT);
    expect(v.mechanism).toBe('inconclusive');
    const evidence = v.evidence.find((e) => e.rule === 'non-genetic')!;
    expect(evidence.sentence).toMatch(/^non-genetic resistance \(EMT\): cannot be evaluated - total vimentin in KM12-LR is 1\.00x KM12's .*: not 2\.0x higher$/);
    expect(evidence.sentence).not.toContain('N-cadherin');
  });
});

describe('pathway markers as supporting evidence', () => {
  it('pMEK sustained with pERK places a MAPK bypass at or above RAF/MEK, without changing the verdict', () => {
    const v = verdictOf({
      targets: [...TARGETS, 'MEK', 'S6'],
      sensitive: { f: { ...SUPPRESSED_SENSITIVE.f, MEK: 0.1, S6: 0.1 } },
      resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1, MEK: 0.85, S6: 0.1 } },
    });
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', drivers: ['ERK'], confidence: 'strong' });
    const hint = v.hints.find((h) => h.kind === 'pathway-marker')!;
    expect(hint).toMatchObject({ target: 'MEK' });
    expect(hint.sentence).toMatch(/^pMEK in KM12-LR stays at 8\d % of vehicle with pERK: the bypass acts at or above RAF\/MEK/);
  });

  it('pS6 sustained with pAKT in a PI3K-AKT bypass: mTORC1 output follows AKT', () => {
    const v = verdictOf({
      targets: [...TARGETS, 'S6'],
      sensitive: { f: { ...SUPPRESSED_SENSITIVE.f, S6: 0.1 } },
      resistant: { f: { TRK: 0.08, ERK: 0.09, AKT: 0.8, S6: 0.7 } },
    });
    expect(v.mechanism).toBe('pi3k-akt-bypass');
    expect(v.hints.find((h) => h.kind === 'pathway-marker')!.sentence).toContain('mTORC1 output follows AKT');
  });
});
