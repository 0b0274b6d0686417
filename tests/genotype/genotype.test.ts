import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachGenotype, readGenotypeFiles } from '../../src/genotype/genotype.js';
import type { ModelSummary } from '../../src/normalize/types.js';
import { verdict } from './verdictFixture.js';

const fixture = (name: string) => ({ name: `tests/fixtures/genotype/${name}`, bytes: readFileSync(new URL(`../fixtures/genotype/${name}`, import.meta.url)) });
const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
const models: ModelSummary[] = [{ line: 'KM12', status: 'sensitive' }, { line: 'KM12-LR', status: 'resistant' }];

describe('attachGenotype(verdicts, models, files) with a MAF', () => {
  const files = readGenotypeFiles({ variants: [fixture('panel.maf')] });
  const result = attachGenotype([verdict('mapk-bypass', ['ERK'])], models, files);
  const v = result.verdicts[0]!;

  it('gives the verdict every variant of the resistant model, classified (other included), with parental ones marked pre-existing', () => {
    expect(v.genotype?.map((g) => [g.gene, g.proteinChange, g.class, g.acquired])).toEqual([
      ['NTRK1', 'p.G595R', 'on-target', true],
      ['BRAF', 'p.V600E', 'mapk-driver', false],
      ['KRAS', 'p.G12D', 'mapk-driver', true],
      ['APC', null, 'other', true],
      ['EGFR', 'p.R521K', 'other', false],
      ['TP53', 'p.R273H', 'other', false],
      ['TTN', 'p.L123=', 'other', true],
    ]);
    expect(v.genotype?.[0]).toEqual({
      gene: 'NTRK1', proteinChange: 'p.G595R', class: 'on-target', region: 'solvent front', vaf: 0.31, copyNumber: null,
      sample: 'KM12-LR', source: { file: 'tests/fixtures/genotype/panel.maf', row: 4 }, line: 'KM12-LR', acquired: true,
      partnerVaf: null, vafFold: null, selected: null, variantClassification: 'Missense_Mutation',
    });
  });

  it('is discordant: MAPK bypass on the blots, NTRK1 G595R in the genotype, KRAS G12D too', () => {
    expect(v.concordance?.status).toBe('discordant');
    expect(v.concordance?.sentence).toBe(
      'blots suggest MAPK bypass but NTRK1 G595R (solvent front, VAF 0.31) was found; both mechanisms may coexist, as reported in resistant patients'
      + '; KRAS G12D (codon 12, VAF 0.3) was also found'
      + '; BRAF V600E is also in KM12 (pre-existing, not acquired) and not counted as resistance evidence',
    );
    expect(v.nextSteps.slice(0, 3).map((s) => s.split(':')[0])).toEqual(['NTRK1 G595R', 'KRAS G12D', 'if on-target and bypass alterations coexist (check their allele frequencies, or sequence single-cell clones), a next-generation TRK inhibitor alone is expected to fail']);
  });

  it('reports the sample that matches no model, and summarises files and models', () => {
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'unmatched-sample', at: { file: 'tests/fixtures/genotype/panel.maf', row: 14 } })]);
    expect(result.summary.unmatchedSamples).toEqual(['HCT116-ctrl']);
    expect(result.summary.files).toEqual([{ file: 'tests/fixtures/genotype/panel.maf', sha256: files.variants[0]!.sha256, format: 'maf', rows: 11, encoding: 'utf-8' }]);
    expect(result.summary.models).toEqual([
      { line: 'KM12', sequenced: true, samples: ['KM12'], variants: 3, classified: 1, unlisted: 0 },
      { line: 'KM12-LR', sequenced: true, samples: ['KM12-LR'], variants: 7, classified: 3, unlisted: 0 },
    ]);
    expect(result.summary.selectedSubcloneMinFold).toBe(4);
    expect(result.summary.amplificationMinCopyNumber).toEqual([{ gene: 'EGFR', minCopyNumber: 6 }, { gene: 'ERBB2', minCopyNumber: 6 }, { gene: 'MET', minCopyNumber: 6 }]);
  });
});

describe('attachGenotype(verdicts, models, files) with a plain table', () => {
  const result = attachGenotype([verdict('rtk-bypass', ['MET'])], models, readGenotypeFiles({ variants: [fixture('variants-table.csv')] }));
  const v = result.verdicts[0]!;

  it('maps loosely spelt samples and classifies amplifications by text and by copy number', () => {
    expect(v.genotype?.map((g) => [g.gene, g.class, g.region, g.sample])).toEqual([
      ['NTRK3', 'on-target', 'solvent front', 'km12_lr'],
      ['NTRK1', 'possible-on-target', 'kinase domain', 'KM12 LR'],
      ['EGFR', 'amplification', 'copy number >= 6', 'KM12-LR'],
      ['MET', 'amplification', 'as reported', 'KM12-LR'],
      ['ERBB2', 'other', null, 'KM12-LR'],
      ['FOO1', 'other', null, 'KM12-LR'],
    ]);
    expect(result.summary.samples.map((s) => [s.sample, s.line, s.matchedBy])).toEqual([
      ['km12_lr', 'KM12-LR', 'normalised'], ['KM12-LR', 'KM12-LR', 'exact'], ['KM12 LR', 'KM12-LR', 'normalised'],
    ]);
  });

  it('lists the unknown gene too, as class other, and counts it', () => {
    expect(v.genotype?.find((g) => g.gene === 'FOO1')?.class).toBe('other');
    expect(result.summary.models[1]).toMatchObject({ line: 'KM12-LR', variants: 6, classified: 4, unlisted: 0 });
  });

  it('leaves the sensitive partner unsequenced: acquired is null, and the verdict is discordant on NTRK3 G623R', () => {
    expect(v.genotype?.every((g) => g.acquired === null)).toBe(true);
    expect(v.concordance?.status).toBe('discordant');
    expect(result.summary.models[0]).toEqual({ line: 'KM12', sequenced: false, samples: [], variants: 0, classified: 0, unlisted: 0 });
  });
});

describe('attachGenotype(verdicts, models, files): sample map and extra classes', () => {
  it('maps barcodes through the sample map, counts a clean mapped sample as sequenced, and applies --variant-classes', () => {
    const files = readGenotypeFiles({
      variants: [text('v.csv', 'Tumor_Sample_Barcode,Hugo_Symbol,HGVSp_Short\nT-0042,HRAS,p.G12V\n')],
      sampleMap: text('map.csv', 'sample,line\nT-0042,KM12-LR\nP-0001,KM12\n'),
      variantClasses: text('c.json', JSON.stringify({ variants: [{ gene: 'HRAS', codon: 12, class: 'mapk-driver' }] })),
    });
    const result = attachGenotype([verdict('mapk-bypass', ['ERK'])], models, files);
    const v = result.verdicts[0]!;
    expect(v.genotype?.map((g) => [g.gene, g.class, g.acquired])).toEqual([['HRAS', 'mapk-driver', true]]);
    expect(v.concordance?.status).toBe('concordant');
    expect(result.summary.models.map((m) => m.sequenced)).toEqual([true, true]);
    expect(result.summary.sampleMap).toMatchObject({ file: 'map.csv', entries: 2 });
    expect(result.summary.variantClasses).toMatchObject({ file: 'c.json', entries: 1 });
    expect(result.warnings.map((w) => w.code)).toEqual(['sample-without-variants']);
  });

  it('warns, at file:row, when a change disagrees with the reference residue the table expects', () => {
    const files = readGenotypeFiles({ variants: [text('v.csv', 'gene,protein_change,sample\nNTRK1,G589R,KM12-LR\n')] });
    const result = attachGenotype([verdict('on-target', ['TRK'])], models, files);
    expect(result.verdicts[0]!.genotype?.[0]).toMatchObject({ class: 'possible-on-target', region: 'kinase domain' });
    expect(result.warnings).toEqual([{
      code: 'reference-mismatch',
      message: 'NTRK1 G589R: residue 589 of NTRK1 is F in the numbering the classification uses, so the change was not matched to it - check the transcript (MAF HGVSp_Short uses the canonical one)',
      at: { file: 'v.csv', row: 2 },
    }]);
  });

  it('gives a model no sample maps to no-genotype', () => {
    const files = readGenotypeFiles({ variants: [text('v.csv', 'gene,protein_change,sample\nKRAS,G12D,KM12\n')] });
    const v = attachGenotype([verdict('mapk-bypass', ['ERK'])], models, files).verdicts[0]!;
    expect(v.concordance?.status).toBe('no-genotype');
  });

  it('is deterministic: the same input gives the same output', () => {
    const run = () => JSON.stringify(attachGenotype([verdict('on-target', ['TRK'])], models, readGenotypeFiles({ variants: [fixture('panel.maf'), fixture('variants-table.csv')] })));
    expect(run()).toBe(run());
  });
});
