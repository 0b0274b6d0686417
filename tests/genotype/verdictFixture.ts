/** Hand-made verdicts for the genotype tests (the rules engine is tested on its own). */
import type { Mechanism, Verdict } from '../../src/rules/types.js';

export function verdict(mechanism: Mechanism, drivers: string[] = [], line = 'KM12-LR', versus = 'KM12'): Verdict {
  return {
    line, versus, treatment: 'larotrectinib', dose_nM: 100, time_h: 2, mechanism, drivers, confidence: 'strong',
    summary: `${line}: ${mechanism}`, evidence: [], hints: [], nextSteps: ['blot next step'],
  };
}
