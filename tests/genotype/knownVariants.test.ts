import { describe, expect, it } from 'vitest';
import { builtInVariantClasses, canonicalGene } from '../../src/genotype/knownVariants.js';

describe('builtInVariantClasses()', () => {
  const table = builtInVariantClasses();

  it('places every on-target substitution inside its gene\'s kinase-domain range', () => {
    const onTarget = table.filter((e) => e.match === 'change' && e.class === 'on-target');
    expect(onTarget).toHaveLength(12);
    for (const e of onTarget) {
      const domain = table.find((d) => d.match === 'range' && d.gene === e.gene);
      if (domain?.match !== 'range' || e.match !== 'change') throw new Error(`no kinase domain for ${e.gene}`);
      expect(domain.from).toBeLessThan(e.position);
      expect(e.position).toBeLessThan(domain.to);
    }
  });

  it('covers MET, EGFR and ERBB2 amplification at 6 copies', () => {
    const amps = table.filter((e) => e.match === 'amplification').map((e) => [e.gene, e.match === 'amplification' ? e.minCopyNumber : null]);
    expect(amps).toEqual([['MET', 6], ['EGFR', 6], ['ERBB2', 6]]);
  });

  it('returns a fresh table each call', () => {
    const a = builtInVariantClasses();
    a.length = 0;
    expect(builtInVariantClasses().length).toBe(table.length);
  });
});

describe('canonicalGene(name)', () => {
  it('upper-cases and resolves common aliases', () => {
    expect(['ntrk1', 'TrkA', 'HER2', 'neu', 'MEK1', 'c-Met', ' kras '].map(canonicalGene)).toEqual(['NTRK1', 'NTRK1', 'ERBB2', 'ERBB2', 'MAP2K1', 'MET', 'KRAS']);
  });
});
