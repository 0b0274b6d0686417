/** Hand-made verdicts for the genotype tests (the rules engine is tested on its own). */
import type { ClassifiedVariant } from '../../src/genotype/concordance.js';
import type { Strategy } from '../../src/genotype/knownVariants.js';
import type { Mechanism, Verdict } from '../../src/rules/types.js';

export function verdict(mechanism: Mechanism, drivers: string[] = [], line = 'KM12-LR', versus = 'KM12'): Verdict {
  return {
    line, versus, treatment: 'larotrectinib', dose_nM: 100, time_h: 2, mechanism, drivers, confidence: 'strong',
    summary: `${line}: ${mechanism}`, evidence: [], hints: [], nextSteps: ['blot next step'],
  };
}

let row = 1;
/** A classified variant of `line` (each call takes the next source row of `v.maf`). */
export function classified(line: string, gene: string, change: string | null, cls: string, region: string | null, strategy: Strategy, protein: string | null, extra: { vaf?: number; copyNumber?: number } = {}): ClassifiedVariant {
  row++;
  return {
    variant: {
      gene, proteinChange: change, class: cls, region, vaf: extra.vaf ?? null, copyNumber: extra.copyNumber ?? null,
      sample: line, source: { file: 'v.maf', row }, line, variantClassification: null,
    },
    strategy, protein, listed: true,
  };
}
