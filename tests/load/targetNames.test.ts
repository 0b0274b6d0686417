import { describe, expect, it } from 'vitest';
import { CORE_PAIRS, LOADING_CONTROLS, identifyTarget, knownProteins } from '../../src/load/targetNames.js';
import type { TargetForm } from '../../src/load/types.js';

type Row = [label: string, protein: string, form: TargetForm];

const phospho: Row[] = [
  ['pTRK', 'TRK', 'phospho'],
  ['p-TRK', 'TRK', 'phospho'],
  ['pTrkA', 'TRK', 'phospho'],
  ['p-TrkA (Tyr490)', 'TRK', 'phospho'],
  ['Phospho-TrkA (Tyr490)/TrkB (Tyr516)', 'TRK', 'phospho'],
  ['pTRKA Y490', 'TRK', 'phospho'],
  ['p-panTrk', 'TRK', 'phospho'],
  ['Phospho-TrkA (Tyr490) (C35G9) Rabbit mAb', 'TRK', 'phospho'],
  ['pERK', 'ERK', 'phospho'],
  ['p-ERK1/2', 'ERK', 'phospho'],
  ['pErk', 'ERK', 'phospho'],
  ['pERK 1/2', 'ERK', 'phospho'],
  ['phospho-ERK', 'ERK', 'phospho'],
  ['Phospho-p44/42 MAPK (Erk1/2) (Thr202/Tyr204)', 'ERK', 'phospho'],
  ['ERK (pT202/pY204)', 'ERK', 'phospho'],
  ['ERK1/2 T202/Y204', 'ERK', 'phospho'],
  ['P-ERK', 'ERK', 'phospho'],
  ['perk', 'ERK', 'phospho'],
  ['pERK_1/2', 'ERK', 'phospho'],
  ['ERK (phospho)', 'ERK', 'phospho'],
  ['ERK phospho', 'ERK', 'phospho'],
  ['pAKT', 'AKT', 'phospho'],
  ['p-Akt (Ser473)', 'AKT', 'phospho'],
  ['Phospho-Akt (Ser473) (D9E) XP', 'AKT', 'phospho'],
  ['Phospho-Akt (Ser473) (D9E) XP® Rabbit mAb #4060', 'AKT', 'phospho'],
  ['pAKT S473', 'AKT', 'phospho'],
  ['pAkt(T308)', 'AKT', 'phospho'],
  ['anti-p-Akt', 'AKT', 'phospho'],
  ['pEGFR', 'EGFR', 'phospho'],
  ['Phospho-EGF Receptor (Tyr1068)', 'EGFR', 'phospho'],
  ['pHER2', 'HER2', 'phospho'],
  ['p-ErbB2', 'HER2', 'phospho'],
  ['Phospho-HER2/ErbB2 (Tyr1221/1222)', 'HER2', 'phospho'],
  ['pMET', 'MET', 'phospho'],
  ['p-c-Met', 'MET', 'phospho'],
  ['Phospho-Met (Tyr1234/1235)', 'MET', 'phospho'],
  ['pS6', 'S6', 'phospho'],
  ['Phospho-S6 Ribosomal Protein (Ser235/236) (D57.2.2E) XP Rabbit mAb', 'S6', 'phospho'],
  ['pMEK1/2', 'MEK', 'phospho'],
  ['Phospho-IGF-I Receptor β (Tyr1135/1136)', 'IGF1R', 'phospho'],
  ['pSTAT3 (Y705)', 'STAT3', 'phospho'],
  ['Phospho-Src Family (Tyr416)', 'SRC', 'phospho'],
  ['p-c-Raf (Ser338)', 'RAF', 'phospho'],
  ['p-Histone H3 (Ser10)', 'histone-H3', 'phospho'],
];

const total: Row[] = [
  ['TRK', 'TRK', 'total'],
  ['Total TRK', 'TRK', 'total'],
  ['TrkA', 'TRK', 'total'],
  ['pan-TRK', 'TRK', 'total'],
  ['Pan-Trk', 'TRK', 'total'],
  ['NTRK1', 'TRK', 'total'],
  ['TRKB', 'TRK', 'total'],
  ['t-TRK', 'TRK', 'total'],
  ['TrkA/TrkB', 'TRK', 'total'],
  ['ERK', 'ERK', 'total'],
  ['ERK1/2', 'ERK', 'total'],
  ['Total ERK', 'ERK', 'total'],
  ['tERK', 'ERK', 'total'],
  ['t-ERK', 'ERK', 'total'],
  ['T-ERK', 'ERK', 'total'],
  ['p44/42 MAPK (Erk1/2)', 'ERK', 'total'],
  ['p44/42 MAPK (Erk1/2) (137F5) Rabbit mAb', 'ERK', 'total'],
  ['MAPK', 'ERK', 'total'],
  ['p44 MAPK', 'ERK', 'total'],
  ['p-p44 MAPK', 'ERK', 'phospho'],
  ['ERK (total)', 'ERK', 'total'],
  ['ERK_total', 'ERK', 'total'],
  ['AKT', 'AKT', 'total'],
  ['Akt (pan)', 'AKT', 'total'],
  ['Akt (pan) (C67E7) Rabbit mAb', 'AKT', 'total'],
  ['t-AKT', 'AKT', 'total'],
  ['Total Akt', 'AKT', 'total'],
  ['EGFR', 'EGFR', 'total'],
  ['EGF Receptor', 'EGFR', 'total'],
  ['EGF Receptor (D38B1) XP Rabbit mAb', 'EGFR', 'total'],
  ['HER2', 'HER2', 'total'],
  ['ErbB2', 'HER2', 'total'],
  ['HER2/ErbB2', 'HER2', 'total'],
  ['HER2/neu', 'HER2', 'total'],
  ['Neu', 'HER2', 'total'],
  ['MET', 'MET', 'total'],
  ['c-Met', 'MET', 'total'],
  ['Met (D1C2) XP', 'MET', 'total'],
  ['HGFR', 'MET', 'total'],
  ['MEK1/2', 'MEK', 'total'],
  ['IGF-1R', 'IGF1R', 'total'],
  ['IGF-IR β', 'IGF1R', 'total'],
  ['S6 Ribosomal Protein', 'S6', 'total'],
  ['STAT3', 'STAT3', 'total'],
  ['c-Src', 'SRC', 'total'],
  ['c-Raf', 'RAF', 'total'],
  ['  ERK Antibody  ', 'ERK', 'total'],
  ['erk', 'ERK', 'total'],
  ['Erk_1/2', 'ERK', 'total'],
  ['ERK-1/2 (total)', 'ERK', 'total'],
];

const loading: Row[] = [
  ['GAPDH', 'GAPDH', 'loading'],
  ['GAPDH (14C10) Rabbit mAb', 'GAPDH', 'loading'],
  ['anti-GAPDH', 'GAPDH', 'loading'],
  ['β-actin', 'beta-actin', 'loading'],
  ['beta-actin', 'beta-actin', 'loading'],
  ['b-actin', 'beta-actin', 'loading'],
  ['β Actin', 'beta-actin', 'loading'],
  ['Actin', 'beta-actin', 'loading'],
  ['ACTB', 'beta-actin', 'loading'],
  ['beta_actin', 'beta-actin', 'loading'],
  ['Vinculin', 'vinculin', 'loading'],
  ['α-tubulin', 'alpha-tubulin', 'loading'],
  ['alpha tubulin', 'alpha-tubulin', 'loading'],
  ['Tubulin', 'alpha-tubulin', 'loading'],
  ['β-Tubulin', 'beta-tubulin', 'loading'],
  ['HSP90', 'HSP90', 'loading'],
  ['Hsp90α', 'HSP90', 'loading'],
  ['Histone H3', 'histone-H3', 'loading'],
  ['Total protein', 'total-protein', 'loading'],
  ['REVERT Total Protein Stain', 'total-protein', 'loading'],
  ['Ponceau S', 'total-protein', 'loading'],
  ['Stain-free', 'total-protein', 'loading'],
  ['Coomassie', 'total-protein', 'loading'],
  ['TPS', 'total-protein', 'loading'],
];

/** Receptors beyond EGFR/HER2/MET, pathway markers and EMT markers, as the issue "Every mechanism" writes them. */
const beyondCore: Row[] = [
  ['IGF-1R beta (Tyr1135/1136)', 'IGF1R', 'phospho'],
  ['p-IGF1R Y1131', 'IGF1R', 'phospho'],
  ['IGF-1R beta', 'IGF1R', 'total'],
  ['FGFR1 Y653/654', 'FGFR1', 'phospho'],
  ['pFGFR1 (Y653/654)', 'FGFR1', 'phospho'],
  ['FGFR3', 'FGFR3', 'total'],
  ['Axl Y702', 'AXL', 'phospho'],
  ['p-Axl (Y702)', 'AXL', 'phospho'],
  ['HER3/ErbB3 Y1289', 'HER3', 'phospho'],
  ['ErbB3', 'HER3', 'total'],
  ['InsR beta', 'INSR', 'total'],
  ['PDGFR beta', 'PDGFRB', 'total'],
  ['PDGFRα', 'PDGFRA', 'total'],
  ['c-Kit', 'KIT', 'total'],
  ['RET', 'RET', 'total'],
  ['pALK', 'ALK', 'phospho'],
  ['ROS1', 'ROS1', 'total'],
  ['DDR1', 'DDR1', 'total'],
  ['DDR2', 'DDR2', 'total'],
  ['EphA2', 'EPHA2', 'total'],
  ['p-MEK1/2 (S217/221)', 'MEK', 'phospho'],
  ['p-c-Raf (S338)', 'RAF', 'phospho'],
  ['p-p90RSK (S380)', 'RSK', 'phospho'],
  ['RSK1', 'RSK', 'total'],
  ['p-S6 (S235/236)', 'S6', 'phospho'],
  ['p-4E-BP1 (T37/46)', '4E-BP1', 'phospho'],
  ['4E-BP1', '4E-BP1', 'total'],
  ['E-cadherin', 'E-cadherin', 'total'],
  ['CDH1', 'E-cadherin', 'total'],
  ['Claudin-1', 'claudin-1', 'total'],
  ['ZO-1', 'ZO-1', 'total'],
  ['EpCAM', 'EpCAM', 'total'],
  ['Vimentin', 'vimentin', 'total'],
  ['Vimentin (D21H3) XP Rabbit mAb', 'vimentin', 'total'],
  ['N-Cadherin', 'N-cadherin', 'total'],
  ['Fibronectin', 'fibronectin', 'total'],
  ['ZEB1', 'ZEB1', 'total'],
  ['Snail', 'SNAI1', 'total'],
  ['Slug', 'SNAI2', 'total'],
  ['TWIST1', 'TWIST1', 'total'],
];

const unknown: Row[] = [
  ['pSTAT1_Cyt', 'STAT1_Cyt', 'phospho'],
  ['PTEN', 'PTEN', 'total'],
  ['p53', 'p53', 'total'],
  ['p21', 'p21', 'total'],
  ['p-STAT1', 'STAT1', 'phospho'],
  ['Phospho-STAT1 (Tyr701)', 'STAT1', 'phospho'],
  ['STAT1 (Tyr701)', 'STAT1', 'phospho'],
  ['Total STAT1', 'STAT1', 'total'],
  ['PERK', 'PERK', 'total'],
  ['P-cadherin', 'P-cadherin', 'total'],
  ['P-gp', 'P-gp', 'total'],
  ['PARP', 'PARP', 'total'],
  ['T-bet', 'T-bet', 'total'],
  ['TERT', 'TERT', 'total'],
  ['Tau', 'Tau', 'total'],
  ['p70S6K', 'p70S6K', 'total'],
  ['p38 MAPK', 'p38 MAPK', 'total'],
  ['p-p38 MAPK', 'p38 MAPK', 'phospho'],
  ['pRb', 'Rb', 'phospho'],
  ['Phosphoinositide 3-kinase', 'Phosphoinositide 3-kinase', 'total'],
  ['α-SMA', 'alpha-SMA', 'total'],
  ['βIII-tubulin', 'betaIII-tubulin', 'total'],
  ['BRAF', 'BRAF', 'total'],
  ['Foo (Bar)', 'Foo (Bar)', 'total'],
];

describe('identifyTarget', () => {
  it.each(phospho)('%s -> %s %s (known)', (label, protein, form) => {
    expect(identifyTarget(label)).toEqual({ label: label.trim(), protein, form, known: true });
  });

  it.each(total)('%s -> %s %s (known)', (label, protein, form) => {
    expect(identifyTarget(label)).toEqual({ label: label.trim(), protein, form, known: true });
  });

  it.each(loading)('%s -> %s %s (known)', (label, protein, form) => {
    expect(identifyTarget(label)).toEqual({ label: label.trim(), protein, form, known: true });
  });

  it.each(beyondCore)('%s -> %s %s (known: receptors, pathway and EMT markers)', (label, protein, form) => {
    expect(identifyTarget(label)).toEqual({ label, protein, form, known: true });
  });

  it.each(unknown)('%s -> %s %s (unknown)', (label, protein, form) => {
    expect(identifyTarget(label)).toEqual({ label: label.trim(), protein, form, known: false });
  });

  it('identifyTarget(label) trims and keeps the original label', () => {
    expect(identifyTarget('  p-Akt (Ser473)\t')).toEqual({ label: 'p-Akt (Ser473)', protein: 'AKT', form: 'phospho', known: true });
    expect(identifyTarget('\u00a0β-actin \n').label).toBe('β-actin');
    expect(identifyTarget(' Phospho-Akt (Ser473) (D9E) XP ').label).toBe('Phospho-Akt (Ser473) (D9E) XP');
  });

  it('preserves the label exactly (trimmed) for every table row', () => {
    for (const [label] of [...phospho, ...total, ...loading, ...unknown]) {
      expect(identifyTarget(`  ${label}  `).label).toBe(label.trim());
    }
  });

  it('is case-insensitive for known names', () => {
    for (const label of ['GAPDH', 'gapdh', 'Gapdh', 'EGF RECEPTOR', 'egf receptor', 'C-MET']) {
      expect(identifyTarget(label).known).toBe(true);
    }
  });

  it('treats en dashes and non-breaking hyphens like hyphens', () => {
    expect(identifyTarget('p\u2013Akt')).toMatchObject({ protein: 'AKT', form: 'phospho' });
    expect(identifyTarget('β\u2011actin')).toMatchObject({ protein: 'beta-actin', form: 'loading' });
  });

  it('is deterministic', () => {
    for (const [label] of [...phospho, ...total, ...loading, ...unknown]) {
      expect(identifyTarget(label)).toEqual(identifyTarget(label));
    }
  });

  it('handles empty and pathological labels without throwing', () => {
    expect(identifyTarget('')).toEqual({ label: '', protein: '', form: 'total', known: false });
    expect(identifyTarget('(D9E)')).toMatchObject({ known: false, protein: '(D9E)' });
    const started = Date.now();
    identifyTarget('panphosphopanphosphopanphosphopanphosphopanphosphopanphospho'.repeat(5));
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('canonical proteins', () => {
  const proteins = knownProteins();

  it('identifyTarget(protein) returns that protein, total or loading', () => {
    for (const { protein, form } of proteins) {
      expect(identifyTarget(protein)).toEqual({ label: protein, protein, form: form === 'loading' ? 'loading' : 'total', known: true });
    }
  });

  it('every documented alias resolves to its protein', () => {
    for (const { protein, aliases } of proteins) {
      expect(aliases.length).toBeGreaterThan(0);
      for (const alias of aliases) expect(identifyTarget(alias).protein, alias).toBe(protein);
    }
  });

  it('core pairs are total-form pair proteins, in display order', () => {
    expect(CORE_PAIRS).toEqual(['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET']);
    for (const p of CORE_PAIRS) {
      expect(identifyTarget(p).form).toBe('total');
      expect(identifyTarget(`p${p}`)).toMatchObject({ protein: p, form: 'phospho', known: true });
    }
  });

  it('loading controls are known loading proteins, total-protein first', () => {
    expect(LOADING_CONTROLS[0]).toBe('total-protein');
    for (const p of LOADING_CONTROLS) expect(identifyTarget(p)).toMatchObject({ protein: p, form: 'loading', known: true });
    expect(new Set(LOADING_CONTROLS)).toEqual(new Set(proteins.filter((p) => p.form === 'loading').map((p) => p.protein)));
  });

  it('knownProteins returns copies that cannot change the table', () => {
    const first = knownProteins();
    first[0]?.aliases.push('nonsense');
    expect(knownProteins()[0]?.aliases).not.toContain('nonsense');
  });
});
