import { describe, expect, it } from 'vitest';
import { inlineBundle, readBrowserBundles, scriptHash } from '../../../src/report/html/browserBundles.js';
import { inflateFromBase64 } from '../../../src/platform/deflate.js';

describe('scriptHash(code)', () => {
  it("is the CSP source expression 'sha256-<base64 of the SHA-256 of the UTF-8 text>'", () => {
    // shell: printf '%s' "alert('hi');" | openssl dgst -sha256 -binary | base64
    //   -> S3glexDivN1XnfRGec5uF4Y7TT2a/rcrADlE/zj4maA=
    expect(scriptHash("alert('hi');")).toBe("'sha256-S3glexDivN1XnfRGec5uF4Y7TT2a/rcrADlE/zj4maA='");
  });
});

describe('inlineBundle(name, version, source)', () => {
  it('drops the source-map comment (a browser would fetch the map) and hashes what remains', () => {
    const bundle = inlineBundle('vega-embed', '7.3.0', 'vegaEmbed(el, spec);\n//# sourceMappingURL=vega-embed.min.js.map');
    expect(bundle.code).toBe('vegaEmbed(el, spec);\n');
    // shell: printf '%s' "vegaEmbed(el, spec);<newline>" | openssl dgst -sha256 -binary | base64
    //   -> q5KHvUTSxhAZpJChzV4oyyA893ZGfEPC0IZu1EjQMW0=
    expect(bundle.cspHash).toBe("'sha256-q5KHvUTSxhAZpJChzV4oyyA893ZGfEPC0IZu1EjQMW0='");
  });

  it('refuses code that would end its script element early or open a comment', () => {
    expect(() => inlineBundle('x', '1', 'var s = "</script>";')).toThrow(/cannot be inlined/);
    expect(() => inlineBundle('x', '1', 'var s = "<!--";')).toThrow(/cannot be inlined/);
    expect(() => inlineBundle('x', '1', 'var s = "<SCRIPT>";')).toThrow(/cannot be inlined/);
  });
});

describe('readBrowserBundles()', () => {
  it('reads vega, vega-lite and vega-embed from node_modules, in load order, with their versions', async () => {
    const bundles = await readBrowserBundles();
    expect(bundles.map((b) => b.name)).toEqual(['vega', 'vega-lite', 'vega-embed']);
    for (const b of bundles) {
      expect(b.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(b.code.length).toBeGreaterThan(10_000);
      expect(b.code).not.toContain('sourceMappingURL');
      expect(b.cspHash).toBe(scriptHash(b.code));
      // Packed for the page (packedText.ts): under half the text, and inflating to it exactly.
      expect(b.packed.length).toBeLessThan(b.code.length / 2);
      expect(inflateFromBase64(b.packed)).toBe(b.code);
    }
    expect(bundles[0]!.code).toContain(`version="${bundles[0]!.version}"`);
  });
});
