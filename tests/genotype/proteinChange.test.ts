import { describe, expect, it } from 'vitest';
import { formatSubstitution, parseProteinChange, shortSubstitution } from '../../src/genotype/proteinChange.js';

const g595r = { ref: 'G', position: 595, alt: 'R', kind: 'missense' };

describe('parseProteinChange(text) reads every common spelling of a substitution', () => {
  it.each([
    'p.G595R', 'G595R', 'p.Gly595Arg', 'Gly595Arg', 'p.(Gly595Arg)', 'p.(G595R)',
    'p.g595r', 'g595r', 'P.G595R', 'p.GLY595ARG', 'p.gly595arg', '  p.G595R  ',
    'ENSP00000431418.1:p.Gly595Arg', 'NP_002520.2:p.G595R',
  ])('%s is NTRK1-style G595R', (text) => {
    expect(parseProteinChange(text)).toEqual({ kind: 'substitution', substitution: g595r });
  });

  it('reads BRAF V600E in one- and three-letter codes alike', () => {
    const one = parseProteinChange('p.V600E');
    const three = parseProteinChange('p.Val600Glu');
    expect(one).toEqual({ kind: 'substitution', substitution: { ref: 'V', position: 600, alt: 'E', kind: 'missense' } });
    expect(three).toEqual(one);
  });

  it('reads stops written as *, X or Ter as nonsense', () => {
    for (const text of ['p.R213*', 'R213X', 'p.Arg213Ter', 'p.Arg213*']) {
      expect(parseProteinChange(text)).toEqual({ kind: 'substitution', substitution: { ref: 'R', position: 213, alt: '*', kind: 'nonsense' } });
    }
  });

  it('reads synonymous changes written as = or as the same residue', () => {
    for (const text of ['p.L123=', 'p.Leu123=', 'L123L', 'p.Leu123Leu']) {
      expect(parseProteinChange(text)).toEqual({ kind: 'substitution', substitution: { ref: 'L', position: 123, alt: '=', kind: 'synonymous' } });
    }
  });

  it('recognises other HGVS protein changes without classifying them', () => {
    for (const text of ['p.R273fs', 'p.Arg273GlyfsTer12', 'p.E746_A750del', 'p.Q61delinsKL', 'p.X123_splice', 'p.M1?', 'p.?', 'p.L858_E861dup', 'p.*797Lysext*?']) {
      expect(parseProteinChange(text)).toEqual({ kind: 'other-hgvs', text });
    }
  });

  it('returns none for an empty cell and unreadable for other text', () => {
    expect(parseProteinChange('')).toEqual({ kind: 'none' });
    expect(parseProteinChange('   ')).toEqual({ kind: 'none' });
    for (const text of ['hello', 'p.', 'G595', '595R', 'p.Gly595', 'B12D', 'p.Xaa12Asp', 'G0R', 'NTRK1 G595R extra']) {
      expect(parseProteinChange(text)).toEqual({ kind: 'unreadable', text: text.trim() });
    }
  });
});

describe('formatSubstitution(s) and shortSubstitution(s)', () => {
  it('write the HGVS short form with and without p.', () => {
    const reading = parseProteinChange('p.Gly595Arg');
    if (reading.kind !== 'substitution') throw new Error('expected a substitution');
    expect(formatSubstitution(reading.substitution)).toBe('p.G595R');
    expect(shortSubstitution(reading.substitution)).toBe('G595R');
  });
});
