import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { customDockerfileLocationProject, helloWorldProject } from '@/lib/simulator/projects';
import { Workspace } from '@/lib/workspace/workspace';
import { loadCourse } from '@/lib/content/loader';
import { WorkspaceCard } from '@/components/lesson/WorkspaceCard';
import { ProjectFiles } from './ProjectFiles';
import { buildTimeWorkspace } from './build-time';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('ProjectFiles', () => {
  it('lists every file as a button named by its path, marks the open one and executables', () => {
    const ws = new Workspace({ files: { 'src/run.sh': { content: 'echo hi\n', mode: '0755' }, 'src/main.py': '', Dockerfile: 'FROM alpine\n' } });
    const html = renderToStaticMarkup(createElement(ProjectFiles, { workspace: ws, idPrefix: 't' }));
    expect(html).toContain('aria-label="src/run.sh (executable)"');
    expect(html).toMatch(/aria-current="true" aria-label="Dockerfile"/);
    expect(text(html)).toMatch(/Project files Dockerfile src\/ main\.py run\.sh 0755/);
    expect(text(html)).toContain('New file Rename Dockerfile chmod +x Dockerfile touch Dockerfile Delete Dockerfile');
  });
});

describe('build-time workspace', () => {
  it('opens the Dockerfile the command builds and checks it against the project', async () => {
    const built = await buildTimeWorkspace({ project: 'custom-dockerfile-location', command: 'docker build -t img -f resources/docker/Dockerfile .' });
    expect(built.openFile).toBe('resources/docker/Dockerfile');
    expect(built.model?.diagnostics).toEqual([]);
    const copy = built.model!.stages[0].items.find((i) => i.keyword === 'COPY');
    expect(copy?.copies).toEqual(['src/cli.py', 'src/main.py']);
    expect(built.html).toContain('WORKDIR');
  });

  it('a lesson Dockerfile that copies a file the project lacks shows the problem before any build', async () => {
    const built = await buildTimeWorkspace({ project: 'hello-world', dockerfile: 'FROM python:3.12-slim\nCOPY app.py .\n' });
    expect(built.model?.diagnostics.map((d) => d.code)).toContain('lw-copy-source-missing');
  });
});

describe('<Workspace> in a lesson', () => {
  it('says what the workspace holds and offers to open it', () => {
    const lesson = loadCourse().find((l) => l.frontmatter.slug === 'custom-dockerfile-location')!;
    const spec = lesson.workspaces.find((w) => w.id === 'lab-resources')!;
    const html = renderToStaticMarkup(createElement(WorkspaceCard, { spec, first: false }));
    expect(html).toContain('role="group" aria-label="Build lab: starting in Root/resources"');
    expect(text(html)).toContain('and the terminal in resources');
    expect(text(html)).toContain('Try docker build -t img_name -f docker/Dockerfile .. in its terminal.');
    expect(text(html)).toContain('Open in the workspace');
  });

  it('every lesson has a workspace, and ids and projects are checked when the course loads', () => {
    for (const lesson of loadCourse()) expect(lesson.workspaces.length, lesson.file).toBeGreaterThan(0);
    expect(new Workspace({ files: helloWorldProject }).mainDockerfile()).toBe('Dockerfile');
    expect(new Workspace({ files: customDockerfileLocationProject }).mainDockerfile()).toBe('resources/docker/Dockerfile');
  });
});
