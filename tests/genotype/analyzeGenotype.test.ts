/**
 * The genotype stage through the pipeline: `analyze()` with --variants, and the CLI flags.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { run } from '../../src/cli.js';
import { InputError } from '../../src/errors.js';
import { resultsToJson } from '../../src/report/jsonOutput.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const file = (path: string) => ({ name: path, bytes: readFileSync(join(ROOT, path)) });
const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
const blots = [file('examples/trk-bypass-long.csv')];

describe('analyze(inputs, { variants }) on the bundled example', () => {
  const results = analyze(blots, { variants: [file('examples/km12-lr-variants.maf')] });
  const v = results.verdicts[0]!;

  it('sets KRAS G12D beside the MAPK-bypass verdict of KM12-LR: concordant', () => {
    expect(v.line).toBe('KM12-LR');
    expect(v.mechanism).toBe('mapk-bypass');
    // Every variant read is listed with its class (TP53 R273H included, as class other).
    expect(v.genotype?.map((g) => [g.gene, g.proteinChange, g.class, g.acquired])).toEqual([
      ['KRAS', 'p.G12D', 'mapk-driver', true],
      ['EGFR', 'p.R521K', 'other', false],
      ['TP53', 'p.R273H', 'other', false],
    ]);
    expect(v.genotype?.[0]?.vaf).toBeCloseTo(62 / 200, 12);
    expect(v.concordance).toEqual({ status: 'concordant', sentence: 'blots and sequencing agree on MAPK bypass: KRAS G12D (codon 12, VAF 0.31) was found, which reactivates MAPK below every receptor and explains the sustained pERK', genotypeSuggests: 'bypass' });
    expect(v.nextSteps[0]).toBe('KRAS G12D: combine the TRK inhibitor with a MEK inhibitor (trametinib or cobimetinib)');
    // The genotype-specific step replaces the generic ones: no second MEK combination, no "sequence KRAS".
    expect(v.nextSteps.filter((s) => s.includes('MEK inhibitor'))).toHaveLength(1);
    expect(v.nextSteps.join(' ')).not.toContain('KRAS/NRAS');
  });

  it('adds the genotype summary to results.json', () => {
    expect(results.genotype).toMatchObject({
      files: [{ file: 'examples/km12-lr-variants.maf', format: 'maf', rows: 5 }],
      unmatchedSamples: [],
      models: [{ line: 'KM12', sequenced: true }, { line: 'KM12-LR', sequenced: true }],
    });
    expect(results.genotype?.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(resultsToJson(results)).genotype.samples).toHaveLength(2);
  });

  it('leaves results without --variants as they were: no genotype fields', () => {
    const plain = analyze(blots);
    expect(plain.genotype).toBeUndefined();
    expect(plain.verdicts[0]!.genotype).toBeUndefined();
    expect(plain.verdicts[0]!.concordance).toBeUndefined();
    expect({ ...results.verdicts[0]!, genotype: undefined, concordance: undefined, nextSteps: plain.verdicts[0]!.nextSteps }).toEqual({ ...plain.verdicts[0]!, genotype: undefined, concordance: undefined });
  });

  it('is discordant when the resistant model carries NTRK1 G595R instead', () => {
    const r = analyze(blots, { variants: [text('ngs.csv', 'gene,protein_change,sample,vaf\nNTRK1,p.Gly595Arg,km12_lr,0.22\n')] });
    expect(r.verdicts[0]!.concordance?.status).toBe('discordant');
    expect(r.verdicts[0]!.concordance?.sentence).toBe('blots suggest MAPK bypass but NTRK1 G595R (solvent front, VAF 0.22) was found; both mechanisms may coexist, as reported in resistant patients');
  });

  it('warns about a sample that matches no model, naming file:row', () => {
    const r = analyze(blots, { variants: [text('ngs.csv', 'gene,protein_change,sample\nKRAS,G12D,KM12-LR\nBRAF,V600E,SW480\n')] });
    expect(r.warnings.filter((w) => w.code === 'unmatched-sample')).toEqual([expect.objectContaining({ at: { file: 'ngs.csv', row: 3 } })]);
    expect(r.genotype?.unmatchedSamples).toEqual(['SW480']);
  });

  it('reads a variants error before analysing, located by file:row:column', () => {
    expect(() => analyze(blots, { variants: [text('ngs.csv', 'gene,protein_change,sample,vaf\nKRAS,G12D,KM12-LR,lots\n')] }))
      .toThrow(expect.objectContaining({ code: 'variants-not-a-number', at: { file: 'ngs.csv', row: 2, column: 'vaf' } }));
  });

  it('refuses --sample-map without --variants', () => {
    expect(() => analyze(blots, { sampleMap: text('map.csv', 'sample,line\nA,KM12\n') })).toThrow(InputError);
  });
});

describe('blotbypass analyze --variants --sample-map --variant-classes', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'blotbypass-genotype-'));
  });
  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  async function cli(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: ROOT });
    return { code, stdout, stderr };
  }

  it('prints the concordance line under the verdict and writes genotype into results.json', async () => {
    const out = join(tmp, 'out');
    const r = await cli(['analyze', 'examples/trk-bypass-long.csv', '--variants', 'examples/km12-lr-variants.maf', '--out', out, '--no-report']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('    genotype (concordant): blots and sequencing agree on MAPK bypass: KRAS G12D (codon 12, VAF 0.31) was found, which reactivates MAPK below every receptor and explains the sustained pERK');
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(json.genotype.files[0].file).toBe('examples/km12-lr-variants.maf');
    expect(json.verdicts[0].genotype[0].gene).toBe('KRAS');
  });

  it('maps barcodes through --sample-map and adds classes from --variant-classes', async () => {
    const out = join(tmp, 'out');
    const write = (name: string, body: string) => {
      const path = join(tmp, name);
      writeFileSync(path, body);
      return path;
    };
    const variants = write('ngs.tsv', 'Hugo_Symbol\tHGVSp_Short\tTumor_Sample_Barcode\nHRAS\tp.Q61R\tT-0042\n');
    const map = write('map.csv', 'sample,line\nT-0042,KM12-LR\n');
    const classes = write('classes.json', JSON.stringify({ variants: [{ gene: 'HRAS', codon: 61, class: 'mapk-driver' }] }));
    const r = await cli(['analyze', 'examples/trk-bypass-long.csv', '--variants', variants, '--sample-map', map, '--variant-classes', classes, '--out', out, '--json', '--no-report']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.verdicts[0].concordance.status).toBe('concordant');
    expect(json.genotype.samples[0]).toMatchObject({ sample: 'T-0042', line: 'KM12-LR', matchedBy: 'sample-map' });
    expect(json.genotype.variantClasses.entries).toBe(1);
  });

  it('exits 2 with a located message for a bad variant-classes file', async () => {
    const path = join(tmp, 'classes.json');
    writeFileSync(path, JSON.stringify({ variants: [{ gene: 'HRAS', codon: 61, class: 'driver' }] }));
    const r = await cli(['analyze', 'examples/trk-bypass-long.csv', '--variants', 'examples/km12-lr-variants.maf', '--variant-classes', path, '--out', join(tmp, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${path} (column "variants[0].class"): variants[0].class is "driver"; expected one of on-target, possible-on-target, mapk-driver, amplification, other`);
  });

  it('exits 2 when the variants file does not exist', async () => {
    const r = await cli(['analyze', 'examples/trk-bypass-long.csv', '--variants', join(tmp, 'missing.maf'), '--out', join(tmp, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the file: no such file');
  });
});
