import { describe, expect, it } from 'vitest';
import { resolveModelPairs } from '../../src/normalize/modelPairs.js';
import type { ModelSummary } from '../../src/normalize/types.js';
import { inputErrorOf } from '../helpers/inputs.js';

const s = (line: string): ModelSummary => ({ line, status: 'sensitive' });
const r = (line: string): ModelSummary => ({ line, status: 'resistant' });

describe('resolveModelPairs(models, explicit)', () => {
  it('pairs every resistant model with the only sensitive one', () => {
    expect(resolveModelPairs([s('KM12'), r('LR-1'), r('LR-2')], [])).toEqual([
      { resistant: 'LR-1', sensitive: 'KM12' }, { resistant: 'LR-2', sensitive: 'KM12' },
    ]);
  });

  it('with several sensitive models, picks the one sharing the longest name prefix', () => {
    expect(resolveModelPairs([s('KM12'), s('CUTO3'), r('KM12-LR'), r('cuto3-ER')], [])).toEqual([
      { resistant: 'KM12-LR', sensitive: 'KM12' }, { resistant: 'cuto3-ER', sensitive: 'CUTO3' },
    ]);
  });

  it('prefers a sensitive name the resistant name starts with whole: CL1-R is CL1\'s, not CL10\'s', () => {
    const models = [...Array.from({ length: 12 }, (_, i) => [s(`CL${i + 1}`), r(`CL${i + 1}-R`)]).flat()];
    expect(resolveModelPairs(models, []).slice(0, 2)).toEqual([{ resistant: 'CL1-R', sensitive: 'CL1' }, { resistant: 'CL2-R', sensitive: 'CL2' }]);
    expect(resolveModelPairs(models, []).find((p) => p.resistant === 'CL10-R')?.sensitive).toBe('CL10');
    // Two whole names of the same length (only case differs) are still a tie.
    expect(inputErrorOf(() => resolveModelPairs([s('km12'), s('KM12'), r('KM12-LR')], [])).code).toBe('ambiguous-pair');
  });

  it('uses --pair first', () => {
    expect(resolveModelPairs([s('KM12'), s('KM12-P2'), r('KM12-LR')], [{ resistant: 'KM12-LR', sensitive: 'KM12-P2' }])).toEqual([
      { resistant: 'KM12-LR', sensitive: 'KM12-P2' },
    ]);
  });

  it('refuses to guess between equally good partners', () => {
    const e = inputErrorOf(() => resolveModelPairs([s('KM12a'), s('KM12b'), r('KM12-LR')], []));
    expect(e.code).toBe('ambiguous-pair');
    expect(e.message).toBe('cannot tell which sensitive model "KM12-LR" should be compared with: "KM12a" or "KM12b"');
    expect(e.hint).toBe('write --pair RESISTANT=SENSITIVE with model names as in the line column');
    const none = inputErrorOf(() => resolveModelPairs([s('HCT116'), s('CUTO3'), r('LR')], []));
    expect(none.message).toBe('cannot tell which sensitive model "LR" should be compared with: "HCT116" or "CUTO3"');
  });

  it('refuses a --pair naming an unknown model, or a model of the wrong status', () => {
    const unknown = inputErrorOf(() => resolveModelPairs([s('KM12'), r('KM12-LR')], [{ resistant: 'KM12-XR', sensitive: 'KM12' }]));
    expect(unknown.code).toBe('bad-pair');
    expect(unknown.format()).toBe('--pair names "KM12-XR", which is not a model in the input - write --pair RESISTANT=SENSITIVE with model names as in the line column');
    const swapped = inputErrorOf(() => resolveModelPairs([s('KM12'), r('KM12-LR')], [{ resistant: 'KM12', sensitive: 'KM12-LR' }]));
    expect(swapped.format()).toBe('--pair names "KM12" as resistant, but the input says otherwise - write --pair RESISTANT=SENSITIVE with model names as in the line column');
  });

  it('needs a sensitive and a resistant model', () => {
    const noSensitive = inputErrorOf(() => resolveModelPairs([r('KM12-LR')], []));
    expect(noSensitive.code).toBe('no-sensitive');
    expect([noSensitive.message, noSensitive.hint]).toEqual([
      'no sensitive (parental) model in the input: the resistant model has nothing to be compared with',
      'mark the parental line "sensitive" in the status column, or add its lanes',
    ]);
    const noResistant = inputErrorOf(() => resolveModelPairs([s('KM12')], []));
    expect(noResistant.code).toBe('no-resistant');
    expect([noResistant.message, noResistant.hint]).toEqual(['no resistant model in the input', 'mark the resistant derivative "resistant" in the status column']);
  });
});
