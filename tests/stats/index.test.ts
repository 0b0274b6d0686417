import { describe, expect, it } from 'vitest';
import * as stats from '../../src/stats/index.js';

describe('src/stats/index', () => {
  it('re-exports every statistics function', () => {
    expect(Object.keys(stats).sort()).toEqual([
      'benjaminiHochberg',
      'geometricMeanInterval',
      'holm',
      'log2MeanInterval',
      'pairedT',
      'tCritical',
      'twoSidedTPValue',
      'welchT',
    ]);
    for (const f of Object.values(stats)) expect(typeof f).toBe('function');
  });
});
