/**
 * `blotbypass app [--out DIR]`: copies the built browser app (dist/app/blotbypass.html, made by
 * `npm run build`, which `npm test` runs first) to DIR, all or nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';

const BUILT = fileURLToPath(new URL('../dist/app/blotbypass.html', import.meta.url));

let tmp: string;
beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'blotbypass-app-cmd-')); });
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function app(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['app', ...args], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: tmp });
  return { code, stdout, stderr };
}

describe('blotbypass app', () => {
  it('writes blotbypass.html into --out, a copy of the built app, and says how to use it', async () => {
    const r = await app(['--out', join(tmp, 'for-the-lab')]);
    expect(r).toEqual({ code: 0, stdout: 'wrote for-the-lab/blotbypass.html: open it in a web browser (no installation, works offline)\n', stderr: '' });
    expect(readFileSync(join(tmp, 'for-the-lab', 'blotbypass.html')).equals(readFileSync(BUILT))).toBe(true);
  });

  it('replaces an older copy', async () => {
    writeFileSync(join(tmp, 'blotbypass.html'), 'an old version');
    expect((await app(['--out', tmp])).code).toBe(0);
    expect(readFileSync(join(tmp, 'blotbypass.html'), 'utf8')).toBe(readFileSync(BUILT, 'utf8'));
  });

  it('a folder in the way: exit 2 with the path and a hint, nothing written', async () => {
    mkdirSync(join(tmp, 'blotbypass.html'));
    const r = await app(['--out', tmp]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*blotbypass\.html/);
    expect(r.stdout).toBe('');
  });
});

describe('the built page', () => {
  const html = readFileSync(BUILT, 'utf8');

  it('is under the 3 MB budget', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(3 * 1024 * 1024);
  });

  it('allows no network: default-src none, no connect-src, scripts only by hash or from blob:', () => {
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toMatch(/connect-src|https?:|'unsafe-eval'|\*/);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(scriptSrc.length).toBeGreaterThan(1);
    for (const source of scriptSrc) expect(source).toMatch(/^('sha256-[A-Za-z0-9+/]+=*'|blob:)$/);
  });

  it('loads nothing from elsewhere: no src or href to another place', () => {
    expect(html).not.toMatch(/\s(src|href)="(?!#|data:|blob:)[^"]+"/);
  });

  it('carries the worker as inert JSON and says, without JavaScript, what it needs', () => {
    expect(html).toMatch(/<script type="application\/json" id="worker-source">"/);
    expect(html).toMatch(/<noscript><p class="alert" id="noscript">This page needs JavaScript/);
  });
});
