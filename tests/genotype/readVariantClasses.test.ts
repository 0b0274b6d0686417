import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/errors.js';
import { readVariantClasses } from '../../src/genotype/readVariantClasses.js';

const json = (value: unknown) => ({ name: 'classes.json', bytes: new TextEncoder().encode(JSON.stringify(value)) });

function errorsOf(value: unknown): { code: string; column: string | undefined; message: string }[] {
  try {
    readVariantClasses(json(value));
  } catch (error) {
    const list = error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : [];
    if (list.length === 0) throw error;
    return list.map((e) => ({ code: e.code, column: e.at?.column, message: e.message }));
  }
  throw new Error('expected errors');
}

describe('readVariantClasses(input) reads entries', () => {
  it('reads change, codon, range and amplification entries with defaults', () => {
    const file = readVariantClasses(json({
      description: 'lab additions',
      variants: [
        { gene: 'NTRK1', change: 'p.Gly667Ala', class: 'on-target', region: 'xDFG', strategy: 'type-ii-trk-inhibitor' },
        { gene: 'HRAS', codon: 12, ref: 'Gly', class: 'mapk-driver' },
        { gene: 'NTRK1', from: 480, to: 509, class: 'possible-on-target', region: 'juxtamembrane' },
        { gene: 'HER2', amplification: true, minCopyNumber: 5, class: 'amplification' },
      ],
    }));
    expect(file.entries).toEqual([
      { gene: 'NTRK1', class: 'on-target', strategy: 'type-ii-trk-inhibitor', protein: 'TRK', match: 'change', ref: 'G', position: 667, alt: 'A', region: 'xDFG' },
      { gene: 'HRAS', class: 'mapk-driver', strategy: 'mek-inhibitor', protein: 'RAS', match: 'codon', position: 12, ref: 'G', region: 'codon 12' },
      { gene: 'NTRK1', class: 'possible-on-target', strategy: 'confirm-function', protein: 'TRK', match: 'range', from: 480, to: 509, region: 'juxtamembrane' },
      { gene: 'ERBB2', class: 'amplification', strategy: 'her2-inhibitor', protein: 'HER2', match: 'amplification', minCopyNumber: 5, region: 'amplification' },
    ]);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readVariantClasses(input) validates strictly', () => {
  it('refuses text that is not JSON', () => {
    expect(() => readVariantClasses({ name: 'c.json', bytes: new TextEncoder().encode('{variants: [') })).toThrow(/not valid JSON/);
  });

  it('refuses a top level without a variants list, and unknown top-level keys', () => {
    expect(errorsOf([])).toEqual([expect.objectContaining({ column: '(top level)' })]);
    expect(errorsOf({ variants: [], extra: 1 }).map((e) => e.column)).toEqual(['extra']);
    expect(errorsOf({ variant: [] }).map((e) => e.column)).toEqual(['variant', 'variants']);
  });

  it('names each bad entry by its path', () => {
    const errors = errorsOf({
      variants: [
        { gene: 'NTRK1', change: 'G667A', class: 'on-target', colour: 'red' },
        { gene: 'KRAS', codon: 0, class: 'mapk-driver' },
        { gene: 'KRAS', codon: 12, change: 'G12D', class: 'mapk-driver' },
        { gene: 'NTRK1', change: 'G667fs', class: 'on-target' },
        { gene: 'NTRK1', from: 600, to: 500, class: 'possible-on-target' },
        { gene: 'MET', amplification: true, class: 'mapk-driver' },
        { gene: 'MET', amplification: true, minCopyNumber: -1, class: 'amplification' },
        { gene: 'KRAS', codon: 146, class: 'driver' },
        { gene: '', codon: 146, class: 'mapk-driver' },
        { gene: 'KRAS', codon: 146, class: 'mapk-driver', strategy: 'chemo' },
        { gene: 'KRAS', codon: 146, class: 'amplification' },
        'KRAS A146T',
        { gene: 'KRAS', codon: 146, ref: 'J', class: 'mapk-driver' },
        { gene: 'KRAS', change: 'A146T', ref: 'A', class: 'mapk-driver' },
      ],
    });
    expect(errors.map((e) => e.column)).toEqual([
      'variants[0].colour', 'variants[1].codon', 'variants[2].codon', 'variants[3].change', 'variants[4].from',
      'variants[5].class', 'variants[6].minCopyNumber', 'variants[7].class', 'variants[8].gene', 'variants[9].strategy',
      'variants[10].class', 'variants[11]', 'variants[12].ref', 'variants[13].ref',
    ]);
    expect(errors.every((e) => e.code === 'variant-classes-invalid')).toBe(true);
    expect(errors[7]!.message).toContain('expected one of on-target, possible-on-target, mapk-driver, amplification, other');
  });
});

describe('readVariantClasses(input): selectedSubcloneMinFold', () => {
  it('reads the threshold, and null when absent', () => {
    expect(readVariantClasses(json({ selectedSubcloneMinFold: 10, variants: [] })).selectedSubcloneMinFold).toBe(10);
    expect(readVariantClasses(json({ variants: [] })).selectedSubcloneMinFold).toBeNull();
  });

  it('refuses a threshold that is not a number above 1, naming the key', () => {
    for (const bad of [1, 0.5, '4', null]) {
      expect(errorsOf({ selectedSubcloneMinFold: bad, variants: [] })).toEqual([
        { code: 'variant-classes-invalid', column: 'selectedSubcloneMinFold', message: '"selectedSubcloneMinFold" must be a number above 1 (the fold rise in allele frequency, e.g. 4)' },
      ]);
    }
  });
});
