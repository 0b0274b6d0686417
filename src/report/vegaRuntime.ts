/**
 * vega and vega-lite as renderSvg uses them, Node's build: the packages imported lazily (only a run
 * that writes a report pays for loading them), and every copy of vega-scenegraph that vega reaches
 * (sceneGraphCopies.ts).
 * The browser app uses vegaRuntime.browser.ts (vega's single-file build, expressions interpreted).
 */
import { sceneGraphCopies, type SceneGraphModule } from './sceneGraphCopies.js';

export type { SceneGraphModule } from './sceneGraphCopies.js';

export interface VegaRuntime {
  vega: typeof import('vega');
  vegaLite: typeof import('vega-lite');
  /** Every copy of vega-scenegraph in use: text metrics and id counters are set on each. */
  sceneGraphs: SceneGraphModule[];
  /** Options of `vega.parse` and of `new vega.View` (the browser app interprets expressions). */
  parseOptions?: { ast?: boolean };
  viewOptions?: Record<string, unknown>;
}

let runtime: Promise<VegaRuntime> | null = null;

export function vegaRuntime(): Promise<VegaRuntime> {
  runtime ??= (async () => {
    const [vega, vegaLite, sceneGraphs] = await Promise.all([import('vega'), import('vega-lite'), sceneGraphCopies()]);
    return { vega, vegaLite, sceneGraphs };
  })();
  return runtime;
}
