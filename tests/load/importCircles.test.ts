/**
 * load/ imports in one direction: no module of src/load reaches itself again through its imports,
 * type imports included (a circle of types is still a circle to read), and types.ts, which every
 * module shares, imports none of its siblings.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOAD = fileURLToPath(new URL('../../src/load/', import.meta.url));
/** Every import and re-export of a relative module, `import type` included. */
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?'(\.[^']+)'/gm;

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modules(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string, root = LOAD): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, spec]) => join(dirname(file), spec!.replace(/\.js$/, '.ts'))).filter((p) => p.startsWith(root));
}

/** The first circle found, as a list of paths relative to `root`, or null. */
function findCircle(files: readonly string[], root = LOAD): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file].map((f) => relative(root, f));
    state.set(file, 'open');
    stack.push(file);
    for (const next of importsOf(file, root)) {
      const circle = visit(next);
      if (circle) return circle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const f of files) {
    const circle = visit(f);
    if (circle) return circle;
  }
  return null;
}

describe('src/load imports', () => {
  it('form no circle, type imports included', () => {
    expect(findCircle(modules(LOAD))).toBeNull();
  });

  it('types.ts imports none of its siblings', () => {
    expect(importsOf(join(LOAD, 'types.ts'))).toEqual([]);
  });

  it('the check finds a circle of type imports when there is one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blotbypass-circle-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.ts'), "import type { C } from './c.js';\nexport const b = 1 as C;\n");
    writeFileSync(join(dir, 'c.ts'), "export type C = number;\nexport type { A } from './a.js';\n");
    try {
      expect(findCircle(modules(dir), dir)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
