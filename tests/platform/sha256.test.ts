/**
 * The browser twins of the platform modules give the Node modules' answers: the input digest in
 * results.json and the report's CSP script hashes must not depend on where blotbypass runs.
 * Reference digests from coreutils: `printf 'abc' | sha256sum` and
 * `printf 'abc' | openssl dgst -sha256 -binary | base64`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as node from '../../src/platform/sha256.js';
import * as browser from '../../src/platform/sha256.browser.js';
import * as nodeCopy from '../../src/platform/detachedCopy.js';
import * as browserCopy from '../../src/platform/detachedCopy.browser.js';

describe('sha256 in Node and in the browser app', () => {
  it('matches the coreutils digest of "abc"', () => {
    const abc = new TextEncoder().encode('abc');
    for (const impl of [node, browser]) {
      expect(impl.sha256Hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(impl.sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    }
  });

  it('agrees on any bytes and any text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), (bytes, text) => {
      expect(browser.sha256Hex(bytes)).toBe(node.sha256Hex(bytes));
      expect(browser.sha256Base64(text)).toBe(node.sha256Base64(text));
    }));
  });

  it('a detached copy keeps the text', () => {
    const text = 'pERK (T202/Y204),1234.5\n'.repeat(50);
    expect(nodeCopy.detachedCopy(text.slice(3, 40))).toBe(browserCopy.detachedCopy(text.slice(3, 40)));
  });
});
