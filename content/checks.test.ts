// Checked code: every Dockerfile in the course is run through the project's own analyzer, and
// must produce exactly the diagnostics its author declared (like react.dev's checked fences).
// A block that teaches a mistake declares it (`expect="lw-run-data-file"`); every other block
// must be clean. `fragment` blocks are checked after an implied `FROM python:3.12-slim`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib';
import { lessonLinks, instructionLessons } from '@/lib/engine/lesson-links';
import { loadCourse } from '@/lib/content/loader';
import { analyzeInContext } from '@/lib/workbench/workspace-model';
import { contextInputFor } from '@/lib/workspace/context-input';
import { specSnapshot } from '@/lib/workspace/projects';
import { workspaceFromSnapshot } from '@/lib/workspace/snapshot';
import type { AnyQuizQuestion } from '@/lib/content/schema';
import { assembleOrder } from '@/lib/quiz/grade';

const FRAGMENT_BASE = 'FROM python:3.12-slim\n';

interface CheckedDockerfile {
  where: string;
  source: string;
  expect: string[];
  fragment: boolean;
}

const lessons = loadCourse();

function list(value: string | true | undefined): string[] {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

const dockerfiles: CheckedDockerfile[] = lessons.flatMap((lesson) => [
  ...lesson.codeBlocks
    .filter((b) => b.lang === 'dockerfile' || b.lang === 'docker')
    .map((b) => ({ where: `${lesson.file}:${b.line}`, source: b.code, expect: list(b.meta.expect), fragment: b.meta.fragment === true })),
  ...lesson.exercises.flatMap((ex) => [
    { where: `${lesson.file}:${ex.line} (${ex.startFile})`, source: ex.start, expect: ex.expect, fragment: false },
    ...(ex.solution !== null ? [{ where: `${lesson.file}:${ex.line} (${ex.solutionFile})`, source: ex.solution, expect: [], fragment: false }] : []),
  ]),
  ...lesson.questions.flatMap((q) => quizDockerfiles(q).map((source, i) => ({ where: `${path.relative(process.cwd(), lesson.dir)}/quiz.json question "${q.id}"${i ? ` (${i + 1})` : ''}`, source, expect: q.codeExpect ?? [], fragment: false }))),
]);

/** The Dockerfiles a question shows or builds: its code, an ordering's written order, a predict-the-cache file before and after an edited line. */
function quizDockerfiles(q: AnyQuizQuestion): string[] {
  const out: string[] = [];
  if (q.code && (q.codeLang ?? 'dockerfile') === 'dockerfile') out.push(q.code);
  if (q.type === 'ordering' && q.grading.by === 'cache') out.push(assembleOrder(q, q.items.map((i) => i.id)));
  if (q.type === 'predict-cache') {
    out.push(q.dockerfile);
    if (q.change.kind === 'instruction') {
      const lines = q.dockerfile.split('\n');
      lines[q.change.line - 1] = q.change.text;
      out.push(lines.join('\n'));
    }
  }
  return out;
}

describe('every lesson workspace opens a Dockerfile that is clean in its own project', () => {
  const workspaces = lessons.flatMap((lesson) => lesson.workspaces.map((w) => [`${lesson.file}:${w.line} <Workspace id="${w.id}">`, w] as const));

  it('finds workspaces', () => {
    expect(workspaces.length).toBeGreaterThanOrEqual(lessons.length);
  });

  it.each(workspaces)('%s', (_where, spec) => {
    const ws = workspaceFromSnapshot(specSnapshot(spec));
    const dockerfile = ws.mainDockerfile();
    expect(dockerfile).not.toBeNull();
    // Checked against the project as the build context: a COPY of a missing file fails here.
    const model = analyzeInContext(ws.read(dockerfile!)!, contextInputFor(ws, dockerfile!));
    expect(model.diagnostics.map((d) => `${d.line}: ${d.code} ${d.message}`)).toEqual([]);
  });
});

describe('every Dockerfile in the course produces exactly the diagnostics it declares', () => {
  it('finds Dockerfiles to check', () => {
    expect(dockerfiles.length).toBeGreaterThan(lessons.length);
  });

  it.each(dockerfiles.map((d) => [d.where, d] as const))('%s', (_where, d) => {
    const source = d.fragment ? FRAGMENT_BASE + d.source : d.source;
    const offset = d.fragment ? 1 : 0;
    const found = analyze(source).diagnostics;
    const codes = [...new Set(found.map((x) => x.code))].sort();
    const detail = found.map((x) => `  line ${x.line - offset}: ${x.code} (${x.severity}) ${x.message}`).join('\n');
    expect(codes, `${d.where}: declared expect="${d.expect.join(',')}" but the analyzer reports:\n${detail || '  (nothing)'}`).toEqual([...new Set(d.expect)].sort());
  });
});

describe('lesson links point to steps that exist', () => {
  const anchors = new Set(
    lessons.flatMap((l) => [
      `/learn/${l.frontmatter.slug}`,
      ...l.steps.map((s) => `/learn/${l.frontmatter.slug}#${s.id}`),
      ...l.exercises.map((e) => `/learn/${l.frontmatter.slug}#${e.id}`),
      ...(l.quiz ? [`/learn/${l.frontmatter.slug}#quiz`] : []),
    ]),
  );
  const links = [
    ...Object.entries(lessonLinks).map(([code, link]) => [`diagnostic ${code}`, link] as const),
    ...Object.entries(instructionLessons).map(([keyword, link]) => [`instruction ${keyword}`, link] as const),
  ];

  it.each(links)('%s -> %s', (_what, link) => {
    expect(anchors, `no lesson step at ${link}`).toContain(link.replace(/\/#/, '#').replace(/\/$/, ''));
  });

  it('the analyzer attaches the link to the diagnostics it teaches', () => {
    const withLesson = dockerfiles.flatMap((d) => analyze(d.source).diagnostics).filter((x) => x.lesson);
    for (const diagnostic of withLesson) expect(anchors).toContain(diagnostic.lesson!.replace(/\/#/, '#').replace(/\/$/, ''));
  });
});
