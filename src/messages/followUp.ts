/**
 * Every user-facing sentence about the follow-up experiment: arms the drug table cannot read,
 * follow-up outcomes, how they bear on a verdict, the next steps they lead to, and the errors of
 * `--drug-class` and a rules file's drug section.
 */
import { percent, pValue } from './rules.js';

const q = (s: string): string => JSON.stringify(s);
const p = (target: string): string => `p${target}`;

export interface ArmNumbers {
  arm: string;
  readout: string;
  line: string;
  reference: string;
  f: number | null;
  fReference: number | null;
  log2Ratio: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  n: number;
  level: number;
}

const numbers = (x: ArmNumbers): string => {
  const ci = x.ciLow === null || x.ciHigh === null ? '' : `, ${Math.round(x.level * 100)} % CI ${x.ciLow.toFixed(2)} to ${x.ciHigh.toFixed(2)}`;
  const d = x.log2Ratio === null ? '' : `log2 ratio ${x.log2Ratio.toFixed(2)}${ci}, p ${pValue(x.pValue)}, `;
  return `(${d}n = ${x.n})`;
};
const versus = (x: ArmNumbers): string => `${percent(x.f)} of vehicle vs ${percent(x.fReference)} under ${x.reference}`;

export const followUpMessages = {
  unknownDrug: (treatment: string, unknown: readonly string[], ambiguous: readonly string[], classes: readonly string[]) =>
    `arm ${q(treatment)} is not read: ${unknown.map(q).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the drug table${ambiguous.length > 0 ? ` (${ambiguous.join('; ')})` : ''} - give its class with --drug-class ${q(unknown[0] ?? treatment)}=CLASS (one of ${classes.join(', ')}) or in the rules file's "drugs" section`,
  ambiguousDrug: (written: string, names: readonly string[]) => `${q(written)} could be ${names.join(' or ')}`,
  ligandAlone: (treatment: string) => `arm ${q(treatment)} is a ligand without a TRK inhibitor: not read (a rescue is read as the ligand together with the TRK inhibitor, e.g. "larotrectinib + HGF")`,
  noTrkArm: () => 'no arm is a TRK inhibitor alone: no resistance verdict is given; single agents are read against vehicle, and combinations have no arm to be compared with',

  restored: (x: ArmNumbers) => `${x.arm} restores ${p(x.readout)} suppression in ${x.line}: ${versus(x)} ${numbers(x)}`,
  partial: (x: ArmNumbers, suppressed: number) => `${x.arm} lowers ${p(x.readout)} in ${x.line}, but not into the suppressed range (<= ${percent(suppressed)}): ${versus(x)} ${numbers(x)}`,
  notRestored: (x: ArmNumbers) => `${x.arm} does not restore ${p(x.readout)} suppression in ${x.line}: ${versus(x)} ${numbers(x)}`,
  rescued: (x: ArmNumbers) => `${x.arm} rescues ${p(x.readout)} in ${x.line} under the TRK inhibitor: ${versus(x)} ${numbers(x)}`,
  partialRescue: (x: ArmNumbers, sustained: number) => `${x.arm} raises ${p(x.readout)} in ${x.line} under the TRK inhibitor, but not to the sustained range (>= ${percent(sustained)}): ${versus(x)} ${numbers(x)}`,
  notRescued: (x: ArmNumbers) => `${x.arm} does not rescue ${p(x.readout)} in ${x.line} under the TRK inhibitor: ${versus(x)} ${numbers(x)}`,
  active: (x: ArmNumbers) => `${x.arm} alone is active at this dose: ${p(x.readout)} in ${x.line} at ${percent(x.f)} of vehicle (n = ${x.n})`,
  partlyActive: (x: ArmNumbers) => `${x.arm} alone is partly active at this dose: ${p(x.readout)} in ${x.line} at ${percent(x.f)} of vehicle (n = ${x.n})`,
  inactive: (x: ArmNumbers) => `${x.arm} alone is not active at this dose: ${p(x.readout)} in ${x.line} at ${percent(x.f)} of vehicle (n = ${x.n}) - a combination with it does not test the pathway`,
  inconclusive: (x: ArmNumbers, why: string) => `${x.arm}, ${p(x.readout)} in ${x.line}: inconclusive, ${why}${x.f === null ? '' : ` (${percent(x.f)} of vehicle${x.fReference === null || x.reference === 'vehicle' ? '' : ` vs ${percent(x.fReference)} under ${x.reference}`}, n = ${x.n})`}`,
  why: {
    'too-few-replicates': (n: number, min: number) => `n = ${n} replicates, ${min} needed`,
    'not-measured': () => 'not measured under both arms',
    'grey-zone': () => 'the difference is neither clearly large nor clearly small',
    'interval-spans': () => 'the interval reaches from the suppressed to the sustained range',
    'not-significant': () => 'the difference is not significant',
    'nothing-to-restore': () => 'the readout is already suppressed under the TRK inhibitor alone',
    'no-reference': () => 'no TRK inhibitor alone at this time to compare it with',
  },

  confirms: (sentence: string) => `confirmed: ${sentence}`,
  contradicts: (sentence: string, mechanism: string) => `contradicted: ${sentence} - not what ${mechanism} predicts`,
  partnerInactive: (drug: string) => `${drug} alone was not active at its dose, so the combination does not test the bypass`,
  nextGenNotRestoredOnTarget: () => 'a next-generation inhibitor that does not restore pTRK suppression may meet an xDFG substitution (type I next-generation inhibitors do not bind it; type II inhibitors are reported to)',
  noteContradicted: (arm: string, readout: string, outcome: string) => `follow-up ${arm} on ${p(readout)} is ${outcome}, against the verdict`,

  next: {
    combinationConfirmed: (arm: string) => `test ${arm} for viability and synergy (a dose matrix, e.g. 6 x 6 concentrations, scored by Bliss or Loewe)`,
    nextGenerationConfirmed: (drug: string) => `${drug} is the candidate: confirm with a viability dose response in both lines and sequence the NTRK kinase domain`,
    contradicted: (arm: string) => `repeat ${arm} with its single agent at the same dose to check the partner drug is active, then re-read the resistance mechanism`,
    partnerInactive: (drug: string) => `raise the dose of ${drug} until it suppresses its own readout alone, then repeat the combination`,
    inconclusive: (arm: string) => `repeat ${arm} beside the TRK inhibitor alone with at least 3 biological replicates`,
  },

  chart: {
    title: (line: string, versus: string, readout: string, arm: string) => `Follow-up ${arm}: ${p(readout)} in ${line} and ${versus} under each arm`,
    axis: (readout: string) => `${p(readout)}/${readout}, fraction of vehicle (log scale)`,
    axisArm: () => 'arm',
    caption: (level: number, sentence: string) => `Each arm's fraction of vehicle with its ${Math.round(level * 100)} % confidence interval (blocked linear model), both models; grey bands: the suppressed and sustained ranges. ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`,
  },
  section: {
    title: () => 'Follow-up experiment',
    intro: () => 'Arms that are not a TRK inhibitor alone, each read against the arm it follows up (docs/follow-up.md).',
    columns: (level: number) => ['model', 'arm', 'compared with', 'readout', 'read in', 'f arm', 'f compared', 'log2 ratio', `${Math.round(level * 100)} % CI`, 'p', 'outcome'],
    outcome: (outcome: string, bears: string) => `${outcome}${bears === 'neutral' ? '' : `, ${bears} the verdict`}`,
  },
  answer: (bears: 'confirmed' | 'contradicted' | 'followed up', sentence: string) => `${bears}: ${sentence}`,
  answerLine: (bears: 'confirmed' | 'contradicted' | 'followed up', sentence: string) => `${bears.charAt(0).toUpperCase()}${bears.slice(1)}: ${sentence}.`,
  arms: (arms: readonly string[]) => `arms: ${arms.join('; ')}`,
  arm: (treatment: string, reading: string, drugs: readonly string[]) =>
    `${treatment} -> ${reading === 'verdict' ? 'resistance verdict' : reading === 'not read' ? 'not read (a drug not in the table: --drug-class NAME=CLASS)' : `follow-up, ${reading}`}${drugs.length > 0 ? ` [${drugs.join(', ')}]` : ''}`,
  describe: {
    title: () => 'Drug table (arms are read from the treatment names; docs/follow-up.md)',
    classLine: (id: string, label: string, raises: boolean, readouts: readonly string[], drugs: readonly string[]) =>
      `${id}: ${label}, ${raises ? 'raises' : 'suppresses'} ${readouts.map(p).join(', ')} - ${drugs.length > 0 ? drugs.join('; ') : 'no drug listed'}`,
    drug: (name: string, aliases: readonly string[], readouts: readonly string[] | null) =>
      `${name}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''}${readouts ? ` [${readouts.map(p).join(', ')}]` : ''}`,
    footer: () => 'a name matches without case or punctuation, or as a prefix of four letters or more of one name; add drugs with --drug-class NAME=CLASS or a rules file\'s "drugs" section',
  },
  drugClass: {
    badOption: (value: string) => `--drug-class expects NAME=CLASS, got ${q(value)}`,
    unknownClass: (name: string, cls: string, classes: readonly string[]) => `drug ${q(name)}: unknown class ${q(cls)} (one of ${classes.join(', ')})`,
    hint: () => 'for example --drug-class "TRKi-7=trk-first-generation"; `blotbypass rules` lists the drug table',
  },
  label: {
    restored: 'restored', partial: 'partial', 'not-restored': 'not restored', active: 'active', inactive: 'inactive',
    rescued: 'rescued', 'not-rescued': 'not rescued', inconclusive: 'inconclusive',
  } as Readonly<Record<string, string>>,
};
