/** readArm(treatment, table): what an arm is, from how labs write it. */
import { describe, expect, it } from 'vitest';
import { defaultDrugTable, drugKey, extendDrugTable, DRUG_CLASSES, DRUGS } from '../../src/rules/drugClasses.js';
import { readArm } from '../../src/rules/readArms.js';

const table = defaultDrugTable();
const names = (treatment: string) => readArm(treatment, table).drugs.map((d) => d.name);

describe('readArm(treatment, table)', () => {
  it('reads a TRK inhibitor alone, by name, code or a unique prefix, with its dose written in', () => {
    expect(readArm('larotrectinib', table)).toMatchObject({ kind: 'trk-alone', drugs: [{ name: 'larotrectinib', class: 'trk-first-generation', readouts: ['TRK', 'ERK', 'AKT'] }], unknown: [] });
    expect(readArm('LOXO-195 100 nM', table)).toMatchObject({ kind: 'trk-alone', drugs: [{ name: 'selitrectinib', class: 'trk-next-generation' }] });
    expect(names('TPX-0005 (30nM)')).toEqual(['repotrectinib']);
    expect(names('Taletrectinib')).toEqual(['taletrectinib']);
    expect(names('ICP-723')).toEqual(['zurletrectinib']);
  });

  it('reads combinations as labs write them', () => {
    for (const written of ['larotrectinib + trametinib', 'laro+tram', 'Laro/Trame', 'larotrectinib & trametinib', 'Larotrectinib plus Trametinib', 'laro 100 nM + tram 10 nM']) {
      const arm = readArm(written, table);
      expect(arm.kind, written).toBe('combination');
      expect(arm.drugs.map((d) => d.name), written).toEqual(['larotrectinib', 'trametinib']);
    }
    expect(readArm('larotrectinib + capmatinib', table).drugs[1]).toMatchObject({ name: 'capmatinib', class: 'met', readouts: ['MET'] });
  });

  it('reads a ligand with a TRK inhibitor as a rescue, a ligand alone as such, a non-TRK drug alone as a single agent', () => {
    expect(readArm('larotrectinib + HGF (50 ng/mL)', table)).toMatchObject({ kind: 'ligand-rescue', drugs: [{ name: 'larotrectinib' }, { name: 'HGF', class: 'ligand', readouts: ['MET', 'ERK', 'AKT'] }] });
    expect(readArm('IGF-1', table).kind).toBe('ligand-alone');
    expect(readArm('trametinib', table)).toMatchObject({ kind: 'single-agent', drugs: [{ name: 'trametinib', class: 'mek', readouts: ['ERK'] }] });
    expect(readArm('DMSO + trametinib', table).kind).toBe('single-agent');
  });

  it('names an unknown drug and a prefix several drugs share, and never guesses', () => {
    expect(readArm('TRKi', table)).toMatchObject({ kind: 'unknown', drugs: [], unknown: ['TRKi'] });
    const shared = readArm('laro + cap', table);
    expect(shared).toMatchObject({ kind: 'unknown', unknown: ['cap'] });
    const prefix = readArm('laro + capi', table);
    expect(prefix.drugs.map((d) => d.name)).toEqual(['larotrectinib', 'capivasertib']);
    expect(readArm('laro + sel', table)).toMatchObject({ unknown: ['sel'], ambiguous: { sel: ['selitrectinib', 'selumetinib'] } });
    expect(readArm('laro + dab', table)).toMatchObject({ kind: 'unknown', unknown: ['dab'], ambiguous: { dab: ['dabrafenib'] } });
    expect(readArm('larotrectinib + selu', table).drugs.map((d) => d.name)).toEqual(['larotrectinib', 'selumetinib']);
    expect(readArm('larotrectinib + se', table).unknown).toEqual(['se']);
  });

  it('reports a prefix that starts several names as ambiguous, with the names', () => {
    expect(readArm('laro + selit', table).drugs.map((d) => d.name)).toEqual(['larotrectinib', 'selitrectinib']);
    expect(readArm('laro + tram + xyzzy', table)).toMatchObject({ kind: 'unknown', unknown: ['xyzzy'], ambiguous: {} });
    expect(readArm('capm + cap', table).ambiguous).toEqual({ cap: ['capmatinib', 'capivasertib'] });
    const shared = extendDrugTable(table, { 'TRK-inhibitor-A': 'trk-first-generation', 'TRK-inhibitor-B': 'trk-next-generation' });
    expect(readArm('TRK-inhib', shared)).toMatchObject({ kind: 'unknown', ambiguous: { 'TRK-inhib': ['TRK-inhibitor-A', 'TRK-inhibitor-B'] } });
  });

  it('uses the names a rules file or --drug-class adds, before the built-in ones', () => {
    const extended = extendDrugTable(table, { 'TRKi-7': 'trk-first-generation', trametinib: 'erk' });
    expect(readArm('TRKi-7 + trametinib', extended)).toMatchObject({ kind: 'combination', drugs: [{ name: 'TRKi-7' }, { name: 'trametinib', class: 'erk', readouts: ['RSK'] }] });
  });
});

describe('the drug table', () => {
  it('lists every drug the issue names, each in a class with readouts, each name and code once', () => {
    const keys = DRUGS.flatMap((d) => [d.name, ...d.aliases]).map(drugKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of DRUGS) expect(DRUG_CLASSES[d.class]?.readouts.length, d.name).toBeGreaterThan(0);
    const expected = ['larotrectinib', 'entrectinib', 'selitrectinib', 'repotrectinib', 'taletrectinib', 'zurletrectinib', 'trametinib', 'cobimetinib', 'binimetinib', 'selumetinib',
      'dabrafenib', 'encorafenib', 'vemurafenib', 'ulixertinib', 'crizotinib', 'capmatinib', 'tepotinib', 'savolitinib', 'erlotinib', 'gefitinib', 'osimertinib', 'afatinib',
      'lapatinib', 'tucatinib', 'neratinib', 'linsitinib', 'alpelisib', 'capivasertib', 'everolimus', 'TNO155', 'NGF', 'BDNF', 'HGF', 'EGF', 'NRG1', 'IGF-1'];
    expect(DRUGS.map((d) => d.name)).toEqual(expect.arrayContaining(expected));
  });
});
