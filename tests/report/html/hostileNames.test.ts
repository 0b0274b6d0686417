/**
 * Names from the input that try to break out of HTML text, attributes, script blocks or SVG:
 * every one appears escaped, no JSON block can close its script element, and no element or
 * attribute the input could have introduced exists in the page. (The browser test opens the same
 * page and checks that nothing runs.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/report/html/escapeHtml.js';
import { reportFiles } from '../../../src/report/html/reportFiles.js';
import { HOSTILE, hostileResults } from '../reportDatasets.js';
import { packedBlocks, withoutPackedBlocks } from './packedBlocks.js';

let html: string;
let svgs: string[];

beforeAll(async () => {
  const files = await reportFiles(hostileResults());
  html = files[0]!.content as string;
  svgs = files.filter((f) => f.path.endsWith('.svg')).map((f) => f.content as string);
});

/** The page without the packed blocks (the library code and the specs): the markup blotbypass wrote. */
const markup = () => withoutPackedBlocks(html);

/** Tag names and attribute names of every tag (attribute values are double-quoted and escaped). */
function tagsAndAttributes(page: string): { tag: string; attributes: string[] }[] {
  return [...page.matchAll(/<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/\s([^\s=>/]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

describe('report.html with hostile model, treatment, membrane, target and file names', () => {
  it('analyses them as ordinary names', () => {
    const results = hostileResults();
    expect(results.design.models.map((m) => m.line)).toEqual([HOSTILE.sensitive, HOSTILE.resistant]);
    expect(results.comparisons.some((c) => c.treatment === HOSTILE.treatment)).toBe(true);
  });

  it('never writes a name raw, and writes each one escaped as text', () => {
    for (const name of Object.values(HOSTILE)) {
      expect(html, name).not.toContain(name);
      expect(markup(), name).toContain(escapeHtml(name));
    }
    expect(html).not.toContain('blot <script>alert(6)</script>.csv');
    expect(markup()).toContain(escapeHtml('blot <script>alert(6)</script>.csv'));
  });

  it('has only its own script elements, and no packed block can close its element', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(4 + 3 + 1);
    const blocks = packedBlocks(html);
    expect(blocks).toHaveLength(4 + 3);
    for (const { packed } of blocks) expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const specs = blocks.filter((b) => b.attributes.id?.startsWith('spec-'));
    expect(specs).toHaveLength(4);
    const names = JSON.stringify(specs.map(({ text }) => JSON.parse(text) as unknown));
    expect(names).toContain(JSON.stringify(HOSTILE.sensitive).slice(1, -1));
  });

  it('contains no element or event-handler attribute that came from the input (markup and SVGs)', () => {
    for (const page of [markup(), ...svgs]) {
      const tags = tagsAndAttributes(page);
      expect(tags.length).toBeGreaterThan(10);
      expect(tags.filter((t) => ['img', 'iframe', 'b', 'object', 'embed', 'foreignobject'].includes(t.tag))).toEqual([]);
      expect(tags.flatMap((t) => t.attributes.filter((a) => a.startsWith('on') || a === 'src'))).toEqual([]);
    }
    expect(markup().match(/<script\b/gi)).toHaveLength(1);
  });
});
