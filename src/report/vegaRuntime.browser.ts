/**
 * vega and vega-lite in the browser app (see vegaRuntime.ts): the single-file builds the worker has
 * already run (globals `vega` and `vegaLite`, one copy of vega-scenegraph inside), with vega
 * expressions interpreted rather than compiled, since the page's Content-Security-Policy forbids eval.
 */
import { expressionInterpreter } from 'vega-interpreter';
import type { VegaRuntime } from './vegaRuntime.js';

declare const vega: VegaRuntime['vega'];
declare const vegaLite: VegaRuntime['vegaLite'];

export async function vegaRuntime(): Promise<VegaRuntime> {
  return {
    vega,
    vegaLite,
    sceneGraphs: [vega as unknown as VegaRuntime['sceneGraphs'][number]],
    parseOptions: { ast: true },
    viewOptions: { expr: expressionInterpreter },
  };
}
