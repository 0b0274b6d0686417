/**
 * withPixelDensity(png, dpi) and the report's PNGs: every chart PNG says 300 dpi in its pHYs chunk,
 * read back by two independent readers: ImageMagick (`identify`) and Python's zlib for the CRC.
 *
 *   $ identify -units PixelsPerInch -format '%x %y' charts/fraction-of-vehicle.png
 *   300 300              (11811 px/m = 299.9994 dpi, which ImageMagick rounds)
 *   $ python3 -c 'import zlib; print(zlib.crc32(b"pHYs" + bytes.fromhex("00002e2300002e2301")))'
 *   the CRC stored after the chunk
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportFiles } from '../../src/report/html/reportFiles.js';
import { pngChunks, withPixelDensity } from '../../src/report/pngDensity.js';
import { MAX_PNG_PIXELS, pngDpiFor, renderPng } from '../../src/report/renderPng.js';
import { exampleResults } from './reportDatasets.js';

const dir = mkdtempSync(join(tmpdir(), 'blotbypass-png-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** pHYs x, y (pixels per metre) and unit, or null. */
function density(png: Uint8Array): [number, number, number] | null {
  const phys = pngChunks(png).find((c) => c.type === 'pHYs');
  if (!phys) return null;
  const view = new DataView(png.buffer, png.byteOffset + phys.dataStart, 9);
  return [view.getUint32(0), view.getUint32(4), view.getUint8(8)];
}

function hasIdentify(): boolean {
  try {
    execFileSync('identify', ['-version']);
    return true;
  } catch {
    return false;
  }
}

describe('withPixelDensity(png, dpi)', () => {
  it('every chart PNG of the report carries 300 dpi, right after IHDR, with a valid CRC', async () => {
    const pngs = (await reportFiles(exampleResults())).filter((f) => f.path.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(5);
    for (const file of pngs) {
      const png = file.content as Uint8Array;
      expect(density(png), file.path).toEqual([11811, 11811, 1]);
      const types = pngChunks(png).map((c) => c.type);
      expect(types.slice(0, 2), file.path).toEqual(['IHDR', 'pHYs']);
      expect(types.filter((t) => t === 'pHYs')).toHaveLength(1);
      const phys = pngChunks(png).find((c) => c.type === 'pHYs')!;
      const crc = Buffer.from(png.subarray(phys.dataEnd, phys.end)).readUInt32BE(0);
      const reference = Number(execFileSync('/usr/bin/python3', ['-c', `import zlib,sys; print(zlib.crc32(bytes.fromhex(sys.argv[1])))`, Buffer.from(png.subarray(phys.start + 4, phys.dataEnd)).toString('hex')], { encoding: 'utf8' }));
      expect(crc, file.path).toBe(reference);
    }
    const path = join(dir, 'key.png');
    writeFileSync(path, pngs.find((f) => f.path === 'charts/fraction-of-vehicle.png')!.content as Uint8Array);
    if (hasIdentify()) expect(execFileSync('identify', ['-units', 'PixelsPerInch', '-format', '%x %y', path], { encoding: 'utf8' })).toMatch(/^300(\.0+)? 300(\.0+)?$/);
  }, 60_000);

  it('replaces a density already there instead of adding a second', async () => {
    const pngs = (await reportFiles(exampleResults())).filter((f) => f.path.endsWith('.png'));
    const twice = withPixelDensity(withPixelDensity(pngs[0]!.content as Uint8Array, 300), 600);
    expect(density(twice)).toEqual([23622, 23622, 1]);
    expect(pngChunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(pngChunks(twice).at(-1)!.type).toBe('IEND');
  }, 60_000);

  it('refuses what is not a PNG', () => {
    expect(() => withPixelDensity(new Uint8Array([1, 2, 3]), 300)).toThrow(/not a PNG/);
  });
});

describe('a chart too large for 300 dpi (a screen\'s loading-control chart: 192 membrane panels)', () => {
  // 604 x 6,402 CSS px is 1,888 x 20,006 px at 300 dpi (37.8 Mpx): drawn at the density that fits
  // 16 Mpx, floor(300 * sqrt(16e6 / 37.77e6)) = 195 dpi, and that density written in the file.
  const tall = '<svg xmlns="http://www.w3.org/2000/svg" width="604" height="6402" viewBox="0 0 604 6402"><rect width="604" height="6402" fill="#4c78a8"/></svg>';
  it('is drawn at the density that keeps it within MAX_PNG_PIXELS, which its pHYs says', async () => {
    expect(pngDpiFor(tall)).toBe(195);
    const png = await renderPng(tall);
    expect(png!.dpi).toBe(195);
    expect(png!.width * png!.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect([png!.width, png!.height]).toEqual([Math.round((604 * 195) / 96), Math.round((6402 * 195) / 96)]);
    expect(density(png!.png)).toEqual([Math.round(195 / 0.0254), Math.round(195 / 0.0254), 1]);
  });

  it('a chart of ordinary size stays at 300 dpi, and a list comes back in its order', async () => {
    const small = (w: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="100"><rect width="${w}" height="100"/></svg>`;
    const pngs = await Promise.all([small(100), small(200), small(300)].map(renderPng));
    expect(pngs.map((p) => [p.dpi, p.width])).toEqual([[300, 313], [300, 625], [300, 938]]);
  });
});
