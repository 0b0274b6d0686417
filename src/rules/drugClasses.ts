/**
 * Drugs and their classes, as data: which arm of an experiment is a TRK inhibitor alone (the arm a
 * resistance verdict is read on) and which is a follow-up (a combination, a next-generation TRK
 * inhibitor, a single non-TRK agent, a ligand), and which readouts each class is expected to move.
 *
 * A class names the phospho readouts its drugs are expected to suppress at an active dose (a ligand:
 * to raise). The readouts are the drug's own target or the first phospho readout below it that a
 * western blot reliably shows: an ERK inhibitor (ulixertinib) can leave pERK up while it blocks
 * ERK's output, so it is read on p90RSK; capivasertib (an ATP-competitive AKT inhibitor) raises
 * pAKT S473 while it blocks AKT's output, so it is read on pS6; everolimus (mTORC1) on pS6 and
 * p4E-BP1. A drug may name its own readouts where they differ from its class (lapatinib: EGFR and
 * HER2; each ligand: its receptor and the pathways below).
 *
 * Sources: Cocco et al., Nat Rev Clin Oncol 2018;15:731 (first and next generation TRK inhibitors);
 * Drilon et al., Cancer Discov 2018;8:1227 (repotrectinib, TPX-0005); Drilon et al., Cancer Discov
 * 2017;7:963 (selitrectinib, LOXO-195); Katayama et al., Clin Cancer Res 2019;25:4775 (taletrectinib,
 * DS-6051b); zurletrectinib (ICP-723) phase 1/2, NCT04685226. The names, codes and abbreviations are
 * matched without case and punctuation (`LOXO-195` = `loxo195`).
 */

/** A class of drugs and the readouts its drugs move. */
export interface DrugClassSpec {
  /** Plain name, e.g. `MEK inhibitor`. */
  label: string;
  /** `trk-inhibitor` classes get the resistance verdict; `ligand` classes raise their readouts. */
  kind: 'trk-inhibitor' | 'inhibitor' | 'ligand';
  /** Readouts (canonical proteins) a drug of the class is expected to suppress, or for a ligand to raise. */
  readouts: string[];
}

export interface DrugEntry {
  name: string;
  class: string;
  /** Development codes and common abbreviations, matched like the name. */
  aliases: string[];
  /** Readouts of this drug where they differ from its class's. */
  readouts?: string[];
}

export interface DrugTable {
  classes: Readonly<Record<string, DrugClassSpec>>;
  drugs: readonly DrugEntry[];
}

/** The first-generation TRK inhibitor class: the verdict is read on its arm when there are several TRK inhibitor arms. */
export const FIRST_GENERATION = 'trk-first-generation';
export const NEXT_GENERATION = 'trk-next-generation';

const TRK_PATHWAY = ['TRK', 'ERK', 'AKT'];

export const DRUG_CLASSES: Readonly<Record<string, DrugClassSpec>> = {
  [FIRST_GENERATION]: { label: 'first-generation TRK inhibitor', kind: 'trk-inhibitor', readouts: TRK_PATHWAY },
  [NEXT_GENERATION]: { label: 'next-generation TRK inhibitor', kind: 'trk-inhibitor', readouts: TRK_PATHWAY },
  mek: { label: 'MEK inhibitor', kind: 'inhibitor', readouts: ['ERK'] },
  braf: { label: 'BRAF inhibitor', kind: 'inhibitor', readouts: ['MEK', 'ERK'] },
  erk: { label: 'ERK inhibitor', kind: 'inhibitor', readouts: ['RSK'] },
  shp2: { label: 'SHP2 inhibitor', kind: 'inhibitor', readouts: ['ERK'] },
  met: { label: 'MET inhibitor', kind: 'inhibitor', readouts: ['MET'] },
  egfr: { label: 'EGFR inhibitor', kind: 'inhibitor', readouts: ['EGFR'] },
  her2: { label: 'HER2 inhibitor', kind: 'inhibitor', readouts: ['HER2'] },
  igf1r: { label: 'IGF1R inhibitor', kind: 'inhibitor', readouts: ['IGF1R'] },
  pi3k: { label: 'PI3K inhibitor', kind: 'inhibitor', readouts: ['AKT', 'S6'] },
  akt: { label: 'AKT inhibitor', kind: 'inhibitor', readouts: ['S6'] },
  mtor: { label: 'mTOR inhibitor', kind: 'inhibitor', readouts: ['S6', '4E-BP1'] },
  ligand: { label: 'ligand', kind: 'ligand', readouts: ['ERK', 'AKT'] },
};

const drug = (name: string, cls: string, aliases: string[] = [], readouts?: string[]): DrugEntry =>
  (readouts ? { name, class: cls, aliases, readouts } : { name, class: cls, aliases });

export const DRUGS: readonly DrugEntry[] = [
  drug('larotrectinib', FIRST_GENERATION, ['LOXO-101', 'ARRY-470', 'Vitrakvi']),
  drug('entrectinib', FIRST_GENERATION, ['RXDX-101', 'NMS-E628', 'Rozlytrek']),
  drug('selitrectinib', NEXT_GENERATION, ['LOXO-195', 'BAY 2731954']),
  drug('repotrectinib', NEXT_GENERATION, ['TPX-0005', 'Augtyro']),
  drug('taletrectinib', NEXT_GENERATION, ['DS-6051b', 'AB-106']),
  drug('zurletrectinib', NEXT_GENERATION, ['ICP-723']),
  drug('trametinib', 'mek', ['GSK1120212', 'Mekinist']),
  drug('cobimetinib', 'mek', ['GDC-0973', 'XL518']),
  drug('binimetinib', 'mek', ['MEK162', 'ARRY-162']),
  drug('selumetinib', 'mek', ['AZD6244', 'ARRY-142886']),
  drug('mirdametinib', 'mek', ['PD-0325901']),
  drug('dabrafenib', 'braf', ['GSK2118436']),
  drug('encorafenib', 'braf', ['LGX818']),
  drug('vemurafenib', 'braf', ['PLX4032', 'RG7204']),
  drug('ulixertinib', 'erk', ['BVD-523']),
  drug('TNO155', 'shp2', []),
  drug('crizotinib', 'met', ['PF-02341066']),
  drug('capmatinib', 'met', ['INC280', 'INCB28060']),
  drug('tepotinib', 'met', ['MSC2156119', 'EMD 1214063']),
  drug('savolitinib', 'met', ['volitinib', 'AZD6094', 'HMPL-504']),
  drug('erlotinib', 'egfr', ['OSI-774']),
  drug('gefitinib', 'egfr', ['ZD1839']),
  drug('osimertinib', 'egfr', ['AZD9291']),
  drug('afatinib', 'egfr', ['BIBW 2992'], ['EGFR', 'HER2']),
  drug('lapatinib', 'her2', ['GW572016'], ['EGFR', 'HER2']),
  drug('tucatinib', 'her2', ['ONT-380', 'ARRY-380']),
  drug('neratinib', 'her2', ['HKI-272'], ['HER2', 'EGFR']),
  drug('linsitinib', 'igf1r', ['OSI-906']),
  drug('alpelisib', 'pi3k', ['BYL719']),
  drug('capivasertib', 'akt', ['AZD5363']),
  drug('everolimus', 'mtor', ['RAD001']),
  drug('NGF', 'ligand', ['beta-NGF', 'nerve growth factor'], ['TRK', 'ERK', 'AKT']),
  drug('BDNF', 'ligand', ['brain-derived neurotrophic factor'], ['TRK', 'ERK', 'AKT']),
  drug('HGF', 'ligand', ['hepatocyte growth factor', 'scatter factor'], ['MET', 'ERK', 'AKT']),
  drug('EGF', 'ligand', ['epidermal growth factor'], ['EGFR', 'ERK', 'AKT']),
  drug('NRG1', 'ligand', ['neuregulin', 'neuregulin-1', 'heregulin', 'HRG'], ['HER3', 'HER2', 'AKT', 'ERK']),
  drug('IGF-1', 'ligand', ['IGF-I', 'insulin-like growth factor 1'], ['IGF1R', 'AKT', 'ERK']),
];

/** The built-in table. */
export function defaultDrugTable(): DrugTable {
  return { classes: DRUG_CLASSES, drugs: DRUGS };
}

/**
 * The table with a rules file's or the command line's additions: `drugs` maps a name (as the lab
 * writes it) to a class id; `classes` adds classes or replaces a class's readouts. A name given
 * again replaces the built-in entry of that name.
 */
export function extendDrugTable(base: DrugTable, drugs: Readonly<Record<string, string>>, classes: Readonly<Record<string, DrugClassSpec>> = {}): DrugTable {
  const given = new Set(Object.keys(drugs).map(drugKey));
  return {
    classes: { ...base.classes, ...classes },
    drugs: [
      ...Object.entries(drugs).map(([name, cls]) => ({ name, class: cls, aliases: [] })),
      ...base.drugs.filter((d) => !given.has(drugKey(d.name))),
    ],
  };
}

/** A name's comparison key: lower case, letters and digits only (`LOXO-195` -> `loxo195`). */
export function drugKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The readouts a drug moves: its own, or its class's. */
export function readoutsOf(entry: DrugEntry, table: DrugTable): string[] {
  return entry.readouts ?? table.classes[entry.class]?.readouts ?? [];
}
