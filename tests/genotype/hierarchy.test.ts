/**
 * Issue 24 item 6: the genotype hierarchy. Downstream beats upstream (a RAS, RAF or MEK mutation
 * explains MAPK reactivation whatever the receptors do) and selected subclones count as evidence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { applyGenotype, type ClassifiedVariant, type VariantsByModel } from '../../src/genotype/concordance.js';
import { ruleMessages } from '../../src/messages/rules.js';
import type { Verdict } from '../../src/rules/types.js';
import { textInput } from '../helpers/inputs.js';
import { experimentCsv, SUPPRESSED_SENSITIVE, TARGETS } from '../rules/ruleExperiments.js';
import { classified, verdict } from './verdictFixture.js';

const next = ruleMessages.next;
const v = classified;
const G12D = (line = 'KM12-LR') => v(line, 'KRAS', 'p.G12D', 'mapk-driver', 'codon 12', 'mek-inhibitor', 'RAS', { vaf: 0.31 });
const V600E = (vaf: number, line = 'KM12-LR') => v(line, 'BRAF', 'p.V600E', 'mapk-driver', 'V600', 'braf-inhibitor', 'BRAF', { vaf });
const METamp = (line = 'KM12-LR') => v(line, 'MET', null, 'amplification', 'copy number >= 6', 'met-inhibitor', 'MET', { copyNumber: 9 });
const models = (resistant: ClassifiedVariant[], sensitive: ClassifiedVariant[] = []): VariantsByModel => new Map([['KM12-LR', resistant], ['KM12', sensitive]]);

/** A receptor-bypass verdict via MET with the rule set's next steps. */
const receptorBypass = (): Verdict => ({ ...verdict('rtk-bypass', ['MET']), nextSteps: [next.trkPlusMet, next.copyNumber('MET'), next.mekAlternative, next.nextGenerationAloneFails] });
const mapkBypass = (): Verdict => ({ ...verdict('mapk-bypass', ['ERK']), nextSteps: [next.trkPlusMek, next.findMapkDriver, next.nextGenerationAloneFails] });

describe('downstream beats upstream', () => {
  it('receptor bypass via MET + acquired KRAS G12D: explained downstream, the MEK step first, the MET step gives way', () => {
    const out = applyGenotype(receptorBypass(), models([G12D()]));
    expect(out.concordance).toEqual({
      status: 'explained-downstream',
      sentence: 'blots suggest receptor tyrosine kinase bypass via MET, but KRAS G12D (codon 12, VAF 0.31) was found: a RAS, RAF or MEK mutation reactivates MAPK below every receptor, whatever MET does, so the bypass is explained downstream and the downstream node is the target',
      genotypeSuggests: 'bypass',
    });
    expect(out.nextSteps).toEqual([
      'KRAS G12D: combine the TRK inhibitor with a MEK inhibitor (trametinib or cobimetinib)',
      'a MET inhibitor is not expected to restore the response while KRAS G12D keeps MAPK active below the receptor: test it only beside the downstream inhibitor',
      next.copyNumber('MET'),
      next.nextGenerationAloneFails,
    ]);
  });

  it('receptor bypass + BRAF V600E: BRAF + MEK first', () => {
    const out = applyGenotype(receptorBypass(), models([V600E(0.4)]));
    expect(out.concordance?.status).toBe('explained-downstream');
    expect(out.nextSteps[0]).toBe('BRAF V600E: add a BRAF inhibitor (dabrafenib) with a MEK inhibitor (trametinib) to the TRK inhibitor');
    expect(out.nextSteps).not.toContain(next.trkPlusMet);
  });

  it('receptor bypass + MET amplification and KRAS G12D: still explained downstream; the amplification is also found, its step after the MEK step', () => {
    const out = applyGenotype(receptorBypass(), models([METamp(), G12D()]));
    expect(out.concordance?.status).toBe('explained-downstream');
    expect(out.concordance?.sentence).toMatch(/; MET amplification \(copy number 9\) was also found$/);
    expect(out.nextSteps.slice(0, 3).map((s) => s.split(':')[0])).toEqual(['KRAS G12D', 'a MET inhibitor is not expected to restore the response while KRAS G12D keeps MAPK active below the receptor', 'MET amplification']);
  });

  it('a receptor amplification alone stays concordant with receptor bypass (no downstream mutation)', () => {
    const out = applyGenotype(receptorBypass(), models([METamp()]));
    expect(out.concordance?.status).toBe('concordant');
  });

  it('MAPK bypass + KRAS G12D: concordant and explained, the MEK step first and the generic ones gone', () => {
    const out = applyGenotype(mapkBypass(), models([G12D()]));
    expect(out.concordance?.status).toBe('concordant');
    expect(out.concordance?.sentence).toBe('blots and sequencing agree on MAPK bypass: KRAS G12D (codon 12, VAF 0.31) was found, which reactivates MAPK below every receptor and explains the sustained pERK');
    expect(out.nextSteps).toEqual(['KRAS G12D: combine the TRK inhibitor with a MEK inhibitor (trametinib or cobimetinib)', next.nextGenerationAloneFails]);
  });

  it('MAPK bypass + MET amplification and KRAS G12D: KRAS explains it, MET is also found', () => {
    const out = applyGenotype(mapkBypass(), models([METamp(), G12D()]));
    expect(out.concordance?.sentence).toMatch(/^blots and sequencing agree on MAPK bypass: KRAS G12D .* explains the sustained pERK; MET amplification \(copy number 9\) was also found$/);
  });

  it('PI3K-AKT bypass (pERK suppressed) + BRAF V600E: discordant, BRAF acts through ERK', () => {
    const out = applyGenotype(verdict('pi3k-akt-bypass', ['AKT']), models([V600E(0.4)]));
    expect(out.concordance?.status).toBe('discordant');
    expect(out.concordance?.sentence).toContain('which acts through ERK, not PI3K');
  });

  it('PI3K-AKT bypass + KRAS G12D: concordant, mutant RAS activates PI3K too', () => {
    const out = applyGenotype(verdict('pi3k-akt-bypass', ['AKT']), models([G12D()]));
    expect(out.concordance?.status).toBe('concordant');
    expect(out.concordance?.sentence).toContain('mutant RAS activates PI3K as well as RAF');
  });
});

describe('selected subclones', () => {
  it('BRAF V600E at VAF 0.05 in the parental and 0.40 in the resistant line: counted, said so, with its step', () => {
    const out = applyGenotype(mapkBypass(), models([V600E(0.4)], [V600E(0.05, 'KM12')]));
    const braf = out.genotype?.[0];
    expect(braf).toMatchObject({ gene: 'BRAF', acquired: false, partnerVaf: 0.05, selected: true });
    expect(braf?.vafFold).toBeCloseTo(8, 12);
    expect(out.concordance?.status).toBe('concordant');
    expect(out.concordance?.sentence).toBe(
      'blots and sequencing agree on MAPK bypass: BRAF V600E (V600, VAF 0.4) was found, which reactivates MAPK below every receptor and explains the sustained pERK'
      + '; BRAF V600E (VAF 0.05 -> 0.4, 8-fold) is also in KM12 but at a far lower allele frequency: a subclone selected by the drug, counted as resistance evidence',
    );
    expect(out.concordance?.sentence).not.toContain('pre-existing');
    expect(out.nextSteps.slice(0, 2)).toEqual([
      'BRAF V600E: add a BRAF inhibitor (dabrafenib) with a MEK inhibitor (trametinib) to the TRK inhibitor',
      'BRAF V600E (VAF 0.05 -> 0.4, 8-fold): a subclone enriched under the drug from KM12 to KM12-LR; confirm the allele frequencies by digital PCR in both lines (and in early-passage stocks) and treat it as a resistance driver',
    ]);
  });

  it('the same BRAF at equal VAF in both lines stays pre-existing and uncounted', () => {
    const out = applyGenotype(mapkBypass(), models([V600E(0.4)], [V600E(0.38, 'KM12')]));
    expect(out.genotype?.[0]).toMatchObject({ acquired: false, selected: false });
    expect(out.concordance?.status).toBe('unsupported');
    expect(out.concordance?.sentence).toContain('BRAF V600E is also in KM12 (pre-existing, not acquired)');
  });

  it('a custom threshold (10-fold) leaves the 8-fold rise uncounted', () => {
    const out = applyGenotype(mapkBypass(), models([V600E(0.4)], [V600E(0.05, 'KM12')]), { selectedSubcloneMinFold: 10 });
    expect(out.genotype?.[0]?.selected).toBe(false);
    expect(out.concordance?.status).toBe('unsupported');
  });

  it('a selected downstream subclone explains a receptor bypass too', () => {
    const out = applyGenotype(receptorBypass(), models([V600E(0.4)], [V600E(0.05, 'KM12')]));
    expect(out.concordance?.status).toBe('explained-downstream');
    expect(out.nextSteps[0]).toMatch(/^BRAF V600E: add a BRAF inhibitor/);
  });
});

describe('analyze(blots, { variants }): the issue-24 situation 6 through the real pipeline', () => {
  // Receptor bypass via MET on the blots: pTRK suppressed, pERK and pAKT sustained, MET raised and active.
  const csv = experimentCsv({
    targets: [...TARGETS],
    sensitive: SUPPRESSED_SENSITIVE,
    resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.8, MET: 1 }, total: { MET: 3 }, basal: { MET: 1.5 } },
  });
  const variants = (rows: string) => textInput('variants.csv', `gene,protein_change,sample,vaf\n${rows}`);

  it('receptor bypass + acquired KRAS G12D: explained downstream, MEK first', () => {
    const { verdicts } = analyze([textInput('met.csv', csv)], { variants: [variants('KRAS,p.G12D,KM12-LR,0.3\nTP53,p.R273H,KM12,0.5')] });
    const out = verdicts[0]!;
    expect(out).toMatchObject({ mechanism: 'rtk-bypass', drivers: ['MET'] });
    expect(out.concordance?.status).toBe('explained-downstream');
    expect(out.nextSteps[0]).toBe('KRAS G12D: combine the TRK inhibitor with a MEK inhibitor (trametinib or cobimetinib)');
    expect(out.nextSteps).not.toContain(next.trkPlusMet);
  });

  it('receptor bypass + BRAF V600E enriched from VAF 0.05 to 0.40: selected, explained downstream, BRAF + MEK first', () => {
    const { verdicts, genotype } = analyze([textInput('met.csv', csv)], { variants: [variants('BRAF,p.V600E,KM12-LR,0.40\nBRAF,p.V600E,KM12,0.05')] });
    const out = verdicts[0]!;
    expect(out.genotype?.[0]).toMatchObject({ gene: 'BRAF', acquired: false, selected: true, partnerVaf: 0.05 });
    expect(out.concordance?.status).toBe('explained-downstream');
    expect(out.nextSteps[0]).toMatch(/^BRAF V600E: add a BRAF inhibitor \(dabrafenib\) with a MEK inhibitor/);
    expect(genotype?.selectedSubcloneMinFold).toBe(4);
  });
});
