/** The packed blocks of a report page (packedText.ts), read back with Node's zlib, for the tests. */
import { inflateSync } from 'node:zlib';

export interface PackedBlock {
  /** The block's attributes (`id`, `data-bundle`), as written. */
  attributes: Record<string, string>;
  /** The base64 text as it stands in the page. */
  packed: string;
  /** What it inflates to. */
  text: string;
}

const BLOCK = /<script type="text\/x-zlib-base64"((?:\s[a-z-]+="[^"]*")*)>([^<]*)<\/script>/g;

export function packedBlocks(html: string): PackedBlock[] {
  return [...html.matchAll(BLOCK)].map((m) => ({
    attributes: Object.fromEntries([...m[1]!.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    packed: m[2]!,
    text: inflateSync(Buffer.from(m[2]!, 'base64')).toString('utf8'),
  }));
}

/** The page without its packed blocks: the markup and the one chart script. */
export function withoutPackedBlocks(html: string): string {
  return html.replace(BLOCK, '');
}

/** The chart's vega-lite spec carried in the page. */
export function packedSpec(html: string, name: string): unknown {
  const block = packedBlocks(html).find((b) => b.attributes.id === `spec-${name}`);
  if (!block) throw new Error(`no packed spec for ${name}`);
  return JSON.parse(block.text) as unknown;
}
