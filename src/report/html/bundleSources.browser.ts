/**
 * The vega bundles in the browser app (see bundleSources.ts): scripts/buildApp.mjs reads them with
 * the Node build and builds them in as the module `blotbypass:bundle-sources`.
 */
import { BUNDLE_SOURCES } from 'blotbypass:bundle-sources';
import type { BundleSource } from './bundleSources.js';

export async function bundleSources(): Promise<BundleSource[]> {
  return BUNDLE_SOURCES;
}
