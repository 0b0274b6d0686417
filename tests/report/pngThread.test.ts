/**
 * The report's PNGs on a worker thread (src/report/pngThread.ts): the worker (tsc's build in dist/,
 * as an installed package runs it) returns, in order, the bytes this thread draws from the same SVGs,
 * one image at a time (pngWorker.ts) where this thread draws two; a chart above MAX_PNG_PIXELS keeps
 * its reduced density. Without its script beside it (the sources) the PNGs are drawn on this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { startPngThread, type PngDrawer } from '../../src/report/pngThread.js';
import { renderPng } from '../../src/report/renderPng.js';

const BUILT_THREAD = fileURLToPath(new URL('../../dist/report/pngThread.js', import.meta.url));

const chart = (w: number, h: number, fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/><text x="10" y="20" font-family="Helvetica, Arial, sans-serif" font-size="12px">pERK/ERK ${w}</text><circle cx="${w / 2}" cy="${h / 2}" r="${h / 4}" fill="#1B3F66" fill-opacity="0.5"/></svg>`;
// The third is a screen's tall chart: 1,881 x 20,000 px at 300 dpi, drawn at 195 dpi.
const SVGS = [chart(400, 200, '#f2f2f2'), chart(300, 300, '#4c78a8'), chart(604, 6402, '#ffffff'), chart(120, 80, '#e45756')];

/** Every SVG through one drawer (asked for all at once, as reportFiles does), and the thread it drew on. */
async function drawAll(start: () => PngDrawer, svgs: readonly string[]) {
  const drawer = start();
  try {
    const pngs = await Promise.all(svgs.map((svg) => drawer.draw(svg)));
    return { pngs, thread: drawer.thread };
  } finally {
    drawer.close();
  }
}

describe('the report\'s PNGs on a worker thread', () => {
  it('gives the bytes of this thread, in order, from the worker of the build, and draws here from the sources', async () => {
    const here = await Promise.all(SVGS.map(renderPng));
    expect(here.map((p) => p.dpi)).toEqual([300, 300, 195, 300]);
    const fromSources = await drawAll(startPngThread, SVGS);
    expect(fromSources.thread).toBe('this');
    fromSources.pngs.forEach((p, i) => expect(Buffer.from(p.png).equals(Buffer.from(here[i]!.png)), `PNG ${i}`).toBe(true));
    expect(existsSync(BUILT_THREAD), 'run npm run build first').toBe(true);
    const built = (await import(BUILT_THREAD)) as typeof import('../../src/report/pngThread.js');
    const fromWorker = await drawAll(built.startPngThread, SVGS);
    expect(fromWorker.thread).toBe('worker');
    expect(fromWorker.pngs.map((p) => [p.width, p.height, p.dpi, p.fontsFound])).toEqual(here.map((p) => [p.width, p.height, p.dpi, p.fontsFound]));
    fromWorker.pngs.forEach((p, i) => expect(Buffer.from(p.png).equals(Buffer.from(here[i]!.png)), `PNG ${i}`).toBe(true));
    // The worker takes V8's gc for itself (pngWorker.ts) and leaves the flag as it found it: a context
    // made afterwards has gc only if the process was started with --expose-gc.
    expect(runInNewContext('typeof gc')).toBe(process.execArgv.includes('--expose-gc') ? 'function' : 'undefined');
  }, 120_000);

  it('refuses what resvg cannot read on either thread, and draws the next one all the same', async () => {
    const built = (await import(BUILT_THREAD)) as typeof import('../../src/report/pngThread.js');
    for (const start of [startPngThread, built.startPngThread]) {
      const drawer = start();
      try {
        await expect(drawer.draw('not an svg')).rejects.toThrow();
        expect((await drawer.draw(SVGS[0]!)).dpi).toBe(300);
      } finally {
        drawer.close();
      }
    }
  }, 60_000);
});
