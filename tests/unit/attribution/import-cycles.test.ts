/**
 * No import circle under lib/: each module can be read, tested and loaded on its own. A tiny import
 * graph from the static `import … from './x'` / `export … from './x'` statements (type-only imports
 * included: a circle of types is still a circle of concerns), searched for cycles.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, ROOT, sourceFiles, stripComments } from './source-code';

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"](\.[^'"]+)['"]|(?:^|[\s;])import\s*['"](\.[^'"]+)['"]/g;

/** The file a relative specifier points at (x.ts, x.tsx, x/index.ts), or null outside the checked files. */
function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

export function importGraph(folder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(folder)) {
    const deps: string[] = [];
    for (const m of stripComments(read(file)).matchAll(IMPORT_RE)) {
      const target = resolve(file, (m[1] ?? m[2])!);
      if (target) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Every cycle found by depth-first search, each as a list of files relative to the project root (first file repeated at the end). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 'open') out.push([...stack.slice(stack.indexOf(d)), d].map((x) => path.relative(ROOT, x)));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return out;
}

describe('import graph of lib/', () => {
  it('finds a circle when there is one', () => {
    const g = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(cycles(g)).toHaveLength(1);
    expect(cycles(new Map([['/a.ts', ['/b.ts']], ['/b.ts', []]]))).toEqual([]);
  });

  it('reads the imports of the attribution engine', () => {
    const g = importGraph('lib/analyze/attribution');
    const index = [...g.keys()].find((f) => f.endsWith(path.join('attribution', 'index.ts')))!;
    expect(g.get(index)!.length).toBeGreaterThan(3);
  });

  it('has no import circle', () => {
    expect(cycles(importGraph('lib'))).toEqual([]);
  });
});
