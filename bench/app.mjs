/**
 * The browser app against the command line on the bundled example (examples/trk-bypass-long.csv),
 * in one run: dist/app/blotbypass.html opened from disk in Debian's Chromium (playwright-core,
 * headless, every network request refused), the file given to the form and Analyse pressed, timed
 * until the report in the page's frame is ready, next to `blotbypass analyze` (report, PNGs and PDF,
 * as a user runs it) on the same file. Medians of `runs` each, alternating app and CLI.
 *
 *   app s       file given -> every chart of the report in the frame drawn by vega-embed (interactive)
 *   results s   file given -> the page shows the verdict and the downloads (the worker's answer)
 *   report s    file given -> the report in the frame has loaded (its pre-rendered SVG charts showing)
 *   cold s      app s, the file given the moment the page has loaded (not when it is ready)
 *   cli s       `node dist/cli.js analyze FILE --out DIR`, whole process
 *
 * Each app run opens a fresh page (a new browser context): a user's first analysis. The page starts
 * its worker, which loads vega, as it opens; the file is given once the page says the worker is ready
 * (<body data-worker="ready">, about 0.3 s after the page has loaded, while a user is still picking
 * the file), so that `app s` is the analysis the user waits for. `cold s` gives it at once, as a
 * script would, and pays vega's loading. Needs `npm run build` (dist/ and the app) and
 * /usr/bin/chromium. Usage: node bench/app.mjs [--runs N] [--app HTML] [--cli JS]   (default 5 runs, this build)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT, median, wall } from './measure.mjs';

export const APP_EXAMPLE = join(ROOT, 'examples', 'trk-bypass-long.csv');
const APP_PATH = join(ROOT, 'dist', 'app', 'blotbypass.html');
const CLI_PATH = join(ROOT, 'dist', 'cli.js');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

/** Polls `check` (async, true when done) every 10 ms; throws after `timeoutMs`. */
async function until(check, timeoutMs = 120_000) {
  const stop = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > stop) throw new Error('bench/app.mjs: the app did not finish in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * One analysis of `file` in a fresh page: seconds to results, to the report's frame loaded, to every
 * chart interactive. `cold`: the file given as soon as the page has loaded, not once its worker is ready.
 */
async function appRun(browser, file, appPath, cold = false) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(appPath).href, { waitUntil: 'load' });
    const report = page.frameLocator('#report');
    if (!cold) await until(async () => (await page.locator('body[data-worker="ready"]').count()) > 0);
    const start = process.hrtime.bigint();
    await page.setInputFiles('#data-files', file);
    await page.click('#analyse');
    await until(async () => (await page.locator('#output').isVisible()) || (await page.locator('#error').isVisible()));
    if (await page.locator('#error').isVisible()) throw new Error(`the app refused ${file}: ${await page.locator('#error').innerText()}`);
    const results = seconds(start);
    await until(async () => (await report.locator('figure[data-chart]').count()) > 0);
    const loaded = seconds(start);
    await until(async () => {
      const [all, drawn] = await Promise.all([report.locator('figure[data-chart]').count(), report.locator('figure[data-rendered]').count()]);
      return all > 0 && drawn === all;
    });
    const interactive = seconds(start);
    if ((await report.locator('figure[data-rendered="static"]').count()) > 0 || errors.length > 0) throw new Error(`a chart failed in the app: ${errors.join('; ')}`);
    return { results, loaded, interactive };
  } finally {
    await context.close();
  }
}

/**
 * The app and the CLI on `file`, `runs` times each (alternating), medians and their ratio. `app` and
 * `cli`: another build's blotbypass.html and cli.js (to compare a build before a change in the same run).
 */
export async function benchApp({ file = APP_EXAMPLE, runs = 5, app: appPath = APP_PATH, cli: cliPath = CLI_PATH } = {}) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const out = mkdtempSync(join(tmpdir(), 'blotbypass-bench-app-'));
  const app = [];
  const cold = [];
  const cli = [];
  try {
    await appRun(browser, file, appPath); // warm-up: the browser's own first-page costs, the file system cache
    for (let i = 0; i < runs; i++) {
      app.push(await appRun(browser, file, appPath));
      cold.push(await appRun(browser, file, appPath, true));
      cli.push(await wall([cliPath, 'analyze', file, '--out', join(out, String(i))]));
    }
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
  const appSeconds = median(app.map((r) => r.interactive));
  const cliSeconds = median(cli);
  return {
    file: file.slice(ROOT.length + 1), runs,
    appSeconds, resultsSeconds: median(app.map((r) => r.results)), reportLoadedSeconds: median(app.map((r) => r.loaded)),
    coldAppSeconds: median(cold.map((r) => r.interactive)),
    cliSeconds, appOverCli: appSeconds / cliSeconds,
  };
}

/** The result as a row of bench/RESULTS.md's targets table. */
export function appTableRow(r) {
  const f = (x) => x.toFixed(2);
  return `| the browser app on the example / the CLI on it | ${f(r.appOverCli)}x (app ${f(r.appSeconds)} s to every chart interactive; verdict shown at ${f(r.resultsSeconds)} s, report with its SVG charts at ${f(r.reportLoadedSeconds)} s; given as the page opens, before its worker is ready: ${f(r.coldAppSeconds)} s, ${f(r.coldAppSeconds / r.cliSeconds)}x; CLI ${f(r.cliSeconds)} s; medians of ${r.runs}) | <= 1x |`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const runs = flag('--runs');
  const result = await benchApp({ ...(runs ? { runs: Number(runs) } : {}), ...(flag('--app') ? { app: flag('--app') } : {}), ...(flag('--cli') ? { cli: flag('--cli') } : {}) });
  console.log(appTableRow(result));
}
