/**
 * The README is the front door and docs/ the house: every relative link in them leads to a file that
 * exists and, with an #anchor, to a heading of that file (GitHub's anchor rules); the README stays
 * short; its first lines keep the two commands the project promises.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

/** GitHub's heading anchor: lower case, punctuation other than - and _ dropped, spaces to -, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6} (.*)$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Markdown links outside code: [text](target). */
function linksOf(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('README and docs/', () => {
  it.each(pages)('%s: every relative link and anchor resolves', (page) => {
    const text = readFileSync(page, 'utf8');
    const dead: string[] = [];
    for (const link of linksOf(text)) {
      if (/^[a-z]+:/.test(link)) continue;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? page : normalize(join(dirname(page), path));
      if (!existsSync(target)) {
        dead.push(`${link} (no file ${target})`);
        continue;
      }
      if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) dead.push(`${link} (no heading #${anchor} in ${target})`);
    }
    expect(dead).toEqual([]);
  });

  it('the README is a front door: at most ~300 lines, the two commands first, a link to every guide page', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
    expect(readme.split('\n').slice(0, 6).join('\n')).toContain('npm ci && npm run build && node dist/cli.js analyze examples/trk-bypass-long.csv --out example-output\nnpm ci && npm test');
    const linked = new Set(linksOf(readme).map((l) => l.split('#')[0]));
    const guide = readdirSync('docs').filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `docs/${f}`);
    expect(guide.filter((g) => !linked.has(g))).toEqual([]);
  });

  it('no page advises a command that fetches blotbypass from the registry', () => {
    for (const page of pages) expect(readFileSync(page, 'utf8'), page).not.toMatch(/npx blotbypass (?!only works)/);
  });
});
