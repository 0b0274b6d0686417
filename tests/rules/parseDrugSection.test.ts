/** The drug sections of a rules file (`drugs`, `drugClasses`), read by parseRuleSet. */
import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/errors.js';
import { drugTableOf } from '../../src/rules/followUps.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import { parseRuleSet } from '../../src/rules/parseRuleSet.js';
import { readArm } from '../../src/rules/readArms.js';

function problems(json: unknown): string[] {
  try {
    parseRuleSet(JSON.stringify(json), 'lab-rules.json');
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.format());
    if (error instanceof InputError) return [error.format()];
    throw error;
  }
  throw new Error('the rules file was accepted');
}

describe('parseRuleSet(text, file): drugs and drugClasses', () => {
  it('adds drugs by name and classes with their readouts (protein names as in the data files)', () => {
    const set = parseRuleSet(JSON.stringify({
      drugs: { 'TRKi-7': 'trk-first-generation', defactinib: 'fak' },
      drugClasses: { fak: { label: 'FAK inhibitor', readouts: ['pFAK'] }, erk: { label: 'ERK inhibitor', readouts: ['p-ERK1/2'] } },
    }), 'lab-rules.json');
    expect(set.drugs).toEqual({ 'TRKi-7': 'trk-first-generation', defactinib: 'fak' });
    expect(set.drugClasses?.erk).toEqual({ label: 'ERK inhibitor', kind: 'inhibitor', readouts: ['ERK'] });
    const table = drugTableOf(set);
    expect(readArm('TRKi-7 + defactinib', table)).toMatchObject({ kind: 'combination', drugs: [{ name: 'TRKi-7' }, { name: 'defactinib', class: 'fak', readouts: ['FAK'] }] });
    expect(readArm('larotrectinib + ulixertinib', table).drugs[1]?.readouts).toEqual(['ERK']);
  });

  it('leaves the drug table alone when the file has no drug section, also with "extends": "none"', () => {
    expect(parseRuleSet('{"thresholds": {"suppressed": 0.15}}', 'r.json').drugs).toBeUndefined();
    const complete = { extends: 'none', ...defaultRuleSet() };
    expect(parseRuleSet(JSON.stringify(complete), 'r.json').drugs).toBeUndefined();
  });

  it('names every problem with its JSON path: an unknown class, a class without readouts, a wrong kind', () => {
    const lines = problems({ drugs: { 'TRKi-7': 'trk-1st-gen' }, drugClasses: { fak: { label: 'FAK inhibitor', readouts: [] }, x: { label: 'X', kind: 'agonist', readouts: ['ERK'] } } });
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toContain('drugClasses.fak.readouts');
    expect(lines.join('\n')).toContain('drugClasses.x.kind');
    expect(lines.join('\n')).toContain('drug "TRKi-7": unknown class "trk-1st-gen"');
    expect(problems({ drugs: ['larotrectinib'] })[0]).toContain('drugs');
  });
});

describe('drugTableOf(ruleSet, drugClasses)', () => {
  it('refuses a class the table does not have, naming the classes it has', () => {
    expect(() => drugTableOf(defaultRuleSet(), { 'XR-88': 'mek-inhibitor' })).toThrow(/drug "XR-88": unknown class "mek-inhibitor" \(one of trk-first-generation, trk-next-generation, mek,/);
    expect(() => drugTableOf(defaultRuleSet(), { a: 'x', b: 'y' })).toThrow(InputErrors);
  });
});
