/**
 * The browser builds of vega, vega-lite and vega-embed, inlined into report.html so the page needs
 * no network. Source-map comments are dropped (a browser would try to fetch them). A bundle that
 * could end its <script> element early is refused rather than mangled. The page carries each build
 * packed (zlib, base64: packedText.ts, about 45 % of the text) and its script runs the text it
 * inflates, which the policy allows by the text's hash. Where the sources come from
 * is platform-specific (bundleSources.ts: node_modules; in the browser app, built in). Also what
 * the report and the browser app share as self-contained pages: the policy and the page head.
 */
import { sha256Base64 } from '../../platform/sha256.js';
import { bundleSources } from './bundleSources.js';
import { escapeHtml } from './escapeHtml.js';
import { packText } from './packedText.js';

export interface BrowserBundle {
  name: string;
  version: string;
  code: string;
  /** The CSP source expression allowing this script: `'sha256-...'`. */
  cspHash: string;
  /** `code` packed for the page (packedText.ts). */
  packed: string;
}

/** Read and packed once per process (packing the three builds takes ~60 ms). */
let cached: Promise<BrowserBundle[]> | null = null;

export function readBrowserBundles(): Promise<BrowserBundle[]> {
  cached ??= bundleSources().then((sources) => sources.map(({ name, version, source, packed }) => inlineBundle(name, version, source, packed)));
  return cached;
}

/** `packed`: the code already packed (the browser app carries the builds so). */
export function inlineBundle(name: string, version: string, source: string, packed?: string): BrowserBundle {
  const code = source.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
  if (/<\/script|<!--|<script/i.test(code)) throw new Error(`the ${name} browser build contains a script tag or comment opener and cannot be inlined`);
  return { name, version, code, cspHash: scriptHash(code), packed: packed ?? packText(code) };
}

/** `'sha256-<base64>'` of an inline script's text, for the page's Content-Security-Policy. */
export function scriptHash(code: string): string {
  return `'sha256-${sha256Base64(code)}'`;
}

/**
 * The Content-Security-Policy of the report and of the browser app: nothing from the network of any
 * kind (default-src 'none', no connect-src), scripts only from `scriptSources` (hashes, and for the
 * app blob:), inline styles, data: images; `extra` adds directives (the app's worker and frame).
 */
export function contentSecurityPolicy(scriptSources: readonly string[], extra: readonly string[] = []): string {
  return [
    "default-src 'none'",
    `script-src ${scriptSources.join(' ')}`,
    ...extra,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The opening of a self-contained page up to `<body>`: encoding, viewport, the policy, generator, title, styles. */
export function pageHead(page: { csp: string; generator: string; title: string; styles: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.csp)}">
<meta name="generator" content="${escapeHtml(page.generator)}">
<title>${escapeHtml(page.title)}</title>
<style>${page.styles}</style>
</head>
<body>`;
}
