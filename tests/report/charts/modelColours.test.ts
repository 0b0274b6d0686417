import { describe, expect, it } from 'vitest';
import { modelColourScale } from '../../../src/report/charts/modelColours.js';
import type { Design } from '../../../src/normalize/types.js';

const design = (models: [string, 'sensitive' | 'resistant'][]): Design => ({
  models: models.map(([line, status]) => ({ line, status })), pairs: [], membranes: [], replicates: [], conditions: [], targets: [], loadingControls: [],
});

describe('modelColourScale(design)', () => {
  it('gives each model one colour in design order: blues for sensitive, warm colours for resistant', () => {
    const scale = modelColourScale(design([['KM12', 'sensitive'], ['KM12-LR', 'resistant'], ['KM12-ER', 'resistant']]));
    expect(scale.domain).toEqual(['KM12', 'KM12-LR', 'KM12-ER']);
    expect(scale.range).toEqual(['#0072B2', '#D55E00', '#E69F00']);
  });

  it('a model keeps its colour when models of the other status are added', () => {
    const alone = modelColourScale(design([['R1', 'resistant'], ['R2', 'resistant']]));
    const withSensitive = modelColourScale(design([['S1', 'sensitive'], ['R1', 'resistant'], ['S2', 'sensitive'], ['R2', 'resistant']]));
    expect(withSensitive.range[withSensitive.domain.indexOf('R2')]).toBe(alone.range[1]);
    expect(new Set(withSensitive.range).size).toBe(4);
  });

  it('cycles through its palette for very many models (never undefined)', () => {
    const many = modelColourScale(design(Array.from({ length: 20 }, (_, i): [string, 'resistant'] => [`R${i}`, 'resistant'])));
    expect(many.range.every((c) => /^#[0-9A-F]{6}$/.test(c))).toBe(true);
    expect(many.range[8]).toBe(many.range[0]);
  });
});
