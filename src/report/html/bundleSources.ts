/**
 * The minified UMD builds of vega, vega-lite and vega-embed, read from node_modules (Node's build;
 * the browser app has them built in, bundleSources.browser.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BundleSource {
  name: string;
  version: string;
  source: string;
  /** The source already packed (packedText.ts), where it is carried so (the browser app). */
  packed?: string;
}

/** Packages in load order, with the minified UMD build next to each package's entry point. */
export const BUNDLE_FILES = [
  { name: 'vega', file: 'vega.min.js' },
  { name: 'vega-lite', file: 'vega-lite.min.js' },
  { name: 'vega-embed', file: 'vega-embed.min.js' },
] as const;

export async function bundleSources(): Promise<BundleSource[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(BUNDLE_FILES.map(async ({ name, file }) => {
    const buildDir = dirname(require.resolve(name));
    const [source, pkg] = await Promise.all([readFile(join(buildDir, file), 'utf8'), readFile(join(buildDir, '..', 'package.json'), 'utf8')]);
    return { name, version: (JSON.parse(pkg) as { version: string }).version, source };
  }));
}
