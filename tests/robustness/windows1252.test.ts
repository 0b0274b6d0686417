/**
 * Windows-1252 decoding against Python's cp1252 codec. Node 20.18.3+ `TextDecoder('windows-1252')`
 * drops or mis-maps 0x80-0x9F (nodejs/node#56542, #60888), so blotbypass decodes by table.
 *
 * Python 3 session:
 *   >>> [hex(ord(c)) for c in bytes(range(0x80, 0xa0)).decode('cp1252', errors='replace')]
 *   ['0x20ac', '0xfffd', '0x201a', '0x192', '0x201e', '0x2026', '0x2020', '0x2021', '0x2c6', '0x2030',
 *    '0x160', '0x2039', '0x152', '0xfffd', '0x17d', '0xfffd', '0xfffd', '0x2018', '0x2019', '0x201c',
 *    '0x201d', '0x2022', '0x2013', '0x2014', '0x2dc', '0x2122', '0x161', '0x203a', '0x153', '0xfffd',
 *    '0x17e', '0x178']
 *   >>> 'KM12\x96LR caf\xe9 \xb5M \x80'.encode('latin1').decode('cp1252')
 *   'KM12–LR café µM €'
 * Python leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined (U+FFFD); the WHATWG Encoding Standard,
 * which blotbypass follows, keeps them as the C1 code points U+0081 ... U+009D.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../src/load/decodeText.js';

const PYTHON_CP1252_80_9F = [
  0x20ac, 0xfffd, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0xfffd, 0x17d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0xfffd, 0x17e, 0x178,
];

describe('decodeWindows1252(bytes)', () => {
  it('maps 0x80-0x9F as Python\'s cp1252 does, and the five bytes Python leaves undefined to their C1 code points', () => {
    const decoded = [...decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))].map((c) => c.codePointAt(0));
    const expected = PYTHON_CP1252_80_9F.map((code, i) => (code === 0xfffd ? 0x80 + i : code));
    expect(decoded).toEqual(expected);
  });

  it('maps every other byte to the code point of the same number (ASCII and Latin-1)', () => {
    const bytes = Uint8Array.from([...Array(0x80).keys(), ...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i)]);
    expect([...decodeWindows1252(bytes)].map((c) => c.codePointAt(0))).toEqual([...bytes]);
  });

  it('decodeText reads a non-UTF-8 file as Windows-1252: "KM12–LR café µM €" as Python does', () => {
    const bytes = Uint8Array.from([...Buffer.from('KM12'), 0x96, ...Buffer.from('LR caf'), 0xe9, 0x20, 0xb5, ...Buffer.from('M '), 0x80]);
    expect(decodeText('excel.csv', bytes)).toEqual({ text: 'KM12–LR café µM €', encoding: 'windows-1252' });
  });
});
