/**
 * The follow-up experiment through the real pipeline (analyze): the three situations of issue 26
 * (MEK combination after a MAPK bypass, a next-generation inhibitor after on-target, a MET
 * combination after a receptor bypass), a contradicting and an uninterpretable follow-up, a ligand
 * rescue, arms the drug table does not know, and experiments with TRK-inhibitor arms only, which the
 * follow-up stage leaves as they were.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_CASES, simulateFollowUp } from '../../bench/calibration/followUps.mjs';
import { analyze } from '../../src/analyze.js';
import { decideVerdicts } from '../../src/rules/decideVerdicts.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import type { FollowUp } from '../../src/rules/followUpTypes.js';
import type { Results } from '../../src/results.js';
import { textInput } from '../helpers/inputs.js';

/** One simulated experiment of a case at n = 3, CV 10 % (bench/calibration/followUps.mjs), analysed. */
function run(caseName: string, seed = 11, edit: (text: string) => string = (t) => t): Results {
  return analyze([textInput('follow-up.csv', edit(simulateFollowUp({ caseName, n: 3, cv: 0.1, seed })))]);
}

const primary = (r: Results, arm: string): FollowUp => r.followUps!.find((f) => f.arm === arm && f.primary)!;

describe('the three situations of issue 26', () => {
  const situations = [
    { caseName: 'MEK combination restores (MAPK bypass)', mechanism: 'mapk-bypass', arm: 'larotrectinib + trametinib', readout: 'ERK', others: ['trametinib'] },
    { caseName: 'next-generation inhibitor restores (on-target)', mechanism: 'on-target', arm: 'selitrectinib', readout: 'TRK', others: [] },
    { caseName: 'MET combination restores (receptor bypass)', mechanism: 'rtk-bypass', arm: 'larotrectinib + capmatinib', readout: 'ERK', others: ['capmatinib'] },
  ];
  for (const s of situations) {
    it(`${s.caseName}: the first-generation verdict is kept, the other arms get none, the restoring arm is restored with its numbers`, () => {
      const r = run(s.caseName);
      expect(r.verdicts.map((v) => [v.treatment, v.mechanism])).toEqual([['larotrectinib', s.mechanism]]);
      expect(r.verdicts.some((v) => v.mechanism === 'assay-invalid')).toBe(false);
      const f = primary(r, s.arm);
      expect(f).toMatchObject({ line: 'KM12-R', versus: 'KM12', readout: s.readout, outcome: 'restored', bears: 'confirms', comparedWith: 'larotrectinib', readIn: 'KM12-R' });
      expect(f.resistant!.fractionOfVehicle!).toBeLessThan(0.2);
      expect(f.reference.fractionOfVehicle!).toBeGreaterThan(0.5);
      expect(f.difference!.log2Ratio!).toBeLessThan(-1);
      expect(f.difference!.ciHigh!).toBeLessThan(0);
      expect(f.difference!.p!).toBeLessThan(0.05);
      expect(f.resistant!.n).toBe(3);
      // Every follow-up arm is read once per readout, none as a TRK inhibitor alone.
      expect(new Set(r.followUps!.map((x) => x.arm))).toEqual(new Set([s.arm, ...s.others]));
      const v = r.verdicts[0]!;
      expect(v.followUps).toContainEqual(expect.objectContaining({ arm: s.arm, readout: s.readout, outcome: 'restored', bears: 'confirms' }));
      expect(v.evidence.at(-1)).toMatchObject({ rule: 'follow-up', outcome: 'fired', targets: [s.readout] });
      expect(v.summary).toContain(`confirmed: ${s.arm} restores p${s.readout} suppression in KM12-R`);
      expect(v.nextSteps[0]).toMatch(s.arm === 'selitrectinib' ? /^selitrectinib is the candidate/ : /viability and synergy/);
      // The combination was tested: the rule's own "test a TRK + ... combination" step is not advised again
      // (for the receptor bypass, TRK + MEK stays as the untested alternative).
      if (s.arm !== 'selitrectinib') expect(v.nextSteps.filter((step) => /^test a TRK \+/.test(step))).toEqual([]);
    });
  }

  it('a single agent is read on its own readout against vehicle: active at its dose', () => {
    const r = run('MEK combination restores (MAPK bypass)');
    expect(primary(r, 'trametinib')).toMatchObject({ kind: 'single-agent', readout: 'ERK', outcome: 'active', comparedWith: 'vehicle', difference: null, bears: 'neutral' });
    expect(primary(run('MET combination restores (receptor bypass)'), 'capmatinib')).toMatchObject({ readout: 'MET', outcome: 'active' });
  });
});

describe('follow-ups that do not confirm', () => {
  it('a MEK combination that restores nothing in a MAPK bypass contradicts it: confidence one step lower, said why', () => {
    const confirmed = run('MEK combination restores (MAPK bypass)').verdicts[0]!;
    const r = run('MEK combination does not restore');
    const v = r.verdicts[0]!;
    expect(primary(r, 'larotrectinib + trametinib')).toMatchObject({ outcome: 'not-restored', bears: 'contradicts' });
    expect(v.mechanism).toBe('mapk-bypass');
    expect(v.confidence).toBe(confirmed.confidence === 'strong' ? 'moderate' : 'provisional');
    expect(v.confidenceNotes).toContain('follow-up larotrectinib + trametinib on pERK is not restored, against the verdict');
    expect(v.evidence.at(-1)).toMatchObject({ rule: 'follow-up', outcome: 'not-fired' });
    // trametinib alone is active in that experiment: the advice is to check the combination's lanes, not the drug.
    expect(v.nextSteps[0]).toMatch(/^trametinib alone is active at this dose, yet larotrectinib \+ trametinib does not restore suppression: check the lanes/);
  });

  it('a combination whose partner is inactive alone at its dose does not count against the verdict', () => {
    const r = run('MEK inhibitor inactive at its dose');
    expect(primary(r, 'trametinib').outcome).toBe('inactive');
    const combo = primary(r, 'larotrectinib + trametinib');
    expect(combo).toMatchObject({ outcome: 'not-restored', bears: 'neutral' });
    expect(combo.sentence).toContain('trametinib alone was not active at its dose');
    expect(r.verdicts[0]!.confidenceNotes?.some((n) => n.startsWith('follow-up'))).toBe(false);
    // It did not test the idea: a TRK + MEK combination at an active dose is still advised.
    expect(r.verdicts[0]!.nextSteps).toContain('test a TRK + MEK inhibitor combination (trametinib or cobimetinib)');
  });

  it('a next-generation inhibitor that does not restore pTRK on an on-target line is told, not held against it', () => {
    const r = run('next-generation inhibitor does not restore (on-target)');
    const f = primary(r, 'selitrectinib');
    expect(f).toMatchObject({ outcome: 'not-restored', bears: 'neutral', readout: 'TRK' });
    expect(f.sentence).toContain('xDFG');
  });

  it('a ligand with the TRK inhibitor is read in the sensitive line: HGF rescues pERK', () => {
    const f = primary(run('HGF rescues the sensitive line (ligand rescue)'), 'larotrectinib + HGF');
    expect(f).toMatchObject({ kind: 'ligand-rescue', readIn: 'KM12', readout: 'ERK', outcome: 'rescued', comparedWith: 'larotrectinib' });
    expect(f.difference!.log2Ratio!).toBeGreaterThan(1);
  });

  it('without a TRK inhibitor alone: no verdict, the combination has nothing to be compared with, the single agent is still read', () => {
    const r = run('MEK combination restores (MAPK bypass)', 11, (t) => t.split('\n').filter((row) => !row.includes(',larotrectinib,')).join('\n'));
    expect(r.verdicts).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('no-trk-arm');
    expect(primary(r, 'larotrectinib + trametinib')).toMatchObject({ outcome: 'inconclusive', withheld: 'no-reference', verdict: null, bears: 'neutral' });
    expect(primary(r, 'trametinib').outcome).toBe('active');
  });

  it('too few replicates: inconclusive, said why', () => {
    const text = simulateFollowUp({ caseName: 'MEK combination restores (MAPK bypass)', n: 2, cv: 0.1, seed: 3 });
    const r = analyze([textInput('n2.csv', text)]);
    expect(primary(r, 'larotrectinib + trametinib')).toMatchObject({ outcome: 'inconclusive', withheld: 'too-few-replicates' });
  });
});

describe('arms the drug table cannot read', () => {
  it('names an unknown drug, reads no verdict or follow-up on its arm, and says how to resolve it', () => {
    const r = run('MEK combination restores (MAPK bypass)', 11, (t) => t.replaceAll('larotrectinib + trametinib', 'larotrectinib + XR-88'));
    expect(r.verdicts.map((v) => v.treatment)).toEqual(['larotrectinib']);
    expect(r.followUps!.map((f) => f.arm)).toEqual(['trametinib']);
    const w = r.warnings.find((x) => x.code === 'unknown-drug')!;
    expect(w.message).toContain('"XR-88" is not in the drug table');
    expect(w.message).toContain('--drug-class "XR-88"=CLASS');
  });

  it('--drug-class gives the unknown drug its class: the arm is then read', () => {
    const edit = (t: string) => t.replaceAll('larotrectinib + trametinib', 'larotrectinib + XR-88');
    const text = edit(simulateFollowUp({ caseName: 'MEK combination restores (MAPK bypass)', n: 3, cv: 0.1, seed: 11 }));
    const r = analyze([textInput('f.csv', text)], { drugClasses: { 'XR-88': 'mek' } });
    expect(primary(r, 'larotrectinib + XR-88')).toMatchObject({ outcome: 'restored', bears: 'confirms', drugs: [{ name: 'larotrectinib', class: 'trk-first-generation' }, { name: 'XR-88', class: 'mek' }] });
    expect(r.warnings.some((x) => x.code === 'unknown-drug')).toBe(false);
  });
});

describe('experiments with TRK-inhibitor arms only are unchanged', () => {
  /** Step 4 as it was before follow-ups: every comparison to decideVerdicts. */
  const before = (r: Results) => decideVerdicts(r.comparisons, r.levels, defaultRuleSet(), r.settings.confidenceLevel, r.doseResponses);
  const files = ['trk-bypass-long.csv', 'trk-dose-response.csv', 'trk-time-course.csv', 'trk-bypass-wide.csv'];
  for (const file of files) {
    it(`examples/${file}: the same verdicts, an empty followUps, no new warning`, () => {
      const r = analyze([{ name: file, bytes: readFileSync(new URL(`../../examples/${file}`, import.meta.url)) }]);
      expect(r.verdicts).toEqual(before(r));
      expect(r.followUps).toEqual([]);
      expect(r.warnings.filter((w) => ['unknown-drug', 'arm-not-read', 'no-trk-arm'].includes(w.code))).toEqual([]);
    });
  }

  it('two first-generation arms each keep their verdict; lab code names (no known drug) are read as before', () => {
    const twoArms = (t: string) => t.replaceAll(',selitrectinib,', ',entrectinib,');
    const r = run('next-generation inhibitor restores (on-target)', 11, twoArms);
    expect(r.verdicts.map((v) => v.treatment)).toEqual(['entrectinib', 'larotrectinib']);
    expect(r.verdicts).toEqual(before(r));
    expect(r.followUps).toEqual([]);
    const coded = run('next-generation inhibitor restores (on-target)', 11, (t) => t.replaceAll(',selitrectinib,', ',TRKi-2,').replaceAll(',larotrectinib,', ',TRKi-1,'));
    expect(coded.verdicts.map((v) => v.treatment)).toEqual(['TRKi-1', 'TRKi-2']);
    expect(coded.verdicts).toEqual(before(coded));
    expect(coded.followUps).toEqual([]);
  });
});

it('every simulated case names an arm of its experiment in its truth', () => {
  for (const [caseName, spec] of Object.entries(FOLLOW_UP_CASES)) {
    const text = simulateFollowUp({ caseName, n: 1, cv: 0.1, seed: 1 });
    for (const armName of Object.keys(spec.truth)) expect(text, caseName).toContain(`,${armName},`);
  }
});

describe('a second drug column', () => {
  it('reads "drug 2" beside the treatment as the combination it is', () => {
    // The combination written as larotrectinib + trametinib in one column, then split over two.
    const text = simulateFollowUp({ caseName: 'MEK combination restores (MAPK bypass)', n: 3, cv: 0.1, seed: 11 });
    const [header, ...rows] = text.trim().split('\n');
    const split = [`${header},drug 2`, ...rows.map((row) => (row.includes(',larotrectinib + trametinib,') ? `${row.replace(',larotrectinib + trametinib,', ',larotrectinib,')},trametinib` : `${row},`))];
    const r = analyze([textInput('two-columns.csv', `${split.join('\n')}\n`)]);
    expect(r.design.conditions.map((c) => c.treatment)).toContain('larotrectinib + trametinib');
    expect(primary(r, 'larotrectinib + trametinib')).toMatchObject({ outcome: 'restored', bears: 'confirms' });
    expect(r.verdicts.map((v) => v.treatment)).toEqual(['larotrectinib']);
  });
});
