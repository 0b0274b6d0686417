/**
 * The default TRK panel rule set, as data (SCIENCE.md, "Default decision thresholds" and "Rule
 * outline"). Precedence: assay validity, then on-target, receptor bypass, MAPK bypass, PI3K-AKT
 * bypass. Receptor bypass comes before MAPK and PI3K-AKT bypass because it names their upstream
 * cause; on-target comes first because with pTRK sustained the bypass readouts cannot be told
 * apart from TRK signalling itself.
 */
import { ruleMessages } from '../messages/rules.js';
import type { Condition, RuleSet } from './ruleSetTypes.js';

const next = ruleMessages.next;

const sustainedAndHigher = (target: string): Condition => ({
  allOf: [{ target, in: 'resistant', is: 'sustained' }, { target, higher: 'fraction' }],
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
          { anyOf: [sustainedAndHigher('ERK'), sustainedAndHigher('AKT')] },
        ],
        drivers: {
          always: [],
          candidates: ['EGFR', 'HER2', 'MET'],
          candidateWhen: [
            { target: '$candidate', in: 'resistant', is: 'not-suppressed' },
            { anyOf: [{ target: '$candidate', higher: 'basal' }, { target: '$candidate', higher: 'total' }] },
          ],
          required: true,
        },
        nextSteps: [next.mekAlternative, next.nextGenerationAloneFails],
        driverNextSteps: {
          MET: [next.trkPlusMet, next.copyNumber('MET')],
          EGFR: [next.trkPlusEgfr, next.copyNumber('EGFR')],
          HER2: [next.trkPlusHer2, next.copyNumber('HER2')],
        },
      },
      {
        id: 'mapk-bypass',
        mechanism: 'mapk-bypass',
        label: 'MAPK bypass',
        when: [{ target: 'TRK', in: 'resistant', is: 'suppressed' }, sustainedAndHigher('ERK')],
        drivers: {
          always: ['ERK'],
          candidates: ['AKT'],
          candidateWhen: [{ target: '$candidate', in: 'resistant', is: 'sustained' }, { target: '$candidate', higher: 'fraction' }],
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
          sustainedAndHigher('AKT'),
        ],
        drivers: { always: ['AKT'], candidates: [], candidateWhen: [], required: false },
        nextSteps: [next.trkPlusPi3k, next.findPi3kActivator, next.nextGenerationAloneFails],
        driverNextSteps: {},
      },
    ],
    hints: {
      amplification: ['EGFR', 'HER2', 'MET'],
      fusionLoss: ['TRK'],
      adaptiveRebound: ['ERK', 'AKT'],
    },
    qualityFlagsLowerConfidence: [
      'saturated', 'weak-reference', 'loading-drift', 'no-loading-control', 'below-detection', 'loading-unusable',
      'saturated-loading', 'no-total', 'vehicle-other-time',
    ],
  };
}
