import { describe, expect, it } from 'vitest';
import { alterationKey, applyGenotype, type ClassifiedVariant, type VariantsByModel } from '../../src/genotype/concordance.js';
import { classified, verdict } from './verdictFixture.js';

const v = classified;

const G595R = (line = 'KM12-LR') => v(line, 'NTRK1', 'p.G595R', 'on-target', 'solvent front', 'next-generation-trk-inhibitor', 'TRK', { vaf: 0.31 });
const G667C = (line = 'KM12-LR') => v(line, 'NTRK1', 'p.G667C', 'on-target', 'xDFG', 'type-ii-trk-inhibitor', 'TRK');
const V573M = (line = 'KM12-LR') => v(line, 'NTRK1', 'p.V573M', 'possible-on-target', 'kinase domain', 'confirm-function', 'TRK');
const V600E = (line = 'KM12-LR') => v(line, 'BRAF', 'p.V600E', 'mapk-driver', 'V600', 'braf-inhibitor', 'BRAF', { vaf: 0.45 });
const G12D = (line = 'KM12-LR') => v(line, 'KRAS', 'p.G12D', 'mapk-driver', 'codon 12', 'mek-inhibitor', 'RAS');
const METamp = (line = 'KM12-LR') => v(line, 'MET', null, 'amplification', 'copy number >= 6', 'met-inhibitor', 'MET', { copyNumber: 9 });
const TP53 = (line = 'KM12-LR') => v(line, 'TP53', 'p.R273H', 'other', null, 'none', null);

const models = (resistant: ClassifiedVariant[], sensitive?: ClassifiedVariant[]): VariantsByModel =>
  new Map(sensitive === undefined ? [['KM12-LR', resistant]] : [['KM12-LR', resistant], ['KM12', sensitive]]);

describe('applyGenotype(verdict, byModel): the discordant case', () => {
  it('mapk-bypass verdict + NTRK1 G595R: discordant, with the coexistence sentence', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([G595R()]));
    expect(out.concordance).toEqual({
      status: 'discordant',
      sentence: 'blots suggest MAPK bypass but NTRK1 G595R (solvent front, VAF 0.31) was found; both mechanisms may coexist, as reported in resistant patients',
      genotypeSuggests: 'on-target',
    });
    expect(out.nextSteps[0]).toContain('NTRK1 G595R: switch to a next-generation TRK inhibitor (selitrectinib or repotrectinib)');
    expect(out.nextSteps).toContain('blot next step');
  });

  it('on-target verdict + only a MAPK driver: discordant', () => {
    const out = applyGenotype(verdict('on-target', ['TRK']), models([G12D()]));
    expect(out.concordance?.status).toBe('discordant');
    expect(out.concordance?.sentence).toMatch(/^blots suggest on-target resistance \(pTRK sustained\) but sequencing found KRAS G12D \(codon 12\)/);
    expect(out.nextSteps[0]).toBe('KRAS G12D: combine the TRK inhibitor with a MEK inhibitor (trametinib or cobimetinib)');
  });

  it('bypass verdict + a kinase-domain change of unknown significance only: discordant, saying so', () => {
    const out = applyGenotype(verdict('pi3k-akt-bypass', ['AKT']), models([V573M()]));
    expect(out.concordance?.status).toBe('discordant');
    expect(out.concordance?.sentence).toContain('unknown significance');
  });
});

describe('applyGenotype(verdict, byModel): concordant', () => {
  it('on-target verdict + a solvent-front mutation', () => {
    const out = applyGenotype(verdict('on-target', ['TRK']), models([G595R()]));
    expect(out.concordance?.status).toBe('concordant');
    expect(out.concordance?.sentence).toBe('blots and sequencing agree on on-target resistance: NTRK1 G595R (solvent front, VAF 0.31) was found');
    expect(out.nextSteps[0]).toMatch(/^NTRK1 G595R: switch to a next-generation TRK inhibitor \(selitrectinib or repotrectinib\)/);
  });

  it('on-target verdict + an xDFG mutation: next step is a type II inhibitor', () => {
    const out = applyGenotype(verdict('on-target', ['TRK']), models([G667C()]));
    expect(out.concordance?.status).toBe('concordant');
    expect(out.nextSteps[0]).toMatch(/^NTRK1 G667C: xDFG substitutions .* type II TRK inhibitors/);
  });

  it('on-target verdict + a possible on-target change: concordant, asking to confirm its function', () => {
    const out = applyGenotype(verdict('on-target', ['TRK']), models([V573M()]));
    expect(out.concordance).toMatchObject({ status: 'concordant', genotypeSuggests: 'possible-on-target' });
    expect(out.concordance?.sentence).toContain('of unknown significance, it needs confirming as the cause of resistance');
    expect(out.nextSteps[0]).toMatch(/^NTRK1 V573M: test whether it confers resistance/);
  });

  it('mapk-bypass verdict + BRAF V600E: add a BRAF inhibitor with a MEK inhibitor', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([V600E()]));
    expect(out.concordance?.status).toBe('concordant');
    expect(out.concordance?.sentence).toBe('blots and sequencing agree on MAPK bypass: BRAF V600E (V600, VAF 0.45) was found, which reactivates MAPK below every receptor and explains the sustained pERK');
    expect(out.nextSteps[0]).toBe('BRAF V600E: add a BRAF inhibitor (dabrafenib) with a MEK inhibitor (trametinib) to the TRK inhibitor');
  });

  it('mapk-bypass verdict + MET amplification (MAPK reactivation through MET): concordant', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([METamp()]));
    expect(out.concordance?.status).toBe('concordant');
  });

  it('rtk-bypass verdict naming MET + MET amplification: concordant, with a MET inhibitor and FISH confirmation', () => {
    const out = applyGenotype(verdict('rtk-bypass', ['MET']), models([METamp()]));
    expect(out.concordance?.sentence).toBe('blots and sequencing agree on receptor tyrosine kinase bypass: MET amplification (copy number 9) was found');
    expect(out.nextSteps.slice(0, 2)).toEqual([
      'MET amplification: add a MET inhibitor (crizotinib or capmatinib) to the TRK inhibitor',
      'confirm the MET amplification by FISH or NGS copy number',
    ]);
  });

  it('pi3k-akt-bypass verdict naming AKT + MET amplification: concordant on bypass, but the driver differs', () => {
    const out = applyGenotype(verdict('pi3k-akt-bypass', ['AKT']), models([METamp()]));
    expect(out.concordance?.status).toBe('concordant');
    expect(out.concordance?.sentence).toContain('rather than an alteration of AKT');
  });
});

describe('applyGenotype(verdict, byModel): sequenced, nothing found; not sequenced', () => {
  it('on-target verdict with no NTRK or bypass variant: unsupported, and check the coverage', () => {
    const out = applyGenotype(verdict('on-target', ['TRK']), models([TP53()]));
    expect(out.concordance?.status).toBe('unsupported');
    expect(out.concordance?.sentence).toContain('the genotype does not support the call');
    expect(out.nextSteps[0]).toMatch(/^check that the NTRK kinase domain was covered/);
    expect(out.genotype?.map((g) => [g.gene, g.class, g.acquired])).toEqual([['TP53', 'other', null]]);
  });

  it('bypass verdict with nothing found: unsupported, but consistent (no on-target mutation)', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([]));
    expect(out.concordance?.status).toBe('unsupported');
    expect(out.concordance?.sentence).toMatch(/^no on-target NTRK mutation was found in KM12-LR, consistent with MAPK bypass/);
    expect(out.nextSteps).toEqual(['blot next step']);
  });

  it('a model no sample maps to: no-genotype', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK'], 'KM12-LR2'), models([G12D()]));
    expect(out.genotype).toEqual([]);
    expect(out.concordance).toEqual({ status: 'no-genotype', sentence: 'KM12-LR2 was not sequenced: no sample of the variants file maps to it', genotypeSuggests: null });
    expect(out.nextSteps).toEqual(['blot next step']);
  });
});

describe('applyGenotype(verdict, byModel): no call from the blots', () => {
  it('inconclusive + NTRK1 G595R: genotype-only, saying what the genotype alone suggests', () => {
    const out = applyGenotype(verdict('inconclusive'), models([G595R()]));
    expect(out.concordance).toEqual({
      status: 'genotype-only',
      sentence: 'the blots make no call; the genotype alone suggests on-target resistance, from NTRK1 G595R (solvent front, VAF 0.31)',
      genotypeSuggests: 'on-target',
    });
  });

  it('assay-invalid + KRAS G12D and NTRK1 G595R: both suggested', () => {
    const out = applyGenotype(verdict('assay-invalid'), models([G12D(), G595R()]));
    expect(out.concordance?.status).toBe('genotype-only');
    expect(out.concordance?.genotypeSuggests).toBe('on-target-and-bypass');
    expect(out.concordance?.sentence).toMatch(/^the blot assay is not valid .*; the genotype alone suggests both on-target resistance, from NTRK1 G595R .*, and bypass signalling, from KRAS G12D/);
    expect(out.nextSteps.some((s) => s.startsWith('if on-target and bypass alterations coexist'))).toBe(true);
  });

  it('inconclusive with nothing found: unsupported', () => {
    const out = applyGenotype(verdict('inconclusive'), models([TP53()]));
    expect(out.concordance?.status).toBe('unsupported');
    expect(out.concordance?.genotypeSuggests).toBe('nothing');
  });
});

describe('applyGenotype(verdict, byModel): pre-existing variants', () => {
  it('marks a variant the sensitive partner also carries as not acquired and does not count it', () => {
    const out = applyGenotype(verdict('on-target', ['TRK']), models([V600E(), G595R()], [V600E('KM12'), TP53('KM12')]));
    expect(out.genotype?.map((g) => [g.gene, g.acquired])).toEqual([['NTRK1', true], ['BRAF', false]]);
    expect(out.concordance?.status).toBe('concordant');
    expect(out.concordance?.sentence).toContain('; BRAF V600E is also in KM12 (pre-existing, not acquired) and not counted as resistance evidence');
    expect(out.concordance?.sentence).not.toContain('was also found');
    expect(out.nextSteps.some((s) => s.includes('BRAF'))).toBe(false);
  });

  it('a bypass verdict whose only driver is pre-existing is unsupported', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([G12D()], [G12D('KM12')]));
    expect(out.concordance?.status).toBe('unsupported');
  });

  it('marks acquired as null when the partner was not sequenced', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([G12D()]));
    expect(out.genotype?.[0]?.acquired).toBeNull();
    expect(out.concordance?.status).toBe('concordant');
  });

  it('sorts the genotype by class, then gene', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([TP53(), METamp(), G12D(), V600E(), G595R()]));
    expect(out.genotype?.map((g) => g.gene)).toEqual(['NTRK1', 'BRAF', 'KRAS', 'MET', 'TP53']);
  });
});

describe('applyGenotype(verdict, byModel): sentences', () => {
  it('says "were found" for several variants and counts those beyond five', () => {
    const many = ['V573M', 'A600T', 'L620P', 'R650W', 'S700L', 'E720K'].map((c) => v('KM12-LR', 'NTRK1', `p.${c}`, 'possible-on-target', 'kinase domain', 'confirm-function', 'TRK'));
    const out = applyGenotype(verdict('on-target', ['TRK']), models(many));
    expect(out.concordance?.sentence).toMatch(/^blots suggest on-target resistance and NTRK1 A600T \(kinase domain\), NTRK1 E720K \(kinase domain\), NTRK1 L620P \(kinase domain\), NTRK1 R650W \(kinase domain\) and 2 more were found in the NTRK kinase domain; of unknown significance, they need confirming/);
    expect(out.nextSteps[0]).toMatch(/^NTRK1 A600T, NTRK1 E720K, NTRK1 L620P, NTRK1 R650W and 2 more: test whether they confer resistance/);
  });

  it('says "were found" for two bypass drivers', () => {
    const out = applyGenotype(verdict('mapk-bypass', ['ERK']), models([G12D(), V600E()]));
    expect(out.concordance?.sentence).toBe('blots and sequencing agree on MAPK bypass: BRAF V600E (V600, VAF 0.45) and KRAS G12D (codon 12) were found, which reactivate MAPK below every receptor and explain the sustained pERK');
  });
});

describe('alterationKey(variant)', () => {
  it('matches the same change whatever the case, and amplifications by gene', () => {
    expect(alterationKey({ gene: 'KRAS', proteinChange: 'p.G12D', class: 'mapk-driver' })).toBe(alterationKey({ gene: 'KRAS', proteinChange: 'p.g12d', class: 'mapk-driver' }));
    expect(alterationKey({ gene: 'MET', proteinChange: null, class: 'amplification' })).not.toBe(alterationKey({ gene: 'MET', proteinChange: null, class: 'other' }));
  });
});

describe('applyGenotype on a non-genetic verdict', () => {
  it('is concordant when nothing acquired was found, discordant when a driver was', () => {
    const v = verdict('non-genetic', ['E-cadherin', 'vimentin']);
    const none = applyGenotype(v, new Map([[v.line, []]]));
    expect(none.concordance).toMatchObject({ status: 'concordant', genotypeSuggests: 'nothing' });
    expect(none.concordance!.sentence).toContain('as expected for non-genetic resistance');
    const kras: ClassifiedVariant = {
      variant: { gene: 'KRAS', proteinChange: 'p.G12D', class: 'mapk-driver', region: 'codon 12', vaf: 0.3, copyNumber: null, sample: v.line, source: { file: 'v.maf', row: 2 }, line: v.line, variantClassification: null },
      strategy: 'mek-inhibitor', protein: 'RAS', listed: true,
    };
    const found = applyGenotype(v, new Map([[v.line, [kras]]]) as VariantsByModel);
    expect(found.concordance).toMatchObject({ status: 'discordant' });
    expect(found.concordance!.sentence).toContain('a genetic cause may coexist');
  });
});
