// ImageReference and CopyDiagram carry their meaning in words for screen readers (labels,
// "(default)", full paths) as well as in the drawing; these tests check those words.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CopyDiagram } from './CopyDiagram';
import { ImageReference } from './ImageReference';

/** The text a screen reader gets: markup and aria-hidden parts removed. */
function spokenText(html: string): string {
  return html
    .replace(/<([a-z]+)[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('ImageReference', () => {
  const html = renderToStaticMarkup(
    createElement(ImageReference, {
      title: 'python:3.12-slim in full',
      written: 'python:3.12-slim',
      parts: [
        { text: 'docker.io', label: 'registry', implied: true },
        { text: 'library', label: 'namespace', before: '/', implied: true },
        { text: 'python', label: 'repository', before: '/' },
        { text: '3.12-slim', label: 'tag', before: ':' },
      ],
    }),
  );

  it('joins the parts with their separators into the full reference', () => {
    expect(html).toContain('Docker reads <code>docker.io/library/python:3.12-slim</code>');
    expect(html).toContain('aria-label="The parts of docker.io/library/python:3.12-slim"');
  });

  it('reads each part with its label, marking the defaults, without the separators', () => {
    expect(spokenText(html)).toContain(
      'docker.io : registry (default) library : namespace (default) python : repository 3.12-slim : tag',
    );
  });

  it('explains the dashed parts only when some part is a default', () => {
    expect(html).toContain('Dashed parts are the defaults');
    const explicit = renderToStaticMarkup(
      createElement(ImageReference, { title: 't', parts: [{ text: 'ghcr.io', label: 'registry' }, { text: 'app', label: 'repository', before: '/' }] }),
    );
    expect(explicit).not.toContain('Dashed parts');
    expect(explicit).not.toContain('(default)');
  });
});

describe('CopyDiagram', () => {
  const html = renderToStaticMarkup(
    createElement(CopyDiagram, {
      title: 'COPY python/hello_world .',
      instruction: 'COPY python/hello_world .',
      context: ['Dockerfile', 'python/', 'python/hello_world/', '+python/hello_world/main.py'],
      image: ['/app/', '+/app/main.py'],
    }),
  );
  const spoken = spokenText(html);

  it('reads every entry by its full path and says which ones the COPY moves', () => {
    expect(spoken).toContain('python/hello_world/main.py (copied)');
    expect(spoken).toContain('/app/main.py (added by this COPY)');
    expect(spoken).toMatch(/Dockerfile python\/ python\/hello_world\/ python\/hello_world\/main\.py/);
    expect(spoken).not.toContain('Dockerfile (copied)');
    expect(spoken).not.toContain('/app/ (added');
  });

  it('indents entries by depth and names the two sides', () => {
    expect(html).toContain('padding-left:2.2em');
    expect(spoken).toContain('Build context');
    expect(spoken).toContain('Image filesystem');
    expect(spoken).toContain('COPY python/hello_world .');
  });
});
