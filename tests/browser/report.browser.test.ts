/**
 * The report of the example, opened in Debian's Chromium (playwright-core) with every network
 * request blocked and recorded: every chart is drawn interactively, with tooltips, without a
 * console error or page error (the vega builds and specs are packed, and inflated in the page); with
 * JavaScript disabled, or without DecompressionStream, every pre-rendered chart still shows; the
 * report of hostile names runs nothing. Screenshots go to tests/artifacts/ (git-ignored).
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`). Skipped, with a message, only when it is
 * missing outside CI; in CI (CI set) it always runs and fails without Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { reportFiles } from '../../src/report/html/reportFiles.js';
import { writeOutputSet } from '../../src/report/writeOutputs.js';
import { EXAMPLE_PATH, HOSTILE, designResults, hostileResults } from '../report/reportDatasets.js';
import { launchChromium, openOffline, skipBrowser as skip, type Opened } from './chromium.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const CHARTS = ['fraction-of-vehicle', 'phospho-total', 'log2-heatmap', 'loading-control'];

let browser: Browser;
let dir: string;
let exampleUrl: string;
let hostileUrl: string;

beforeAll(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'blotbypass-browser-'));
  const code = await run(['analyze', EXAMPLE_PATH, '--out', join(dir, 'example')], { stdout: () => {}, stderr: () => {}, env: {}, cwd: dir });
  expect(code).toBe(0);
  exampleUrl = pathToFileURL(join(dir, 'example', 'report.html')).href;
  writeOutputSet(join(dir, 'hostile'), await reportFiles(hostileResults()), []);
  hostileUrl = pathToFileURL(join(dir, 'hostile', 'report.html')).href;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function open(url: string, javaScriptEnabled: boolean): Promise<Opened> {
  return openOffline(browser, url, { javaScriptEnabled });
}

/** Until every figure says how it ended up (`interactive`, or `static` if vega-embed failed). */
async function waitForCharts(page: Page): Promise<void> {
  await expect.poll(() => page.locator('figure[data-rendered]').count(), { timeout: 30_000 }).toBe(CHARTS.length);
}

describe('report.html in Chromium', () => {
  it.skipIf(skip)('draws every chart with vega-embed, offline, without console or page errors', async () => {
    const { context, page, network, errors } = await open(exampleUrl, true);
    await waitForCharts(page);
    const state = await page.$$eval('figure[data-chart]', (figures) => figures.map((f) => ({
      name: f.getAttribute('data-chart'),
      rendered: f.getAttribute('data-rendered'),
      live: f.querySelectorAll('.chart-live svg, .chart-live canvas').length,
      liveHeight: f.querySelector('.chart-live')?.getBoundingClientRect().height ?? 0,
      still: f.querySelectorAll('.chart-static').length,
    })));
    expect(state).toEqual(CHARTS.map((name) => ({ name, rendered: 'interactive', live: expect.any(Number), liveHeight: expect.any(Number), still: 0 })));
    for (const chart of state) {
      expect(chart.live, chart.name!).toBeGreaterThan(0);
      expect(chart.liveHeight, chart.name!).toBeGreaterThan(100);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('shows a tooltip with the numbers when the pointer is on a point of the key chart', async () => {
    const { context, page, errors } = await open(exampleUrl, true);
    await waitForCharts(page);
    const point = page.locator('#chart-fraction-of-vehicle .chart-live g.mark-symbol path').first();
    await point.hover({ force: true });
    const tooltip = page.locator('#vg-tooltip-element');
    await expect.poll(async () => (await tooltip.isVisible()) ? await tooltip.innerText() : '', { timeout: 10_000 }).toMatch(/model[\s\S]*target[\s\S]*f[\s\S]*CI low/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('with JavaScript disabled still shows every chart (the pre-rendered SVG)', async () => {
    const { context, page, network, errors } = await open(exampleUrl, false);
    const state = await page.$$eval('figure[data-chart]', (figures) => figures.map((f) => {
      const svg = f.querySelector('.chart-static svg');
      const box = svg?.getBoundingClientRect();
      return { name: f.getAttribute('data-chart'), width: box?.width ?? 0, height: box?.height ?? 0, marks: svg?.querySelectorAll('path, line, text').length ?? 0 };
    }));
    expect(state.map((s) => s.name)).toEqual(CHARTS);
    for (const chart of state) {
      expect(chart.width, chart.name!).toBeGreaterThan(200);
      expect(chart.height, chart.name!).toBeGreaterThan(100);
      expect(chart.marks, chart.name!).toBeGreaterThan(20);
    }
    expect(await page.locator('noscript').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'report-no-javascript.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('in a browser without DecompressionStream (before Chrome 80, Firefox 113, Safari 16.4) keeps every pre-rendered SVG, without errors', async () => {
    const context = await browser.newContext();
    await context.addInitScript('delete window.DecompressionStream;');
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(exampleUrl, { waitUntil: 'load' });
    expect(await page.evaluate('typeof DecompressionStream')).toBe('undefined');
    expect(await page.evaluate('typeof vegaEmbed')).toBe('undefined');
    const state = await page.$$eval('figure[data-chart]', (figures) => figures.map((f) => ({
      name: f.getAttribute('data-chart'), rendered: f.getAttribute('data-rendered'), still: f.querySelectorAll('.chart-static svg').length,
    })));
    expect(state).toEqual(CHARTS.map((name) => ({ name, rendered: null, still: 1 })));
    expect(errors).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('hostile names: no dialog opens, nothing is injected, the names read as text', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page, network, errors, dialogs } = await open(hostileUrl, javaScriptEnabled);
      if (javaScriptEnabled) await waitForCharts(page);
      await page.mouse.move(300, 300);
      await page.mouse.move(600, 800);
      expect(await page.locator('img, iframe, b, [onerror], [onload], [onmouseover]').count()).toBe(0);
      const text = await page.locator('body').innerText();
      for (const name of Object.values(HOSTILE)) expect(text, name).toContain(name);
      expect(await page.locator('#chart-fraction-of-vehicle svg').first().textContent()).toContain(HOSTILE.sensitive);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(network).toEqual([]);
      await context.close();
    }
  });
});

describe('a screen report in Chromium', () => {
  it.skipIf(skip)('sorts the table of every verdict by the clicked column, numbers as numbers, and reverses on a second click', async () => {
    const resistant = Array.from({ length: 14 }, (_, i) => `R${i + 1}`);
    const conditions = [1, 10, 100, 1000].map((dose) => ({ treatment: 'larotrectinib', dose, time: 2 }));
    writeOutputSet(join(dir, 'screen'), await reportFiles(designResults({ seed: 5, resistant, replicates: 2, conditions }, 'screen.csv')), []);
    const { context, page, network, errors } = await open(pathToFileURL(join(dir, 'screen', 'report.html')).href, true);
    await expect.poll(() => page.locator('figure[data-rendered]').count(), { timeout: 30_000 }).toBeGreaterThan(4);
    const table = page.locator('table.screen-verdicts');
    const column = async (index: number): Promise<string[]> => table.locator(`tbody tr td:nth-child(${index})`).allInnerTexts();
    // Column 7: pTRK f; 1: the model name.
    const header = table.locator('thead th:nth-child(7) button');
    await header.click();
    const ascending = (await column(7)).map(Number);
    expect(ascending).toHaveLength(14);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await header.click();
    expect((await column(7)).map(Number)).toEqual([...ascending].sort((a, b) => b - a));
    expect(await table.locator('thead th:nth-child(7)').getAttribute('aria-sort')).toBe('descending');
    await table.locator('thead th:nth-child(1) button').click();
    // Names sort naturally: R2 before R10.
    expect((await column(1)).slice(0, 3)).toEqual(['R1', 'R2', 'R3']);
    await page.screenshot({ path: join(ARTIFACTS, 'report-screen.png'), fullPage: false });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await context.close();
  });
});
