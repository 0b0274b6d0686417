/**
 * SHA-256 digests, Node's build (node:crypto). The browser app is built with `sha256.browser.ts`
 * instead (scripts/buildApp.mjs swaps every `X.ts` that has an `X.browser.ts` twin); both give the
 * same digests.
 */
import { createHash } from 'node:crypto';

/** Hex digest of bytes (an input file's fingerprint in results.json). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Base64 digest of a text's UTF-8 bytes (an inline script's Content-Security-Policy hash). */
export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}
