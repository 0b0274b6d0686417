/**
 * One fixed colour per model, the same in every chart: sensitive models in blues, resistant models
 * in warm colours, each taking the next colour of its list in design order (Okabe-Ito based, so the
 * two groups stay apart for colour-blind readers). Status is also drawn as a shape, for grey print.
 */
import type { Design } from '../../normalize/types.js';

const SENSITIVE_COLOURS = ['#0072B2', '#56B4E9', '#1B3F66', '#7F9FBF'] as const;
const RESISTANT_COLOURS = ['#D55E00', '#E69F00', '#CC79A7', '#009E73', '#8C510A', '#6A3D9A', '#B8860B', '#4D4D4D'] as const;

export const STATUS_SHAPES = { domain: ['sensitive', 'resistant'], range: ['circle', 'square'] } as const;

export interface ModelColourScale {
  /** Model names in design order. */
  domain: string[];
  range: string[];
}

export function modelColourScale(design: Design): ModelColourScale {
  let sensitive = 0;
  let resistant = 0;
  const range = design.models.map((model) =>
    model.status === 'sensitive'
      ? SENSITIVE_COLOURS[sensitive++ % SENSITIVE_COLOURS.length]!
      : RESISTANT_COLOURS[resistant++ % RESISTANT_COLOURS.length]!,
  );
  return { domain: design.models.map((model) => model.line), range };
}
