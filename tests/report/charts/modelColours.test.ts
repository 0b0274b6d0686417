import { describe, expect, it } from 'vitest';
import { modelColourScale, modelDashScale, modelShapeScale } from '../../../src/report/charts/modelColours.js';
import type { Design } from '../../../src/normalize/types.js';

const design = (models: [string, 'sensitive' | 'resistant'][]): Design => ({
  models: models.map(([line, status]) => ({ line, status })), pairs: [], membranes: [], replicates: [], conditions: [], targets: [], loadingControls: [],
});

describe('modelColourScale(design)', () => {
  it('gives each model one colour in design order: blues for sensitive, warm colours for resistant, dark and light in turn', () => {
    const scale = modelColourScale(design([['KM12', 'sensitive'], ['KM12-LR', 'resistant'], ['KM12-ER', 'resistant']]));
    expect(scale.domain).toEqual(['KM12', 'KM12-LR', 'KM12-ER']);
    expect(scale.range).toEqual(['#1B3F66', '#D55E00', '#6A3D9A']);
  });

  it('a shape and a dash per model as well: sensitive models from the circle, resistant from the square', () => {
    const models = design([['S1', 'sensitive'], ['R1', 'resistant'], ['R2', 'resistant'], ['S2', 'sensitive']]);
    expect(modelShapeScale(models).range).toEqual(['circle', 'square', 'triangle-up', 'diamond']);
    const dashes = modelDashScale(models).range.map((d) => d.join(' '));
    expect(new Set(dashes).size).toBe(4);
  });

  it('cycles through its palette for very many models (never undefined)', () => {
    const many = modelColourScale(design(Array.from({ length: 20 }, (_, i): [string, 'resistant'] => [`R${i}`, 'resistant'])));
    expect(many.range.every((c) => /^#[0-9A-F]{6}$/.test(c))).toBe(true);
    expect(many.range[16]).toBe(many.range[0]);
  });
});
