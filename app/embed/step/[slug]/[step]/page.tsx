import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { workspaceForStep } from '@/lib/content/embed';
import { getCourse, getLesson } from '@/lib/content/loader';
import { sitePath } from '@/lib/embed/urls';
import { specSnapshot } from '@/lib/workspace/projects';
import { LessonBody } from '@/components/lesson/LessonBody';
import { StepTracker } from '@/components/lesson/StepTracker';
import { WorkspacePanel } from '@/components/workspace/WorkspacePanel';
import { EmbedBar } from '@/components/embed/EmbedBar';
import { WorkspaceLinkOpener } from '@/components/embed/WorkspaceLinkOpener';

type Params = { slug: string; step: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCourse().flatMap((lesson) => lesson.steps.map((step) => ({ slug: lesson.frontmatter.slug, step: step.id })));
}

function find({ slug, step }: Params) {
  const lesson = getLesson(slug);
  const found = lesson?.steps.find((s) => s.id === step);
  return lesson && found ? { lesson, step: found } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  return found ? { title: `${found.step.title} (${found.lesson.frontmatter.title})` } : {};
}

/** One step of a lesson, its text and the workspace it works in (`#workspace=...` opens a prepared one). */
export default async function StepEmbed({ params }: { params: Promise<Params> }) {
  const found = find(await params);
  if (!found) notFound();
  const { lesson, step } = found;
  const slug = lesson.frontmatter.slug;
  const spec = workspaceForStep(lesson, step.id);
  const first = spec === null || spec === lesson.workspaces[0];
  const start =
    spec && !first ? { id: spec.id, project: spec.project, snapshot: specSnapshot(spec), label: spec.title, terminal: spec.command !== null } : undefined;
  return (
    <>
      <EmbedBar kicker={`Layerwise · lesson ${lesson.frontmatter.order}`} title={lesson.frontmatter.title} href={sitePath.step(slug, step.id)} />
      <div className="embed-columns">
        <div className="lesson-text">
          <LessonBody lesson={lesson} only={{ element: 'Step', id: step.id }} />
        </div>
        <div>
          <WorkspaceLinkOpener project={spec?.project ?? 'python-app'} />
          <WorkspacePanel lesson={lesson} start={start} keepDraft={first} readsLink={false} />
        </div>
      </div>
      <StepTracker lesson={slug} stepIds={[step.id]} />
    </>
  );
}
