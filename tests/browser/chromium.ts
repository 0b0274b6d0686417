/**
 * Debian's Chromium through playwright-core, for the browser tests: launched headless, and pages
 * opened in a fresh context with every network request blocked and recorded.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`). `skipBrowser` is true, with a message,
 * only when it is missing outside CI; in CI (CI set) the tests always run and fail without Chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
export const skipBrowser = !existsSync(CHROMIUM) && !process.env.CI;
if (skipBrowser) console.warn(`browser test skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium); in CI it always runs`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests to anything but file:, data: and blob: (there must be none). */
  network: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Messages of dialogs (alert, confirm), each dismissed. */
  dialogs: string[];
}

/** A fresh context with every network request blocked and recorded, and a page on `url`. */
/**
 * `bypassCSP` lets a test inject a script of its own (axe-core) into a page whose
 * Content-Security-Policy allows only the page's scripts.
 */
export async function openOffline(browser: Browser, url: string, { javaScriptEnabled = true, width = 1000, bypassCSP = false } = {}): Promise<Opened> {
  const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true, viewport: { width, height: 900 }, bypassCSP });
  const network: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  context.on('request', (request) => { if (!/^(file|data|blob):/.test(request.url())) network.push(request.url()); });
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, network, errors, dialogs };
}
