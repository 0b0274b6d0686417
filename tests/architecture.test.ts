/**
 * Keeps docs/ARCHITECTURE.md true: which folder of src/ may import which (the pipeline runs one way),
 * no import circle between files (type imports count: a reader follows them too), and only the
 * command-line shell touches the process.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each folder's place in the pipeline (docs/ARCHITECTURE.md, "What may import what"): a module may
 * import from its own folder, from a folder of a lower rank, and from the foundation (rank 0: the
 * modules at the top of src/ that every stage shares, messages/, platform/).
 */
const RANK: Record<string, number> = { foundation: 0, load: 1, normalize: 2, stats: 3, rules: 4, genotype: 5, pipeline: 6, parallel: 7, report: 8, app: 9, shell: 10 };
/** Top-level modules that run the stages in order and define their product (`Results`): after genotype, before report. */
const PIPELINE = new Set(['analyze', 'results', 'checkOptions', 'followUpStage']);
/** Top-level modules of the public API and the command line: they may import anything. */
const SHELL = new Set(['index', 'bin', 'cli', 'cliInputs', 'cliOptions', 'cliProgress', 'largeRun']);

interface Edge { from: string; to: string; typeOnly: boolean }

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const files = sources('src');
const fileSet = new Set(files.map((f) => normalize(f)));

function edgesOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const m of text.matchAll(/(import|export)\s+(type\s+)?([^;]*?)\s+from\s*['"](\.[^'"]+)['"]/g)) {
    const base = normalize(join(dirname(file), m[4]!)).replace(/\.js$/, '');
    const to = [`${base}.ts`, join(base, 'index.ts')].find((c) => fileSet.has(c));
    if (to === undefined) continue;
    const typeOnly = m[2] !== undefined || /^\{\s*(type\s+[^,}]+,?\s*)+\}$/.test(m[3]!.trim());
    edges.push({ from: normalize(file), to, typeOnly });
  }
  return edges;
}

const edges = files.flatMap(edgesOf);

/** The folder (or `foundation` / `shell`) a source file belongs to. */
function place(file: string): string {
  const parts = relative('src', file).split(sep);
  if (parts.length === 1) {
    const name = parts[0]!.replace(/(\.browser)?\.ts$/, '');
    return SHELL.has(name) ? 'shell' : PIPELINE.has(name) ? 'pipeline' : 'foundation';
  }
  return parts[0] === 'messages' || parts[0] === 'platform' ? 'foundation' : parts[0]!;
}

describe('src/ architecture', () => {
  it('every folder of src/ has a place in the pipeline', () => {
    const folders = readdirSync('src').filter((n) => statSync(join('src', n)).isDirectory());
    expect(folders.filter((f) => !(f in RANK) && f !== 'messages' && f !== 'platform')).toEqual([]);
  });

  it('imports run one way: from a stage to its own folder, an earlier stage or the foundation', () => {
    const against = edges.filter((e) => {
      const from = place(e.from);
      const to = place(e.to);
      // messages/ words every stage's sentences, so it may name (only) their types.
      if (relative('src', e.from).startsWith(`messages${sep}`) && e.typeOnly) return false;
      return RANK[to]! > RANK[from]!;
    });
    expect(against.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('no import circle between files, type imports included', () => {
    const graph = new Map<string, string[]>(files.map((f) => [normalize(f), []]));
    for (const e of edges) graph.get(e.from)!.push(e.to);
    // Tarjan's strongly connected components.
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string): void => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v)!) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    expect(circles).toEqual([]);
  });

  it('only src/cli.ts and the executable src/bin.ts touch process and console (the app entry owns the page the same way)', () => {
    const touching = files.filter((f) => !f.endsWith(`${sep}cli.ts`) && normalize(f) !== normalize('src/bin.ts') && /\b(process\.(exit|argv|env|stdout|stderr|cwd|exitCode)|console\.)/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(touching).toEqual([]);
  });
});
