/**
 * Packed text (zlib, base64) as report.html carries the vega builds and the chart specs: Node's
 * build gives the bytes of the zlib library at level 6 (checked against Python's zlib), and the
 * browser app's build (fflate) inflates to the same text either way.
 */
import { describe, expect, it } from 'vitest';
import { deflateToBase64 as browserDeflate, inflateFromBase64 as browserInflate } from '../../../src/platform/deflate.browser.js';
import { deflateToBase64, inflateFromBase64 } from '../../../src/platform/deflate.js';
import { PACKED_TYPE, packText, packedBlock } from '../../../src/report/html/packedText.js';
import { packedBlocks } from './packedBlocks.js';

const TEXT = '{"model":"KM12-LR","f":0.5} µ ≥ ';

describe('packText(text)', () => {
  it("is zlib level 6 of the UTF-8 bytes, base64 (Python's zlib gives the same bytes)", () => {
    // python3 -c "import zlib,base64; print(base64.b64encode(zlib.compress('{\"model\":\"KM12-LR\",\"f\":0.5} µ ≥ '.encode(),6)).decode())"
    //   -> eJyrVsrNT0nNUbJS8vY1NNL1CVLSUUpTsjLQM61VOLRV4VHnUgUAuHQLHA==
    // python3 -c "import zlib,base64; print(base64.b64encode(zlib.compress(b'',6)).decode())"   -> eJwDAAAAAAE=
    expect(packText(TEXT)).toBe('eJyrVsrNT0nNUbJS8vY1NNL1CVLSUUpTsjLQM61VOLRV4VHnUgUAuHQLHA==');
    expect(packText('')).toBe('eJwDAAAAAAE=');
  });

  it("reads back in either build, whichever build packed it (the browser app's worker uses fflate)", () => {
    const long = `${TEXT}${'vega '.repeat(50_000)}${'\u2028</script>'}`;
    for (const packed of [deflateToBase64(long), browserDeflate(long)]) {
      expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(inflateFromBase64(packed)).toBe(long);
      expect(browserInflate(packed)).toBe(long);
    }
    expect(deflateToBase64(long).length).toBeLessThan(long.length / 50);
  });
});

describe('packedBlock(attributes, packed)', () => {
  it('is an inert script element of type text/x-zlib-base64 with its attributes escaped', () => {
    const block = packedBlock({ id: 'spec-a"b', 'data-bundle': 'vega' }, packText(TEXT));
    expect(block.startsWith(`<script type="${PACKED_TYPE}" id="spec-a&quot;b" data-bundle="vega">`)).toBe(true);
    expect(packedBlocks(block)).toEqual([{ attributes: { id: 'spec-a&quot;b', 'data-bundle': 'vega' }, packed: packText(TEXT), text: TEXT }]);
  });
});
