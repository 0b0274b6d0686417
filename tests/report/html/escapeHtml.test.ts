import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../../src/report/html/escapeHtml.js';

describe('escapeHtml(text)', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    const escaped = escapeHtml(`<img src=x onerror=alert(1)> "a" & 'b'`);
    expect(escaped).toBe('&lt;img src=x onerror=alert(1)&gt; &quot;a&quot; &amp; &#39;b&#39;');
    // Python 3: html.unescape('&lt;img src=x onerror=alert(1)&gt; &quot;a&quot; &amp; &#39;b&#39;')
    //   -> <img src=x onerror=alert(1)> "a" & 'b'
    expect(escaped).not.toMatch(/[<>"']/);
  });

  it('leaves other text, including non-ASCII, as it is', () => {
    expect(escapeHtml('pERK1/2 ÷ ERK1/2, 95 % CI ≤ 0.2')).toBe('pERK1/2 ÷ ERK1/2, 95 % CI ≤ 0.2');
    expect(escapeHtml('')).toBe('');
  });

  it('escapes an ampersand first, so entities in the input stay visible as written', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('jsonForScript(value)', () => {
  const hostile = { name: '</script><script>alert(1)</script>', comment: '<!-- x -->', amp: 'a & b', lines: 'a\u2028b\u2029c', nested: ['</SCRIPT>'] };

  it('cannot close a script element or open a comment: no <, > or & in the output', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('reads back unchanged with JSON.parse', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
    expect(JSON.parse(jsonForScript([1.5, null, true, 'x']))).toEqual([1.5, null, true, 'x']);
  });
});
