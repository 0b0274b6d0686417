/**
 * The vega bundles in the browser app (see bundleSources.ts): scripts/buildApp.mjs reads them with
 * the Node build and builds them in, packed as report.html carries them (packedText.ts), as the
 * module `blotbypass:bundle-sources`. Inflated once, the first time a worker needs them.
 */
import { BUNDLE_SOURCES } from 'blotbypass:bundle-sources';
import { inflateFromBase64 } from '../../platform/deflate.js';
import type { BundleSource } from './bundleSources.js';

let inflated: BundleSource[] | null = null;

export async function bundleSources(): Promise<BundleSource[]> {
  inflated ??= BUNDLE_SOURCES.map(({ name, version, packed }) => ({ name, version, source: inflateFromBase64(packed), packed }));
  return inflated;
}
