import { describe, expect, it } from 'vitest';
import { classifyVariant } from '../../src/genotype/classifyVariant.js';
import { builtInVariantClasses, type KnownVariant } from '../../src/genotype/knownVariants.js';
import { parseProteinChange } from '../../src/genotype/proteinChange.js';

const table = builtInVariantClasses();

function classify(gene: string, change: string, extra: { amplified?: boolean; copyNumber?: number | null } = {}, entries: readonly KnownVariant[] = table) {
  return classifyVariant({ gene, change: parseProteinChange(change), amplified: extra.amplified ?? false, copyNumber: extra.copyNumber ?? null }, entries);
}

// The SCIENCE.md mutation table (solvent front, gatekeeper, xDFG), typed out from the notes.
const scienceTable: [gene: string, change: string, region: string][] = [
  ['NTRK1', 'G595R', 'solvent front'], ['NTRK2', 'G639R', 'solvent front'], ['NTRK2', 'G639L', 'solvent front'],
  ['NTRK3', 'G623R', 'solvent front'], ['NTRK3', 'G623E', 'solvent front'],
  ['NTRK1', 'F589L', 'gatekeeper'], ['NTRK2', 'F633L', 'gatekeeper'], ['NTRK3', 'F617L', 'gatekeeper'],
  ['NTRK1', 'G667C', 'xDFG'], ['NTRK1', 'G667S', 'xDFG'], ['NTRK2', 'G709C', 'xDFG'], ['NTRK3', 'G696A', 'xDFG'],
];

describe('classifyVariant(record, table): on-target resistance', () => {
  it.each(scienceTable)('%s %s is on-target, %s', (gene, change, region) => {
    const c = classify(gene, `p.${change}`);
    expect(c.class).toBe('on-target');
    expect(c.region).toBe(region);
    expect(c.protein).toBe('TRK');
  });

  it('points xDFG to a type II inhibitor and solvent front / gatekeeper to a next-generation one', () => {
    expect(classify('NTRK1', 'G667C').strategy).toBe('type-ii-trk-inhibitor');
    expect(classify('NTRK3', 'G696A').strategy).toBe('type-ii-trk-inhibitor');
    expect(classify('NTRK1', 'G595R').strategy).toBe('next-generation-trk-inhibitor');
    expect(classify('NTRK2', 'F633L').strategy).toBe('next-generation-trk-inhibitor');
  });

  it('classifies the three-letter spelling as the one-letter one', () => {
    expect(classify('NTRK1', 'p.Gly595Arg')).toEqual(classify('NTRK1', 'G595R'));
  });
});

describe('classifyVariant(record, table): possible on-target', () => {
  it('calls another missense change in an NTRK kinase domain possible on-target, kinase domain', () => {
    for (const [gene, change] of [['NTRK1', 'V573M'], ['NTRK2', 'A600T'], ['NTRK3', 'L700P']] as const) {
      const c = classify(gene, change);
      expect(c.class).toBe('possible-on-target');
      expect(c.region).toBe('kinase domain');
      expect(c.strategy).toBe('confirm-function');
    }
  });

  it('names the region when another substitution hits a known resistance residue', () => {
    const c = classify('NTRK1', 'G595L');
    expect(c.class).toBe('possible-on-target');
    expect(c.region).toBe('solvent front residue');
  });

  it('leaves NTRK missense changes outside the kinase domain as other', () => {
    expect(classify('NTRK1', 'R100W').class).toBe('other');
    expect(classify('NTRK3', 'P900L').class).toBe('other');
  });

  it('leaves nonsense, synonymous and frameshift NTRK changes as other', () => {
    expect(classify('NTRK1', 'p.G595*').class).toBe('other');
    expect(classify('NTRK1', 'p.G595=').class).toBe('other');
    expect(classify('NTRK1', 'p.G595fs').class).toBe('other');
  });
});

describe('classifyVariant(record, table): MAPK drivers', () => {
  it('calls BRAF V600E a MAPK driver that a BRAF inhibitor targets', () => {
    const c = classify('BRAF', 'p.V600E');
    expect(c).toEqual({ class: 'mapk-driver', region: 'V600', strategy: 'braf-inhibitor', protein: 'BRAF', referenceMismatch: null });
    expect(classify('BRAF', 'V600K').class).toBe('mapk-driver');
    expect(classify('BRAF', 'V599E').class).toBe('other');
  });

  it.each([['KRAS', 'G12D'], ['KRAS', 'G12A'], ['KRAS', 'G13D'], ['KRAS', 'Q61H'], ['NRAS', 'Q61K'], ['NRAS', 'G12V'], ['NRAS', 'G13R']])(
    '%s %s is a MAPK driver at its codon',
    (gene, change) => {
      const c = classify(gene, change);
      expect(c.class).toBe('mapk-driver');
      expect(c.region).toBe(`codon ${change.slice(1, -1)}`);
      expect(c.strategy).toBe('mek-inhibitor');
    },
  );

  it('leaves KRAS changes away from codons 12, 13 and 61 as other', () => {
    expect(classify('KRAS', 'A146T').class).toBe('other');
  });

  it('calls activating MAP2K1 substitutions MAPK drivers, and others not', () => {
    for (const change of ['K57N', 'Q56P', 'P124S', 'E203K']) expect(classify('MAP2K1', change).class).toBe('mapk-driver');
    expect(classify('MAP2K1', 'K57R').class).toBe('other');
    expect(classify('MEK1', 'K57N').class).toBe('other'); // gene aliases are resolved by the reader, not here
  });
});

describe('classifyVariant(record, table): reference residue', () => {
  it('does not match a codon whose reference residue differs, and says which residue was expected', () => {
    expect(classify('KRAS', 'S12D')).toMatchObject({ class: 'other', referenceMismatch: 'G' });
    expect(classify('BRAF', 'p.Ala600Glu')).toMatchObject({ class: 'other', referenceMismatch: 'V' });
  });

  it('flags NTRK1 G589R (another isoform\'s numbering of G595R?) against the table\'s F589, still inside the kinase domain', () => {
    expect(classify('NTRK1', 'G589R')).toMatchObject({ class: 'possible-on-target', region: 'kinase domain', referenceMismatch: 'F' });
  });

  it('raises no mismatch for a matching change', () => {
    expect(classify('KRAS', 'G12D').referenceMismatch).toBeNull();
    expect(classify('NTRK1', 'V573M').referenceMismatch).toBeNull();
  });
});

describe('classifyVariant(record, table): amplifications', () => {
  it.each([['MET', 'met-inhibitor', 'MET'], ['EGFR', 'egfr-inhibitor', 'EGFR'], ['ERBB2', 'her2-inhibitor', 'HER2']])(
    '%s at copy number 6 or more is amplified; below is other',
    (gene, strategy, protein) => {
      expect(classify(gene, '', { copyNumber: 9 })).toEqual({ class: 'amplification', region: 'copy number >= 6', strategy, protein, referenceMismatch: null });
      expect(classify(gene, '', { copyNumber: 6 }).class).toBe('amplification');
      expect(classify(gene, '', { copyNumber: 5.9 }).class).toBe('other');
    },
  );

  it('takes a row that says amplification whatever its copy number', () => {
    expect(classify('MET', '', { amplified: true })).toEqual({ class: 'amplification', region: 'as reported', strategy: 'met-inhibitor', protein: 'MET', referenceMismatch: null });
    expect(classify('ERBB2', '', { amplified: true, copyNumber: 4 }).class).toBe('amplification');
  });

  it('does not call other genes amplified', () => {
    expect(classify('MYC', '', { copyNumber: 20 }).class).toBe('other');
    expect(classify('NTRK1', '', { amplified: true }).class).toBe('other');
  });
});

describe('classifyVariant(record, table): unknown genes and table order', () => {
  it('keeps a gene the table does not know as other', () => {
    expect(classify('FOO1', 'A100T')).toEqual({ class: 'other', region: null, strategy: 'none', protein: null, referenceMismatch: null });
    expect(classify('TP53', 'p.R273H').class).toBe('other');
  });

  it('lets an entry placed first (a --variant-classes entry) override a built-in one', () => {
    const user: KnownVariant[] = [
      { gene: 'NTRK1', match: 'change', ref: 'V', position: 573, alt: 'M', class: 'on-target', region: 'hinge', strategy: 'next-generation-trk-inhibitor', protein: 'TRK' },
      { gene: 'MET', match: 'amplification', minCopyNumber: 4, class: 'amplification', region: 'amplification', strategy: 'met-inhibitor', protein: 'MET' },
    ];
    expect(classify('NTRK1', 'V573M', {}, [...user, ...table])).toMatchObject({ class: 'on-target', region: 'hinge' });
    expect(classify('MET', '', { copyNumber: 4 }, [...user, ...table])).toMatchObject({ class: 'amplification', region: 'copy number >= 4' });
  });

  it('prefers an exact change over a codon over a range, whatever the order', () => {
    const entries: KnownVariant[] = [
      { gene: 'X1', match: 'range', from: 1, to: 100, class: 'possible-on-target', region: 'range', strategy: 'confirm-function', protein: 'X' },
      { gene: 'X1', match: 'codon', position: 50, ref: null, class: 'mapk-driver', region: 'codon', strategy: 'mek-inhibitor', protein: 'X' },
      { gene: 'X1', match: 'change', ref: 'A', position: 50, alt: 'T', class: 'on-target', region: 'change', strategy: 'next-generation-trk-inhibitor', protein: 'X' },
    ];
    expect(classify('X1', 'A50T', {}, entries).region).toBe('change');
    expect(classify('X1', 'A50V', {}, entries).region).toBe('codon');
    expect(classify('X1', 'A51V', {}, entries).region).toBe('range');
  });
});
