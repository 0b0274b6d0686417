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

describe('builtInVariantClasses(): the RAS, RAF and MEK nodes below every receptor', () => {
  const table = builtInVariantClasses();
  const find = (gene: string, position: number) => table.find((e) => e.gene === gene && (e.match === 'codon' || e.match === 'change') && e.position === position);

  it('has HRAS codons 12, 13 and 61 beside KRAS and NRAS, with a MEK inhibitor', () => {
    for (const gene of ['KRAS', 'NRAS', 'HRAS']) {
      for (const codon of [12, 13, 61]) expect(find(gene, codon)).toMatchObject({ class: 'mapk-driver', strategy: 'mek-inhibitor', protein: 'RAS' });
    }
  });

  it('has BRAF class II and III substitutions with a MEK inhibitor, and V600 with BRAF + MEK', () => {
    expect(find('BRAF', 601)).toMatchObject({ class: 'mapk-driver', region: 'class II', strategy: 'mek-inhibitor' });
    expect(find('BRAF', 594)).toMatchObject({ class: 'mapk-driver', region: 'class III', strategy: 'mek-inhibitor' });
    expect(find('BRAF', 600)).toMatchObject({ class: 'mapk-driver', strategy: 'braf-inhibitor' });
  });
});
