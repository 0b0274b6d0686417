/**
 * zlib-compressed text as base64, Node's build (node:zlib, level 6). The browser app is built with
 * `deflate.browser.ts` (fflate) instead; the bytes may differ, what they inflate to does not.
 */
import { deflateSync, inflateSync } from 'node:zlib';

/** zlib (RFC 1950) of the text's UTF-8 bytes, base64. */
export function deflateToBase64(text: string): string {
  return deflateSync(text, { level: 6 }).toString('base64');
}

/** The text back from `deflateToBase64`'s output. */
export function inflateFromBase64(packed: string): string {
  return inflateSync(Buffer.from(packed, 'base64')).toString('utf8');
}
