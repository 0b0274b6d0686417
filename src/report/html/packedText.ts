/**
 * Text carried in report.html compressed: zlib (deflate), written as base64 in an inert
 * `<script type="text/x-zlib-base64">` block. The page's script (chartScript.ts) reads it back with
 * the browser's DecompressionStream('deflate'); a page without scripts never needs it (its charts
 * are there as SVG). Base64 holds only [A-Za-z0-9+/=], so nothing in it can end the element. The
 * vega builds shrink to under half, a chart's spec (mostly repeated data keys) to a tenth or less.
 */
import { deflateToBase64 } from '../../platform/deflate.js';
import { escapeHtml } from './escapeHtml.js';

/** The MIME type of a packed block: not JavaScript, so the browser never runs it. */
export const PACKED_TYPE = 'text/x-zlib-base64';

/** zlib-compressed UTF-8 of `text`, as base64. */
export const packText: (text: string) => string = deflateToBase64;

/** An inert block holding packed text, with its attributes (`id`, `data-*`; values escaped). */
export function packedBlock(attributes: Readonly<Record<string, string>>, packed: string): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  return `<script type="${PACKED_TYPE}"${attrs}>${packed}</script>`;
}
