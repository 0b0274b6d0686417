/**
 * The browser app, built by `npm run build` and written by `blotbypass app`, opened from disk in
 * Debian's Chromium (playwright-core) with every network request blocked and recorded: the example
 * files set on the file input (or dropped on the page) are analysed in a Web Worker, the verdict and
 * the report's charts show in the page, and the downloaded results.json is byte-identical to the
 * command line's on the same files (run from the examples folder, so even inputs[].file agrees:
 * the page knows only file names). A bad file shows the CLI's located message and the page stays
 * usable; with JavaScript off the page says what it needs. Screenshots go to tests/artifacts/.
 *
 * Needs /usr/bin/chromium; skipped with a message only when it is missing outside CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { launchChromium, openOffline, skipBrowser as skip, type Opened } from './chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const CHARTS = 4;

let browser: Browser;
let dir: string;
let appUrl: string;

/**
 * `blotbypass analyze FILE [FLAGS] --json` run from the examples folder, as a user would; its results.json
 * (on stdout, so without the `outputFiles` list that only a written output folder has).
 */
function cliResults(file: string, flags: readonly string[] = []): string {
  return execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'analyze', file, ...flags, '--json'], { cwd: EXAMPLES, env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: String(NOW / 1000) }, encoding: 'utf8' });
}

beforeAll(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'blotbypass-app-browser-'));
  let said = '';
  expect(await run(['app', '--out', join(dir, 'app')], { stdout: (t) => { said += t; }, stderr: () => {}, env: {}, cwd: dir })).toBe(0);
  expect(said).toMatch(/^wrote app\/blotbypass\.html: open it in a web browser/);
  appUrl = pathToFileURL(join(dir, 'app', 'blotbypass.html')).href;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The page's clock and the CLI's SOURCE_DATE_EPOCH: the same time, so the same stamp in results.json. */
const NOW = 1_767_225_600_000;

async function open(javaScriptEnabled = true): Promise<Opened> {
  const opened = await openOffline(browser, appUrl, { javaScriptEnabled, width: 1100 });
  if (javaScriptEnabled) await opened.page.clock.setFixedTime(NOW);
  return opened;
}

/** Analyse and wait until the page shows either the results or an error. */
async function analyse(page: Page): Promise<void> {
  await page.click('#analyse');
  await expect.poll(async () => (await page.locator('#output').isVisible()) || (await page.locator('#error').isVisible()), { timeout: 60_000 }).toBe(true);
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#download-${name.replace(/[^a-z0-9]+/gi, '-')}`)]);
  expect(file.suggestedFilename()).toBe(name);
  return readFileSync(await file.path(), 'utf8');
}

describe('blotbypass.html in Chromium', () => {
  it.skipIf(skip)('is one file under the 3 MB budget', () => {
    expect(statSync(fileURLToPath(appUrl)).size).toBeLessThan(3 * 1024 * 1024);
  });

  it.skipIf(skip)('analyses the example offline: the verdict, the report with its charts, results.json identical to the CLI', async () => {
    const { context, page, network, errors } = await open();
    // The page says when its worker has loaded vega (bench/app.mjs times an analysis from there).
    await expect.poll(() => page.locator('body[data-worker="ready"]').count(), { timeout: 30_000 }).toBe(1);
    await page.setInputFiles('#data-files', join(EXAMPLES, 'trk-bypass-long.csv'));
    await analyse(page);
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await page.locator('#summary').innerText()).toContain('KM12-LR vs KM12, larotrectinib 100 nM 2 h: MAPK bypass (strong)');
    expect(await page.locator('#progress').innerText()).toMatch(/^Done in \d+\.\d s\.$/);
    const report = page.frameLocator('#report');
    await expect.poll(() => report.locator('figure[data-rendered="interactive"]').count(), { timeout: 30_000 }).toBe(CHARTS);
    expect(await report.locator('.chart-live svg, .chart-live canvas').count()).toBeGreaterThanOrEqual(CHARTS);
    expect(await download(page, 'results.json')).toBe(cliResults('trk-bypass-long.csv'));
    for (const name of ['normalized.csv', 'comparisons.csv']) expect((await download(page, name)).length).toBeGreaterThan(100);
    expect(await download(page, 'report.html')).toMatch(/^<!DOCTYPE html>/i);
    expect(await download(page, 'report.pdf')).toMatch(/^%PDF-1\.\d/);
    expect(await download(page, 'prism.pzfx')).toContain('<Title>pERK/ERK, fold of KM12 DMSO</Title>');
    // Every chart as SVG, and a PNG drawn on a canvas in the page at 300 dpi.
    await expect.poll(() => page.locator('#download-charts-figure-png').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('#downloads a[id$="-svg"]').count()).toBe(CHARTS + 2);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#download-charts-figure-png')]);
    expect(png.suggestedFilename()).toBe('figure.png');
    const pngBytes = readFileSync(await png.path());
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngBytes.readUInt32BE(16)).toBe(2126);
    await page.screenshot({ path: join(ARTIFACTS, 'app.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('a dose series dropped on the page, with options set in the form, gives the CLI\'s results.json for the same flags', async () => {
    const { context, page, network, errors } = await open();
    const text = readFileSync(join(EXAMPLES, 'trk-dose-response.csv'), 'utf8');
    // Evaluated in the page (a string: the tests are compiled without the DOM's types).
    const dataTransfer = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(text)}], 'trk-dose-response.csv', { type: 'text/csv' }));
      return transfer;
    })()`);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    expect(await page.locator('#chosen-files').innerText()).toContain('trk-dose-response.csv');
    await page.click('details summary');
    await page.fill('#opt-confidence', '0.9');
    await page.selectOption('#opt-test', 'welch');
    await analyse(page);
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await download(page, 'results.json')).toBe(cliResults('trk-dose-response.csv', ['--confidence', '0.9', '--test', 'welch']));
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('the other bundled examples (wide layout with a variants file, time course) give the CLI\'s results.json', async () => {
    const { context, page, network, errors } = await open();
    await page.setInputFiles('#data-files', join(EXAMPLES, 'trk-bypass-wide.csv'));
    await page.setInputFiles('#variants-files', join(EXAMPLES, 'km12-lr-variants.maf'));
    await analyse(page);
    expect(await download(page, 'results.json')).toBe(cliResults('trk-bypass-wide.csv', ['--variants', 'km12-lr-variants.maf']));
    await page.setInputFiles('#variants-files', []);
    await page.setInputFiles('#data-files', join(EXAMPLES, 'trk-time-course.csv'));
    await analyse(page);
    expect(await download(page, 'results.json')).toBe(cliResults('trk-time-course.csv'));
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('a bad file shows the CLI\'s located message, and the page stays usable', async () => {
    const { context, page, network, errors } = await open();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(join(EXAMPLES, 'trk-bypass-long.csv'), 'utf8').replace('7257.8', 'n/a7'));
    await page.setInputFiles('#data-files', bad);
    await analyse(page);
    const message = await page.locator('#error').innerText();
    expect(message).toContain('error: bad.csv:2 (column "signal"): signal is not a number: "n/a7"');
    expect(message).toContain('use NA or n.d.');
    expect(await page.locator('#output').isHidden()).toBe(true);
    expect(await page.locator('#analyse').isEnabled()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'app-bad-file.png'), fullPage: true });

    await page.setInputFiles('#data-files', join(EXAMPLES, 'trk-bypass-long.csv'));
    await analyse(page);
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await page.locator('#summary').innerText()).toContain('MAPK bypass (strong)');
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await context.close();
  });

  it.skipIf(skip)('asks for files before analysing nothing', async () => {
    const { context, page } = await open();
    await analyse(page);
    expect(await page.locator('#error').innerText()).toContain('Choose at least one densitometry file first.');
    await context.close();
  });

  it.skipIf(skip)('with JavaScript off says that it needs JavaScript and that the CLI exists', async () => {
    const { context, page, network } = await open(false);
    const notice = page.locator('#noscript');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/needs JavaScript[\s\S]*blotbypass analyze/);
    expect(await page.locator('#app').isHidden()).toBe(true);
    expect(network).toEqual([]);
    await context.close();
  });
});
