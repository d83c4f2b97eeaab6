// What the lab's pieces say to a reader and a screen reader, rendered to static HTML: the words
// (CACHED/EXECUTED, the first miss, labels) that carry the meaning, not the styling.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { build, createDockerCli, helloWorldProject, HELLO_WORLD_DOCKERFILE, HELLO_WORLD_NAIVE_DOCKERFILE } from '@/lib/simulator';
import { CacheView } from './CacheView';
import { CompareOrderings } from './CompareOrderings';
import { compareOrderings } from './compare';
import { Terminal, transcriptText } from './Terminal';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

describe('CacheView', () => {
  const cli = createDockerCli(helloWorldProject);
  cli.run('docker build -t hello .');
  cli.writeFile('python/hello_world/main.py', 'print("changed")\n');
  const result = cli.run('docker build -t hello .').build!.result;
  const html = renderToStaticMarkup(createElement(CacheView, { result, heading: 'Cache view: docker build -t hello .' }));

  it('writes each step’s status as a word, beside its label', () => {
    expect(text(html)).toMatch(/\[4\/5\] RUN pip install --no-cache-dir -r hello_world\/requirements\.txt CACHED/);
    expect(text(html)).toMatch(/\[5\/5\] COPY python\/hello_world \.\/hello_world EXECUTED first miss/);
  });

  it('names the first miss and the file that caused it', () => {
    expect(text(html)).toContain('The cache stopped at [5/5] COPY python/hello_world ./hello_world : python/hello_world/main.py changed');
    expect(html.match(/cache-row-first-miss/g)).toHaveLength(1);
  });

  it('sums up the steps and the simulated time, as a labelled region with a table', () => {
    expect(text(html)).toMatch(/3 CACHED, 1 EXECUTED\. Took \d+\.\ds, the cache saved \d+\.\ds\./);
    expect(html).toContain('aria-label="Cache view: docker build -t hello ."');
    expect(html).toContain('<th scope="col">Result</th>');
  });

  it('says when a build failed instead of listing steps', () => {
    const failed = build({ dockerfile: 'FROM python:3.9\nCOPY missing.txt .\n', context: {} });
    expect(failed.ok).toBe(false);
    expect(text(renderToStaticMarkup(createElement(CacheView, { result: failed, heading: 'x' })))).toContain('The build failed: the error is in the terminal.');
  });
});

describe('CompareOrderings', () => {
  const comparison = compareOrderings(
    build,
    helloWorldProject,
    [
      { name: 'Code first', dockerfile: HELLO_WORLD_NAIVE_DOCKERFILE },
      { name: 'Requirements first', dockerfile: HELLO_WORLD_DOCKERFILE },
    ],
    'python/hello_world/main.py',
  );
  const t = text(renderToStaticMarkup(createElement(CompareOrderings, { comparison })));

  it('shows both rebuilds with their times and the time saved', () => {
    const [naive, friendly] = comparison.outcomes.map((o) => o.rebuild.totalTime.toFixed(1));
    expect(t).toContain(`Code first rebuilds in ${naive}s and Requirements first rebuilds in ${friendly}s`);
    expect(t).toContain(`Requirements first saves ${comparison.timeSaved.toFixed(1)}s on every such rebuild`);
  });

  it('lists pip install as EXECUTED in one column and CACHED in the other', () => {
    expect(t).toMatch(/Code first .*EXECUTED \[4\/4\] RUN pip install/);
    expect(t).toMatch(/Requirements first .*CACHED \[4\/5\] RUN pip install/);
  });
});

describe('Terminal', () => {
  const entries = [{ id: 1, prompt: '/project $', command: 'docker build -t MyApp .', output: 'ERROR: failed to build: invalid tag "MyApp": repository name must be lowercase', exitCode: 1 }];
  const html = renderToStaticMarkup(createElement(Terminal, { entries, prompt: '/project $', onRun: () => {}, suggestedCommand: 'docker build -t hello .' }));

  it('has a labelled command input, prefilled with the suggested command, and a log for the output', () => {
    expect(html).toMatch(/<label for="([^"]+)-input" class="visually-hidden">Command<\/label>/);
    expect(html).toContain('value="docker build -t hello ."');
    expect(html).toMatch(/role="log"/);
    expect(text(html)).toContain('Suggested: docker build -t hello .');
  });

  it('keeps output verbatim in a pre, and copies prompt, command and output', () => {
    expect(html).toContain('<pre class="terminal-output terminal-output-error">ERROR: failed to build: invalid tag &quot;MyApp&quot;');
    expect(transcriptText(entries)).toBe('/project $ docker build -t MyApp .\nERROR: failed to build: invalid tag "MyApp": repository name must be lowercase');
  });
});
