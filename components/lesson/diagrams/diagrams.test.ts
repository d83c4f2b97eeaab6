// The lesson diagrams are read by screen readers as well as seen: these tests check the words
// and the structure (nesting, which step is marked) that carry the meaning, not the styling.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CacheDiagram } from './CacheDiagram';
import { ContextDiagram } from './ContextDiagram';
import { PortDiagram } from './PortDiagram';
import { ProcessDiagram } from './ProcessDiagram';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('ContextDiagram', () => {
  const html = renderToStaticMarkup(
    createElement(ContextDiagram, {
      title: 'Context at the root',
      root: 'Root',
      context: '',
      entries: [
        { path: 'src/main.py', tone: 'copied' as const },
        { path: 'resources/videos/', tone: 'ignored' as const },
        { path: 'resources/docker/Dockerfile', tone: 'dockerfile' as const, note: '-f points here' },
      ],
      command: 'docker build -t img_name -f resources/docker/Dockerfile .',
    }),
  );

  it('nests files under their folders, in the order given', () => {
    const t = text(html);
    expect(t).toMatch(/Root\/ build context src\/ main\.py copied by COPY resources\/ videos\/ excluded by \.dockerignore docker\/ Dockerfile Dockerfile used -f points here/);
    // resources/ appears once although two paths start with it
    expect(t.split('Run from')[0].match(/ resources\/ /g)).toHaveLength(1);
  });

  it('labels exactly one folder as the build context', () => {
    expect(text(html).match(/build context/g)).toHaveLength(1);
    const sub = renderToStaticMarkup(
      createElement(ContextDiagram, { title: 't', root: 'Root', context: 'resources/docker', entries: [{ path: 'src/main.py' }, { path: 'resources/docker/Dockerfile' }] }),
    );
    expect(text(sub)).toMatch(/docker\/ build context Dockerfile/);
    expect(text(sub).match(/build context/g)).toHaveLength(1);
  });

  it('shows the command with the folder it runs from', () => {
    expect(text(html)).toContain('Run from Root/: docker build -t img_name -f resources/docker/Dockerfile .');
  });
});

describe('CacheDiagram', () => {
  const html = renderToStaticMarkup(
    createElement(CacheDiagram, {
      title: 'After editing main.py',
      builds: [
        {
          heading: 'Requirements first',
          steps: [
            { instruction: 'FROM python:3.9', status: 'base' as const },
            { instruction: 'RUN pip install', status: 'cached' as const },
            { instruction: 'COPY python/hello_world ./hello_world', status: 'run' as const },
            { instruction: 'COPY extra .', status: 'run' as const },
            { instruction: 'CMD ["python"]', status: 'config' as const },
          ],
        },
      ],
    }),
  );

  it('marks only the first re-run step as the point where the cache stops', () => {
    const t = text(html);
    expect(t.match(/first change/g)).toHaveLength(1);
    expect(t).toMatch(/COPY python\/hello_world \.\/hello_world runs again \(first change: the cache stops here\)/);
    expect(t).toMatch(/COPY extra \. runs again(?! \()/);
  });

  it('says each status in words', () => {
    const t = text(html);
    expect(t).toContain('RUN pip install CACHED');
    expect(t).toContain('FROM python:3.9 parent image, reused');
    expect(t).toContain('config only, no build step');
  });

  it('marks nothing when every step is cached', () => {
    const all = renderToStaticMarkup(
      createElement(CacheDiagram, { title: 't', builds: [{ heading: 'h', steps: [{ instruction: 'WORKDIR /app', status: 'cached' as const }] }] }),
    );
    expect(text(all)).not.toContain('first change');
  });
});

describe('PortDiagram', () => {
  it('states in words whether a port is published', () => {
    const html = renderToStaticMarkup(
      createElement(PortDiagram, {
        title: 'Ports',
        scenarios: [
          { command: 'docker run hello', containerPort: '9000', exposed: '9000/tcp', note: 'EXPOSE alone publishes nothing.' },
          { command: 'docker run -p 8080:9000 hello', hostPort: 'localhost:8080', containerPort: '9000', note: 'Host 8080 to container 9000.' },
        ],
      }),
    );
    const t = text(html);
    expect(t).toMatch(/docker run hello .* Not published: unreachable from your machine\. EXPOSE alone publishes nothing\./);
    expect(t).toContain('Published: localhost:8080 reaches port 9000.');
    // the drawn wire is decoration; the sentence carries the meaning
    expect(html).toContain('aria-hidden="true"');
  });
});

describe('ProcessDiagram', () => {
  it('nests each process inside the one that started it', () => {
    const html = renderToStaticMarkup(
      createElement(ProcessDiagram, {
        title: 'Processes',
        columns: [
          {
            heading: 'Shell form',
            config: 'Cmd: ["/bin/sh", "-c", "python main.py"]',
            processes: [
              { pid: '1', command: '/bin/sh -c "python main.py"' },
              { pid: '7', command: 'python main.py' },
            ],
            outcome: 'the shell does not forward it.',
            good: false,
          },
        ],
      }),
    );
    expect(html).toMatch(/PID 1<\/span>.*<ul[^>]*aria-label="started by \/bin\/sh -c &quot;python main.py&quot;"><li>.*PID 7/);
    expect(text(html)).toContain('Signals stop at the shell: the shell does not forward it.');
  });
});
