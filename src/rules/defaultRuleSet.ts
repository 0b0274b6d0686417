/**
 * The default TRK panel rule set, as data (SCIENCE.md, "Default decision thresholds" and "Rule
 * outline"). Precedence: assay validity, then on-target, receptor bypass, MAPK bypass, PI3K-AKT
 * bypass, non-genetic resistance. Receptor bypass comes before MAPK and PI3K-AKT bypass because it
 * names their upstream cause; on-target comes first because with pTRK sustained the bypass readouts
 * cannot be told apart from TRK signalling itself; non-genetic resistance comes last because it is
 * read where no signalling readout explains the resistance.
 */
import { ruleMessages } from '../messages/rules.js';
import { BYPASS_RECEPTORS, EPITHELIAL_MARKERS, MESENCHYMAL_MARKERS } from '../load/targetNames.js';
import type { Condition, RuleSet } from './ruleSetTypes.js';

const next = ruleMessages.next;

/** What to do for each receptor named as a bypass driver: the literature's combination where there is one, a generic step otherwise. */
function receptorNextSteps(): Record<string, string[]> {
  const specific: Record<string, string[]> = {
    MET: [next.trkPlusMet, next.copyNumber('MET')],
    EGFR: [next.trkPlusEgfr, next.copyNumber('EGFR')],
    HER2: [next.trkPlusHer2, next.copyNumber('HER2')],
    IGF1R: [next.trkPlusIgf1r, next.copyNumber('IGF1R')],
  };
  return Object.fromEntries(BYPASS_RECEPTORS.map((r) => [r, specific[r] ?? [next.trkPlusReceptor(r)]]));
}

const sustainedAndHigher = (target: string): Condition => ({
  allOf: [{ target, in: 'resistant', is: 'sustained' }, { target, higher: 'fraction' }],
});

/**
 * A bypass sustains a pathway (SCIENCE.md, "Absolute output"): f sustained and above the sensitive
 * model's, and the output under the drug not collapsed against the sensitive model's untreated level
 * (a resistant line whose basal pERK collapsed keeps f near 1 with little output). An output in the
 * grey zone holds on the estimate only: the verdict is at most moderate, said why.
 */
const maintained = (target: string): Condition => ({
  allOf: [{ target, in: 'resistant', is: 'sustained' }, { target, higher: 'fraction' }, { target, in: 'absolute', is: 'not-suppressed' }],
});

/** Not sustained: its own f, or its absolute output. */
const notMaintained = (target: string): Condition => ({
  anyOf: [{ target, in: 'resistant', is: 'not-sustained' }, { target, in: 'absolute', is: 'not-sustained' }],
});

/** A fresh copy of the default rule set (callers may modify it). */
export function defaultRuleSet(): RuleSet {
  return {
    name: 'trk-default',
    version: '1',
    description: 'NTRK-fusion models under a TRK inhibitor: on-target versus MAPK, PI3K-AKT and receptor bypass',
    thresholds: {
      suppressed: 0.2,
      sustained: 0.5,
      minLog2Ratio: 1,
      alpha: 0.05,
      amplificationFold: 3,
      fusionLossFold: 0.5,
      minReplicates: 3,
      provisionalReplicates: 2,
      reboundEarlyMaxHours: 2,
      reboundLateMinHours: 24,
      ic50FoldShift: 10,
    },
    assay: { suppressedInSensitive: ['TRK', 'ERK'] },
    mechanisms: [
      {
        id: 'on-target',
        mechanism: 'on-target',
        label: 'on-target resistance',
        // Downstream follows pTRK in on-target resistance (SCIENCE.md): pERK or pAKT escapes the drug
        // as pTRK does. With both inhibited as in the sensitive model, a sustained pTRK points to an
        // antibody or phospho-site problem instead.
        when: [
          sustainedAndHigher('TRK'),
          { anyOf: [{ target: 'ERK', higher: 'fraction' }, { target: 'AKT', higher: 'fraction' }] },
        ],
        drivers: { always: ['TRK'], candidates: [], candidateWhen: [], required: false },
        nextSteps: [next.sequenceKinaseDomain, next.howToSequence, next.nextGenerationTrk],
        driverNextSteps: {},
      },
      {
        id: 'rtk-bypass',
        mechanism: 'rtk-bypass',
        label: 'receptor bypass',
        when: [
          { target: 'TRK', in: 'resistant', is: 'suppressed' },
          { anyOf: [maintained('ERK'), maintained('AKT')] },
        ],
        drivers: {
          always: [],
          candidates: [...BYPASS_RECEPTORS],
          // A receptor drives when it is active (SCIENCE.md, "Active receptors"): more phosphorylated
          // receptor over loading, or phospho/total and total raised together; more protein alone is a hint.
          candidateWhen: [
            { target: '$candidate', in: 'resistant', is: 'not-suppressed' },
            { anyOf: [{ target: '$candidate', higher: 'phospho' }, { allOf: [{ target: '$candidate', higher: 'basal' }, { target: '$candidate', higher: 'total' }] }] },
          ],
          required: true,
        },
        nextSteps: [next.mekAlternative, next.nextGenerationAloneFails],
        driverNextSteps: receptorNextSteps(),
      },
      {
        id: 'mapk-bypass',
        mechanism: 'mapk-bypass',
        label: 'MAPK bypass',
        when: [{ target: 'TRK', in: 'resistant', is: 'suppressed' }, maintained('ERK')],
        drivers: {
          always: ['ERK'],
          candidates: ['AKT'],
          candidateWhen: [{ target: '$candidate', in: 'resistant', is: 'sustained' }, { target: '$candidate', higher: 'fraction' }, { target: '$candidate', in: 'absolute', is: 'not-suppressed' }],
          required: false,
        },
        nextSteps: [next.trkPlusMek, next.findMapkDriver, next.nextGenerationAloneFails],
        driverNextSteps: { AKT: [next.alsoPi3k] },
      },
      {
        id: 'pi3k-akt-bypass',
        mechanism: 'pi3k-akt-bypass',
        label: 'PI3K-AKT bypass',
        when: [
          { target: 'TRK', in: 'resistant', is: 'suppressed' },
          { target: 'ERK', in: 'resistant', is: 'suppressed' },
          maintained('AKT'),
        ],
        drivers: { always: ['AKT'], candidates: [], candidateWhen: [], required: false },
        nextSteps: [next.trkPlusPi3k, next.findPi3kActivator, next.nextGenerationAloneFails],
        driverNextSteps: {},
      },
      {
        // The guide's third class: TRK inhibited, no bypass readout sustained (in f or in absolute
        // output), and an EMT shift in the markers (read as total protein over the loading control).
        id: 'non-genetic',
        mechanism: 'non-genetic',
        label: 'non-genetic resistance (EMT)',
        when: [
          { target: 'TRK', in: 'resistant', is: 'suppressed' },
          notMaintained('ERK'),
          notMaintained('AKT'),
          { anyOf: EPITHELIAL_MARKERS.map((target): Condition => ({ target, lower: 'total' })) },
          { anyOf: MESENCHYMAL_MARKERS.map((target): Condition => ({ target, higher: 'total' })) },
        ],
        drivers: { always: [], candidates: [], candidateWhen: [], required: false },
        nextSteps: [next.emtCombination, next.reversibility, next.nextGenerationWontHelp],
        driverNextSteps: {},
      },
    ],
    hints: {
      amplification: [...BYPASS_RECEPTORS],
      fusionLoss: ['TRK'],
      adaptiveRebound: ['ERK', 'AKT'],
    },
    qualityFlagsLowerConfidence: [
      'saturated', 'weak-reference', 'loading-drift', 'no-loading-control', 'below-detection', 'loading-unusable',
      'saturated-loading', 'no-total', 'vehicle-other-time',
    ],
  };
}
