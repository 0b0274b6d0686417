/**
 * `blotbypass --version` should answer about as fast as Node starts: the CLI's static imports (and
 * theirs) must stay light. The pipeline, the CSV parser, the statistics libraries and the report
 * (vega) are imported by each command when it runs. This follows the static value imports of
 * src/cli.ts (and of the executable's entry, src/bin.ts) through src/ and lists the packages they
 * reach. What the bundle built from them loads is checked in tests/cliBundle.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
/** Static value imports and re-exports; `import type` and `export type` are erased at build time. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?'([^']+)'/gm;

function staticPackages(entry: string): { packages: Set<string>; modules: Set<string> } {
  const packages = new Set<string>();
  const modules = new Set<string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) visit(join(dirname(file), spec!.replace(/\.js$/, '.ts')));
      else if (!spec!.startsWith('node:')) packages.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
    }
  };
  visit(join(SRC, entry));
  return { packages, modules };
}

describe('src/bin.ts static imports', () => {
  it('reach no package at all: --version is answered before commander loads', () => {
    const { packages, modules } = staticPackages('bin.ts');
    expect([...packages], `modules loaded up front: ${[...modules].map((m) => relative(SRC, m)).join(', ')}`).toEqual([]);
  });
});

describe('src/cli.ts static imports', () => {
  it('reach no heavy package: only commander is loaded before a command runs', () => {
    const { packages, modules } = staticPackages('cli.ts');
    expect([...packages].sort(), `modules loaded up front: ${[...modules].map((m) => relative(SRC, m)).join(', ')}`).toEqual(['commander']);
  });
});
