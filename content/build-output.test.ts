// Where a lesson shows `docker build` output, it is what the simulated terminal prints for the
// same Dockerfile and project (digests, times and padding aside): a change to the simulator's
// texts (lib/simulator/cli/texts.ts) that the lesson does not follow fails here.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '@/lib/content/loader';
import { createDockerCli } from '@/lib/simulator/cli';
import { helloWorldProject } from '@/lib/simulator/projects';

const block = (text: string, title: string): string => {
  const re = new RegExp('```(?:text|dockerfile) title="' + title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '"\\n([\\s\\S]*?)\\n```');
  const match = re.exec(text);
  if (!match) throw new Error(`no block titled ${title}`);
  return match[1];
};

/** Digests (full or cut at the terminal's edge), times and column padding differ between builds. */
const mask = (output: string) =>
  output
    .split('\n')
    .filter((line) => !line.startsWith('[simulated]'))
    .map((line) => line.replace(/sha256:[0-9a-f]+/g, 'sha256:<digest>').replace(/\d+\.\ds\b/g, '<t>').replace(/\s+/g, ' ').trim())
    .join('\n');

describe('build output shown in lessons matches the simulator', () => {
  it('lesson 9, Reading the build output: a first docker build -t hello .', () => {
    const lesson = loadCourse().find((l) => l.frontmatter.slug === 'docker-build-and-context')!;
    const body = lesson.body.slice(lesson.body.indexOf('<Step id="reading-build-output"'));
    const step = body.slice(0, body.indexOf('</Step>'));
    const dockerfile = block(step, 'Dockerfile') + '\n';
    const shown = block(step, 'docker build -t hello .');
    const printed = createDockerCli({ ...helloWorldProject, Dockerfile: dockerfile }).run('docker build -t hello .').output;
    expect(mask(shown)).toBe(mask(printed));
  });
});
