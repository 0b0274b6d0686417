import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/errors.js';
import { readVariants } from '../../src/genotype/readVariants.js';

const fixture = (name: string) => ({ name: `tests/fixtures/genotype/${name}`, bytes: readFileSync(new URL(`../fixtures/genotype/${name}`, import.meta.url)) });
const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });

function thrown(fn: () => unknown): InputError[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputErrors) return [...error.errors];
    if (error instanceof InputError) return [error];
    throw error;
  }
  throw new Error('expected an input error');
}

describe('readVariants(input) reads a MAF', () => {
  const maf = readVariants(fixture('panel.maf'));

  it('skips the #version header lines and keeps file row numbers', () => {
    expect(maf.format).toBe('maf');
    expect(maf.rows).toBe(11);
    // row 1 and 2 are # lines, row 3 the header: the first variant is spreadsheet row 4
    expect(maf.records[0]).toMatchObject({ gene: 'NTRK1', sample: 'KM12-LR', at: { file: 'tests/fixtures/genotype/panel.maf', row: 4 } });
  });

  it('takes HGVSp_Short, Variant_Classification and t_alt_count / t_depth', () => {
    const ntrk1 = maf.records[0]!;
    expect(ntrk1.change).toEqual({ kind: 'substitution', substitution: { ref: 'G', position: 595, alt: 'R', kind: 'missense' } });
    expect(ntrk1.proteinChangeText).toBe('p.G595R');
    expect(ntrk1.variantClassification).toBe('Missense_Mutation');
    expect(ntrk1.vaf).toBeCloseTo(62 / 200, 12);
    expect(ntrk1.copyNumber).toBeNull();
  });

  it('never reads the population AF column as the tumour allele frequency', () => {
    const tp53 = maf.records.find((r) => r.gene === 'TP53' && r.sample === 'KM12-LR')!;
    expect(tp53.vaf).toBeCloseTo(90 / 180, 12);
  });

  it('keeps rows without a protein change when they have a classification (intronic, silent)', () => {
    const apc = maf.records.find((r) => r.gene === 'APC')!;
    expect(apc.change).toEqual({ kind: 'none' });
    expect(apc.variantClassification).toBe('Intron');
    expect(maf.warnings).toEqual([]);
  });

  it('hashes the bytes', () => {
    expect(maf.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readVariants(input) reads a plain table', () => {
  const table = readVariants(fixture('variants-table.csv'));

  it('reads gene, protein change, sample, VAF and copy number', () => {
    expect(table.format).toBe('table');
    expect(table.records.map((r) => [r.gene, r.sample, r.vaf, r.copyNumber])).toEqual([
      ['NTRK3', 'km12_lr', 0.12, null],
      ['MET', 'KM12-LR', null, null],
      ['EGFR', 'KM12-LR', null, 9],
      ['ERBB2', 'KM12-LR', null, 3],
      ['FOO1', 'KM12-LR', 0.4, null],
      ['NTRK1', 'KM12 LR', 0.08, null],
    ]);
  });

  it('reads "amplification" in the protein-change column as an amplified gene', () => {
    const met = table.records[1]!;
    expect(met.amplified).toBe(true);
    expect(met.change).toEqual({ kind: 'none' });
  });

  it('keeps an unknown gene as a record', () => {
    expect(table.records[4]).toMatchObject({ gene: 'FOO1', change: { kind: 'substitution' } });
  });

  it('resolves gene aliases to HGNC symbols', () => {
    const r = readVariants(text('a.csv', 'gene,protein_change,sample\nHER2,amp,KM12-LR\nTrkA,G595R,KM12-LR\nMEK1,K57N,KM12-LR\n'));
    expect(r.records.map((x) => x.gene)).toEqual(['ERBB2', 'NTRK1', 'MAP2K1']);
    expect(r.records[0]!.amplified).toBe(true);
  });

  it('reads tab-separated tables, decimal commas and percentages named in the header', () => {
    const tsv = readVariants(text('a.tsv', 'Gene\tMutation\tCell line\tVAF (%)\nKRAS\tG12D\tKM12-LR\t31,5\n'));
    expect(tsv.records[0]!.vaf).toBeCloseTo(0.315, 12);
    expect(tsv.records[0]!.sample).toBe('KM12-LR');
  });

  it('takes t_ref_count + t_alt_count as the depth when t_depth is absent', () => {
    const r = readVariants(text('a.csv', 'Hugo_Symbol,HGVSp_Short,Tumor_Sample_Barcode,t_ref_count,t_alt_count\nKRAS,p.G12D,KM12-LR,70,30\n'));
    expect(r.records[0]!.vaf).toBeCloseTo(0.3, 12);
  });

  it('reads NA, empty and . as unknown numbers', () => {
    const r = readVariants(text('a.csv', 'gene,protein_change,sample,vaf,copy_number\nKRAS,G12D,A,NA,.\nMET,,A,,8\n'));
    expect(r.records.map((x) => [x.vaf, x.copyNumber])).toEqual([[null, null], [null, 8]]);
  });
});

describe('readVariants(input) warns and keeps going', () => {
  it('warns about a protein change it cannot read, naming file:row:column, and keeps the variant', () => {
    const r = readVariants(text('v.csv', 'gene,protein_change,sample\nNTRK1,G595R,KM12-LR\nNTRK1,gly to arg at 595,KM12-LR\n'));
    expect(r.records).toHaveLength(2);
    expect(r.records[1]!.change).toEqual({ kind: 'unreadable', text: 'gly to arg at 595' });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'unreadable-protein-change', at: { file: 'v.csv', row: 3, column: 'protein_change' } })]);
  });

  it('leaves out, with a warning, a row with nothing to classify', () => {
    const r = readVariants(text('v.csv', 'gene,protein_change,sample,copy_number\nKRAS,,KM12-LR,\nKRAS,G12D,KM12-LR,\n'));
    expect(r.records).toHaveLength(1);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'variant-without-change', at: { file: 'v.csv', row: 2 } })]);
  });

  it('treats a fusion row as a non-substitution, without a warning', () => {
    const r = readVariants(text('v.csv', 'gene,protein_change,sample,classification\nNTRK1,TPM3-NTRK1 fusion,KM12,Fusion\n'));
    expect(r.records[0]!.change).toEqual({ kind: 'other-hgvs', text: 'TPM3-NTRK1 fusion' });
    expect(r.warnings).toEqual([]);
  });
});

describe('readVariants(input) errors are located by file:row:column', () => {
  it('names the header row when the gene column is missing', () => {
    const [e] = thrown(() => readVariants(text('v.maf', '#version 2.4\nGene_Name_X\tHGVSp_Short\tTumor_Sample_Barcode\nNTRK1\tp.G595R\tKM12-LR\n')));
    expect(e).toMatchObject({ code: 'variants-missing-columns', at: { file: 'v.maf', row: 2 } });
    expect(e!.format()).toContain('v.maf:2: the variants file lacks a column for the gene (Hugo_Symbol)');
  });

  it('refuses a table with neither a protein change nor a copy number', () => {
    expect(thrown(() => readVariants(text('v.csv', 'gene,sample\nKRAS,A\n')))[0]).toMatchObject({ code: 'variants-no-change-column' });
  });

  it('refuses a header with no rows', () => {
    expect(thrown(() => readVariants(text('v.csv', 'gene,protein_change,sample\n')))[0]).toMatchObject({ code: 'variants-header-only', at: { file: 'v.csv', row: 1 } });
  });

  it('collects every bad cell: empty gene, empty sample, not a number, out-of-range VAF, alt above depth, negative copy number', () => {
    const body = [
      'gene,protein_change,sample,vaf,t_alt_count,t_depth,copy_number',
      ',G12D,A,0.2,,,',
      'KRAS,G12D,,0.2,,,',
      'KRAS,G12D,A,high,,,',
      'KRAS,G12D,A,31,,,',
      'KRAS,G12D,A,,50,40,',
      'MET,,A,,,,-2',
    ].join('\n');
    const errors = thrown(() => readVariants(text('v.csv', body)));
    expect(errors.map((e) => [e.code, e.at?.row, e.at?.column])).toEqual([
      ['variants-empty-cell', 2, 'gene'],
      ['variants-empty-cell', 3, 'sample'],
      ['variants-not-a-number', 4, 'vaf'],
      ['variants-vaf-range', 5, 'vaf'],
      ['variants-alt-above-depth', 6, 't_alt_count'],
      ['variants-negative', 7, 'copy_number'],
    ]);
  });

  it('refuses a file that mixes decimal marks', () => {
    const body = 'gene\tprotein_change\tsample\tvaf\nKRAS\tG12D\tA\t0.25\nNRAS\tQ61K\tA\t0,3\n';
    expect(thrown(() => readVariants(text('v.tsv', body)))[0]).toMatchObject({ code: 'variants-mixed-decimals' });
  });

  it('refuses an empty file through the shared decoder', () => {
    expect(thrown(() => readVariants(text('v.csv', '')))[0]).toMatchObject({ code: 'empty-file' });
  });
});
