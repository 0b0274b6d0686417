/**
 * The browser builds of vega, vega-lite and vega-embed, read from node_modules when a report is
 * written and inlined into report.html, so the page needs no network. Source-map comments are
 * dropped (a browser would try to fetch them). A bundle that could end its <script> element early
 * is refused rather than mangled.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BrowserBundle {
  name: string;
  version: string;
  code: string;
  /** The CSP source expression allowing this script: `'sha256-...'`. */
  cspHash: string;
}

/** Packages in load order, with the minified UMD build next to each package's entry point. */
const BUNDLES = [
  { name: 'vega', file: 'vega.min.js' },
  { name: 'vega-lite', file: 'vega-lite.min.js' },
  { name: 'vega-embed', file: 'vega-embed.min.js' },
] as const;

export async function readBrowserBundles(): Promise<BrowserBundle[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(BUNDLES.map(async ({ name, file }) => {
    const buildDir = dirname(require.resolve(name));
    const [code, pkg] = await Promise.all([readFile(join(buildDir, file), 'utf8'), readFile(join(buildDir, '..', 'package.json'), 'utf8')]);
    return inlineBundle(name, (JSON.parse(pkg) as { version: string }).version, code);
  }));
}

export function inlineBundle(name: string, version: string, source: string): BrowserBundle {
  const code = source.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
  if (/<\/script|<!--|<script/i.test(code)) throw new Error(`the ${name} browser build contains a script tag or comment opener and cannot be inlined`);
  return { name, version, code, cspHash: scriptHash(code) };
}

/** `'sha256-<base64>'` of an inline script's text, for the page's Content-Security-Policy. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}
