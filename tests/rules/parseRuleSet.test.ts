import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { InputError, InputErrors } from '../../src/errors.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import { ruleSetToJson } from '../../src/rules/describeRuleSet.js';
import { parseRuleSet } from '../../src/rules/parseRuleSet.js';
import { experiment, SUPPRESSED_SENSITIVE, type Plan } from './ruleExperiments.js';

/** Every problem parseRuleSet reports for `json`, as formatted lines. */
function problems(json: unknown): string[] {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  try {
    parseRuleSet(text, 'lab-rules.json');
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.format());
    if (error instanceof InputError) return [error.format()];
    throw error;
  }
  throw new Error('the rules file was accepted');
}

describe('parseRuleSet(text, file)', () => {
  it('extends the default set: thresholds merge key by key', () => {
    const set = parseRuleSet('{"extends": "default", "thresholds": {"suppressed": 0.15, "alpha": 0.1}}', 'lab-rules.json');
    expect(set.thresholds).toEqual({ ...defaultRuleSet().thresholds, suppressed: 0.15, alpha: 0.1 });
    expect(set.mechanisms).toEqual(defaultRuleSet().mechanisms);
  });

  it('treats a file without "extends" as extending the default', () => {
    expect(parseRuleSet('{"thresholds": {"minReplicates": 4}}', 'f.json').thresholds.minReplicates).toBe(4);
  });

  it('reads back the complete file that `blotbypass rules --json` prints', () => {
    expect(parseRuleSet(ruleSetToJson(defaultRuleSet()), 'full.json')).toEqual(defaultRuleSet());
  });

  it('reads protein names as the data files do (Her2, pErk, c-Met)', () => {
    const set = parseRuleSet(JSON.stringify({ assay: { suppressedInSensitive: ['pTrk', 'pErk'] }, hints: { amplification: ['Her2', 'c-Met'] } }), 'f.json');
    expect(set.assay.suppressedInSensitive).toEqual(['TRK', 'ERK']);
    expect(set.hints.amplification).toEqual(['HER2', 'MET']);
    expect(set.hints.fusionLoss).toEqual(['TRK']);
  });

  it('names an unknown key with its JSON path and the allowed keys', () => {
    expect(problems({ extends: 'default', thresholds: { supressed: 0.15 } })).toEqual([
      'lab-rules.json: unknown key "thresholds.supressed" in the rules file - allowed here: suppressed, sustained, minLog2Ratio, alpha, amplificationFold, fusionLossFold, minReplicates, provisionalReplicates, reboundEarlyMaxHours, reboundLateMinHours, ic50FoldShift',
    ]);
  });

  it('names a key of the wrong type, and reports every problem at once', () => {
    const found = problems({ thresholds: { alpha: '0.05', suppressed: 1.5 }, colour: 'red' });
    expect(found).toHaveLength(3);
    expect(found).toContain('lab-rules.json: "thresholds.alpha" must be a number, got string "0.05" - see blotbypass rules for what each threshold means');
    expect(found).toContain('lab-rules.json: "thresholds.suppressed" must be a fraction between 0 and 1 (exclusive), got 1.5 - see blotbypass rules for what each threshold means');
    expect(found.some((f) => f.includes('unknown key "colour"'))).toBe(true);
  });

  it.each([
    [{ thresholds: { minReplicates: 2.5 } }, '"thresholds.minReplicates" must be a whole number from 2 to 100, got 2.5'],
    [{ thresholds: { suppressed: 0.6 } }, '"thresholds.suppressed" (0.6) must be below "thresholds.sustained" (0.5)'],
    [{ thresholds: { provisionalReplicates: 4 } }, '"thresholds.provisionalReplicates" (4) must be below "thresholds.minReplicates" (3)'],
    [{ thresholds: { amplificationFold: 1 } }, '"thresholds.amplificationFold" must be a fold above 1, got 1'],
    [{ extends: 'mine' }, '"extends" must be one of "default", "none", got "mine"'],
    [{ qualityFlagsLowerConfidence: ['saturated', 'blurry'] }, '"qualityFlagsLowerConfidence[1]" must be one of'],
    [{ assay: { suppressedInSensitive: [] } }, '"assay.suppressedInSensitive" must be a non-empty array of strings, got an empty array'],
    [[1], 'the rules file must be an object, got an array'],
  ])('rejects %j', (json, message) => {
    const found = problems(json);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('names the bad key deep inside a rule', () => {
    const rule = { id: 'x', mechanism: 'mapk-bypass', label: 'X', when: [{ anyOf: [{ target: 'ERK', in: 'resistant', is: 'up' }] }], nextSteps: [] };
    expect(problems({ mechanisms: [rule] })).toEqual([
      'lab-rules.json: "mechanisms[0].when[0].anyOf[0].is" must be one of "suppressed", "sustained", "not-suppressed", "not-sustained", got "up" - blotbypass rules --json prints a valid rules file to start from',
    ]);
  });

  it('allows $candidate only inside drivers.candidateWhen, and requires it there', () => {
    const outside = { id: 'x', mechanism: 'mapk-bypass', label: 'X', when: [{ target: '$candidate', higher: 'fraction' }], nextSteps: [] };
    expect(problems({ mechanisms: [outside] })[0]).toContain('"mechanisms[0].when[0].target": "$candidate" may only be used in drivers.candidateWhen');
    const missing = { ...outside, when: [{ target: 'ERK', higher: 'fraction' }], drivers: { candidates: ['MET'], candidateWhen: [{ target: 'MET', higher: 'basal' }] } };
    expect(problems({ mechanisms: [missing] })[0]).toContain('"mechanisms[0].drivers.candidateWhen": drivers.candidateWhen must name "$candidate"');
    const named = { ...outside, when: [{ target: 'ERK', higher: 'fraction' }], drivers: { always: ['$candidate'] } };
    expect(problems({ mechanisms: [named] })[0]).toContain('"mechanisms[0].drivers.always[0]": "$candidate" may only be used in drivers.candidateWhen');
  });

  it('rejects a rule id used twice', () => {
    const rule = { id: 'mine', mechanism: 'mapk-bypass', label: 'X', when: [{ target: 'ERK', higher: 'fraction' }], nextSteps: [] };
    expect(problems({ mechanisms: [rule, rule] })).toEqual([expect.stringContaining('"mechanisms[1].id": rule id "mine" is used twice')]);
  });

  it('asks for every section of a complete ("extends": "none") set', () => {
    const found = problems({ extends: 'none', name: 'mine' });
    expect(found.map((f) => /missing key "(\w+)"/.exec(f)?.[1])).toEqual(['version', 'thresholds', 'assay', 'mechanisms', 'hints', 'qualityFlagsLowerConfidence']);
    expect(found[0]).toContain('"extends": "default"');
  });

  it('a complete set written before ic50FoldShift existed still parses, with the default 10-fold', () => {
    const complete = JSON.parse(ruleSetToJson(defaultRuleSet())) as { thresholds: Record<string, number> };
    delete complete.thresholds.ic50FoldShift;
    const set = parseRuleSet(JSON.stringify({ ...complete, extends: 'none' }), 'old-rules.json');
    expect(set.thresholds.ic50FoldShift).toBe(10);
    expect(parseRuleSet('{"thresholds": {"ic50FoldShift": 30}}', 'f.json').thresholds.ic50FoldShift).toBe(30);
    expect(problems({ thresholds: { ic50FoldShift: 1 } })[0]).toMatch(/ic50FoldShift.*a fold above 1/);
  });

  it('gives the line of a JSON syntax error', () => {
    const found = problems('{\n  "thresholds": {\n    "suppressed": 0.15,\n  }\n}');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^lab-rules\.json:4: the rules file is not valid JSON: /);
  });
});

describe('a rules file changes the verdict', () => {
  // pERK at 40 % of vehicle: grey zone under the default thresholds (20 % / 50 %)
  const GREY: Plan = { sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.4, AKT: 0.1 } } };

  it('a lower "sustained" threshold turns the grey-zone pERK into MAPK bypass', () => {
    const before = analyze([experiment(GREY)]).verdicts[0]!;
    expect(before).toMatchObject({ mechanism: 'inconclusive', withheld: 'grey-zone' });
    const ruleSet = parseRuleSet('{"extends": "default", "thresholds": {"sustained": 0.3}}', 'lower-sustained.json');
    const after = analyze([experiment(GREY)], { rules: { ruleSet, source: 'lower-sustained.json' } });
    expect(after.verdicts[0]).toMatchObject({ mechanism: 'mapk-bypass', drivers: ['ERK'] });
    expect(after.verdicts[0]!.evidence.find((e) => e.rule === 'mapk-bypass')!.thresholds.sustained).toBe(0.3);
    expect(after.rules).toMatchObject({ source: 'lower-sustained.json', thresholds: { sustained: 0.3, suppressed: 0.2 } });
  });

  it('a replacement rule list decides with its own rules and next steps', () => {
    const rules = {
      mechanisms: [{
        id: 'erk-up', mechanism: 'mapk-bypass', label: 'pERK not suppressed',
        when: [{ target: 'pERK', in: 'resistant', is: 'not-suppressed' }],
        nextSteps: ['try the lab MEK inhibitor'],
      }],
    };
    const ruleSet = parseRuleSet(JSON.stringify(rules), 'replace.json');
    const results = analyze([experiment(GREY)], { rules: { ruleSet, source: 'replace.json' } });
    expect(results.verdicts[0]).toMatchObject({ mechanism: 'mapk-bypass', drivers: [], nextSteps: ['try the lab MEK inhibitor'] });
    expect(results.verdicts[0]!.summary).toContain('pERK not suppressed (strong)');
    expect(results.rules.precedence).toEqual(['assay-validity', 'erk-up']);
  });
});
