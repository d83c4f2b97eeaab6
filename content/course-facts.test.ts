// Content checks for Docker facts the course once got wrong (issue 11), and for the links between
// lessons: each check fails on the old wording, so a later edit cannot bring a mistake back.
// The facts and their sources are in the lessons' `sources` frontmatter.
import { describe, expect, it } from 'vitest';
import { loadCourse, type Lesson } from '@/lib/content/loader';
import { INSTRUCTION_DOCS } from '@/lib/workbench/instruction-docs';

const lessons = loadCourse();
const bySlug = (slug: string): Lesson => {
  const lesson = lessons.find((l) => l.frontmatter.slug === slug);
  if (!lesson) throw new Error(`no lesson ${slug}`);
  return lesson;
};
/** Paragraphs of a lesson (blank-line separated), with line breaks folded into spaces. */
const paragraphs = (lesson: Lesson): string[] => lesson.body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' '));
const quizText = (lesson: Lesson): string[] =>
  (lesson.quiz?.questions ?? []).flatMap((q) => [q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation])]);
const everything = (lesson: Lesson): string[] => [...paragraphs(lesson), ...quizText(lesson)];

describe('links between lessons point to steps that exist', () => {
  const anchors = new Set(
    lessons.flatMap((l) => [
      `/learn/${l.frontmatter.slug}/`,
      ...l.steps.map((s) => `/learn/${l.frontmatter.slug}/#${s.id}`),
      ...l.exercises.map((e) => `/learn/${l.frontmatter.slug}/#${e.id}`),
      ...(l.quiz ? [`/learn/${l.frontmatter.slug}/#quiz`, ...l.quiz.questions.map((q) => `/learn/${l.frontmatter.slug}/#quiz-${q.id}`)] : []),
    ]),
  );
  const links = lessons.flatMap((l) =>
    everything(l).flatMap((text) => [...text.matchAll(/\]\((\/learn\/[^)\s]*)\)/g)].map((m) => [l.file, m[1]] as const)),
  );

  it('finds the links', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  it.each(links)('%s -> %s', (_file, link) => {
    const normalised = link.includes('#') ? link.replace(/\/?#/, '/#') : link.replace(/\/?$/, '/');
    expect(anchors, `no lesson step at ${link}`).toContain(normalised);
  });
});

describe('the two image stores: said once, linked from lessons 2 and 3', () => {
  const stores = bySlug('parent-images-and-tags');
  const link = '/learn/parent-images-and-tags/#image-stores';

  it('has one step on the image stores, in lesson 2', () => {
    const steps = lessons.flatMap((l) => l.steps.filter((s) => /image stores?/i.test(s.title)).map((s) => `${l.frontmatter.slug}#${s.id}`));
    expect(steps).toEqual(['parent-images-and-tags#image-stores']);
    const step = stores.steps.find((s) => s.id === 'image-stores')!;
    expect(step.text).toMatch(/classic image store/i);
    expect(step.text).toMatch(/containerd image store/i);
    expect(step.text).toMatch(/--pull/);
  });

  it.each(['parent-images-and-tags', 'from'])('lesson %s links to it', (slug) => {
    expect(bySlug(slug).body).toContain(`](${link})`);
  });

  it('no longer says a rebuild picks up new releases automatically, nor that a local image always wins', () => {
    for (const text of everything(stores)) expect(text).not.toMatch(/picks up patch and security releases of 3\.12 automatically/);
    for (const text of everything(bySlug('from'))) expect(text).not.toMatch(/If Docker already has that image locally, the build uses it\./);
  });
});

describe('docker images / docker image ls', () => {
  it('has a step with the columns and dangling images', () => {
    const step = bySlug('docker-build-and-context').steps.find((s) => s.id === 'list-images');
    expect(step).toBeDefined();
    expect(step!.text).toContain('docker image ls');
    for (const column of ['DISK USAGE', 'CONTENT SIZE', 'REPOSITORY', 'TAG', 'CREATED', 'SIZE']) expect(step!.text).toContain(column);
    expect(step!.text).toMatch(/dangling/);
    expect(step!.text).toContain('docker image prune');
  });
});

describe('facts the course once got wrong', () => {
  it('lists no zstd among the archive formats ADD unpacks (the reference: gzip, bzip2, xz, uncompressed)', () => {
    for (const lesson of lessons) {
      for (const text of everything(lesson)) {
        if (/\bADD\b|unpack|archive/i.test(text)) expect(text, lesson.file).not.toMatch(/zstd/i);
      }
    }
    expect(INSTRUCTION_DOCS.ADD.detail + INSTRUCTION_DOCS.ADD.flags.map((f) => f.doc).join(' ')).not.toMatch(/zstd/i);
  });

  it('does not call a multi-platform image’s digest the hash of its manifest only', () => {
    const text = paragraphs(bySlug('parent-images-and-tags')).find((p) => p.includes('**Digest**'))!;
    expect(text).toMatch(/index/);
  });

  it('does not say only RUN, COPY and ADD made layers in the old builder', () => {
    const text = paragraphs(bySlug('images-are-layers')).join(' ');
    expect(text).not.toMatch(/That was true of Docker's old builder/);
    expect(text).toMatch(/old builder also committed a layer for a `WORKDIR`/);
  });

  it('does not explain the WORKDIR layer by creating the directory (BuildKit adds it either way)', () => {
    for (const slug of ['images-are-layers', 'workdir']) {
      for (const text of paragraphs(bySlug(slug))) {
        expect(text).not.toMatch(/Adds a layer \(it creates the directory\)/);
        expect(text).not.toMatch(/Creating the directory is a change to the filesystem, so with BuildKit/);
      }
    }
    expect(bySlug('workdir').steps.find((s) => s.id === 'creates-the-directory')!.text).toMatch(/whether or not the directory already exists/);
  });

  it('hedges the shell-form signal answer of lesson 7 (some shells exec the last command)', () => {
    const question = bySlug('cmd-and-exec-form').quiz!.questions.find((q) => q.id === 'shell-form-signals')!;
    const correct = question.options.find((o) => o.correct)!;
    expect(correct.text).toMatch(/may not/);
    expect(correct.text).not.toMatch(/does not pass/);
  });

  it('says an unpublished port is not on localhost, not that the host cannot reach it at all', () => {
    const text = paragraphs(bySlug('expose-documents-ports')).join(' ');
    expect(text).not.toMatch(/is \*\*not\*\* reachable from your machine/);
    expect(text).toMatch(/container's own address on Docker's bridge network/);
    for (const lesson of lessons) for (const t of everything(lesson)) expect(t, lesson.file).not.toMatch(/unpublished port is unreachable/);
  });

  it('mentions RUN --mount=type=bind where lessons 5 and 6 say RUN cannot see the build context', () => {
    for (const slug of ['copy', 'run']) expect(bySlug(slug).body, slug).toContain('--mount=type=bind');
  });

  it('does not say an image is latest only because nobody gave it another tag', () => {
    for (const lesson of lessons) for (const t of everything(lesson)) expect(t, lesson.file).not.toMatch(/only because nobody gave it another tag/);
  });

  it('names -f in the title of lesson 10, whose slug links depend on', () => {
    const lesson = bySlug('custom-dockerfile-location');
    expect(lesson.frontmatter.title).toMatch(/(^|\s)-f\b/);
  });
});
