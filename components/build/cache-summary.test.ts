import { describe, expect, it } from 'vitest';
import { createDockerCli, helloWorldProject } from '@/lib/simulator';
import { firstMissIndex, formatSeconds, summarizeBuild } from './cache-summary';

function rebuildAfter(change: (cli: ReturnType<typeof createDockerCli>) => void) {
  const cli = createDockerCli(helloWorldProject);
  cli.run('docker build -t hello .');
  change(cli);
  const result = cli.run('docker build -t hello .').build!.result;
  return summarizeBuild(result);
}

describe('summarizeBuild', () => {
  it('after editing main.py: the source COPY is the first miss, with the file named', () => {
    const summary = rebuildAfter((cli) => cli.writeFile('python/hello_world/main.py', 'print("hi")\n'));
    const first = summary.rows[summary.firstMiss];
    expect(first.label).toMatch(/COPY python\/hello_world \.\/hello_world$/);
    expect(first.reason).toContain('python/hello_world/main.py');
    expect(summary.rows.filter((r) => r.isFirstMiss)).toHaveLength(1);
    expect(summary.rows.find((r) => /RUN pip install/.test(r.label))?.status).toBe('CACHED');
    expect(summary.savedTime).toBeGreaterThan(0);
  });

  it('after touch: every step CACHED and no first miss', () => {
    const summary = rebuildAfter((cli) => cli.touch('python/hello_world/main.py'));
    expect(summary.firstMiss).toBe(-1);
    expect(summary.executed).toBe(0);
    expect(summary.rows.filter((r) => r.status !== 'BASE').every((r) => r.status === 'CACHED')).toBe(true);
  });

  it('after chmod +x on requirements.txt: the first COPY misses and pip install runs again', () => {
    const summary = rebuildAfter((cli) => cli.chmod('python/hello_world/requirements.txt', '+x'));
    expect(summary.rows[summary.firstMiss].label).toMatch(/COPY python\/hello_world\/requirements\.txt/);
    expect(summary.rows.find((r) => /RUN pip install/.test(r.label))?.status).toBe('EXECUTED');
    // Only the first miss has its own reason highlighted; the later steps follow from it.
    expect(summary.rows.filter((r) => r.isFirstMiss)).toHaveLength(1);
  });

  it('a first build misses at the first step after FROM', () => {
    const cli = createDockerCli(helloWorldProject);
    const steps = cli.run('docker build -t hello .').build!.result.steps;
    expect(steps[firstMissIndex(steps)].label).toBe('[2/5] WORKDIR /app');
  });
});

describe('formatSeconds', () => {
  it('prints tenths like BuildKit', () => {
    expect(formatSeconds(0)).toBe('0.0s');
    expect(formatSeconds(9.96)).toBe('10.0s');
    expect(formatSeconds(0.14)).toBe('0.1s');
  });
});
