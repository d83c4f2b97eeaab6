import { describe, expect, it } from 'vitest';
import { build, helloWorldProject, HELLO_WORLD_DOCKERFILE, HELLO_WORLD_NAIVE_DOCKERFILE, type BuildRequest } from '@/lib/simulator';
import { appendLine, compareOrderings, type BuildFn } from './compare';
import { orderingsFor } from './orderings';

const orderings = [
  { name: 'naive', dockerfile: HELLO_WORLD_NAIVE_DOCKERFILE },
  { name: 'friendly', dockerfile: HELLO_WORLD_DOCKERFILE },
];
const statusOf = (steps: { label: string; status: string }[], prefix: RegExp) => steps.find((s) => prefix.test(s.label))?.status;

describe('compareOrderings with the simulator', () => {
  const comparison = compareOrderings(build, helloWorldProject, orderings, 'python/hello_world/main.py');
  const [naive, friendly] = comparison.outcomes;

  it('an edit to main.py reinstalls dependencies only in the notes’ order', () => {
    expect(statusOf(naive.rebuild.steps, /RUN pip install/)).toBe('EXECUTED');
    expect(statusOf(friendly.rebuild.steps, /RUN pip install/)).toBe('CACHED');
    expect(statusOf(friendly.rebuild.steps, /COPY python\/hello_world \.\/hello_world/)).toBe('EXECUTED');
  });

  it('reports the time the cache-friendly order saves on the rebuild', () => {
    expect(friendly.rebuild.totalTime).toBeLessThan(naive.rebuild.totalTime);
    expect(comparison.timeSaved).toBeCloseTo(naive.rebuild.totalTime - friendly.rebuild.totalTime, 6);
  });

  it('gives each ordering its own cold cache (the first builds execute every step)', () => {
    for (const o of comparison.outcomes) expect(o.first.steps.filter((s) => s.status === 'CACHED')).toEqual([]);
  });

  it('leaves the project files untouched', () => {
    expect(helloWorldProject['python/hello_world/main.py']).not.toContain('# edited');
  });

  it('builds the unedited files first and the edited ones second', () => {
    const contexts: string[] = [];
    const recording: BuildFn = (request: BuildRequest, cache) => {
      const main = request.context['a.py'];
      contexts.push(typeof main === 'string' ? main : main.content);
      return build(request, cache);
    };
    compareOrderings(recording, { 'a.py': 'print(1)\n' }, [{ name: 'x', dockerfile: 'FROM scratch\nCOPY a.py /\n' }], 'a.py');
    expect(contexts).toEqual(['print(1)\n', 'print(1)\n# edited\n']);
  });

  it('refuses to edit a file the project does not have', () => {
    expect(() => compareOrderings(build, helloWorldProject, orderings, 'nope.py')).toThrow(/nope\.py/);
  });
});

describe('appendLine and orderingsFor', () => {
  it('adds one line, with a newline before it when the file has none at the end', () => {
    expect(appendLine('a', 'x.py')).toBe('a\n# edited\n');
    expect(appendLine('a\n', 'x.py')).toBe('a\n# edited\n');
  });

  it('offers the comparison only for projects with the hello_world app', () => {
    expect(orderingsFor(Object.keys(helloWorldProject))?.defaultEdit).toBe('python/hello_world/main.py');
    expect(orderingsFor(['src/main.py', 'resources/docker/Dockerfile'])).toBeUndefined();
  });
});
