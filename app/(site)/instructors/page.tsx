import type { Metadata } from 'next';
import Link from '@/components/layout/Link';
import { getCourse } from '@/lib/content/loader';
import { lessonWorkspaceOptions } from '@/lib/links/lesson-workspaces';
import { LessonLinks } from '@/components/instructors/LessonLinks';
import { LinkBuilderLoader } from '@/components/instructors/LinkBuilderLoader';
import type { BuilderLesson } from '@/components/instructors/builder-data';
import '@/components/instructors/instructors.css';

export const metadata: Metadata = {
  title: 'For instructors',
  description: 'Link to any step, quiz question or exercise of Layerwise, with a prepared workspace, or embed it in your course pages.',
};

export default function InstructorsPage() {
  const lessons = getCourse();
  const builderLessons: BuilderLesson[] = lessons.map((lesson) => ({
    slug: lesson.frontmatter.slug,
    title: lesson.frontmatter.title,
    steps: lesson.steps.map(({ id, title }) => ({ id, title })),
    workspaces: lessonWorkspaceOptions(lesson),
  }));
  return (
    <div className="page instructors-page">
      <h1>For instructors</h1>
      <p className="lede">
        Send learners to an exact place in the course, with a workspace you prepared, or put a step, a question, an exercise or the playground into
        your own course pages. Everything below is a plain address: no account, no server, nothing to install.
      </p>

      <section aria-labelledby="how-links-work">
        <h2 id="how-links-work">How links work</h2>
        <ul>
          <li>
            A step link, such as <code>/learn/copy/#copy-basics</code>, opens the lesson scrolled to that step and marks it in the steps list. Quiz
            questions link as <code>#quiz-&lt;question-id&gt;</code>, exercises by their id.
          </li>
          <li>
            A link can also carry a workspace: <code>/learn/&lt;lesson&gt;/#&lt;step&gt;&amp;ws=&lt;workspace&gt;&amp;workspace=w1.…</code>. The
            lesson opens at the step with that workspace in its panel: the files you changed, the file you left open, the terminal’s folder and the
            suggested command. If a learner already has their own work there, the page asks before loading yours and keeps theirs aside. The same{' '}
            <code>#workspace=w1.…</code> part opens in the playground (<code>/playground/#workspace=w1.…</code>).
          </li>
          <li>
            The workspace travels in the part after <code>#</code>, compressed and checksummed: it is never sent to a server, a damaged or cut-off
            link says so instead of opening something nobody wrote, and nothing in a link is ever run. Links over 2,000 characters get a warning,
            because some LMSs and chat tools cut long links.
          </li>
          <li>
            In a lesson, <strong>Copy link with this workspace</strong> (under the workspace) copies a link to the current step with the workspace
            as it is.
          </li>
        </ul>
      </section>

      <section aria-labelledby="how-embedding-works">
        <h2 id="how-embedding-works">How embedding works</h2>
        <p>
          Each step, quiz question and exercise also has an embed address that shows it without the site’s header and footer, for an{' '}
          <code>&lt;iframe&gt;</code> in an LMS page or a slide:
        </p>
        <ul>
          <li>
            <code>/embed/step/&lt;lesson&gt;/&lt;step&gt;/</code>, optionally followed by <code>#workspace=w1.…</code>
          </li>
          <li>
            <code>/embed/quiz/&lt;lesson&gt;/&lt;question&gt;/</code>
          </li>
          <li>
            <code>/embed/exercise/&lt;lesson&gt;/&lt;exercise&gt;/</code>
          </li>
          <li>
            <code>/embed/playground/</code>, optionally followed by <code>#workspace=w1.…</code>
          </li>
        </ul>
        <p>
          The embed code is <code>&lt;iframe src=&quot;…&quot; title=&quot;Layerwise: …&quot; width=&quot;100%&quot; height=&quot;640&quot; loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;</code>;
          every <strong>Copy embed code</strong> button below gives it with the full address.
        </p>
      </section>

      <section aria-labelledby="link-builder-title">
        <h2 id="link-builder-title">Link builder</h2>
        <p>
          Pick a lesson and a step, prepare the workspace (change the Dockerfile, add a file, leave a file open), then copy the link or the embed
          code. The workspace below is the same one learners get: problems, layers and the terminal work here too.
        </p>
        <LinkBuilderLoader lessons={builderLessons} />
      </section>

      <section aria-labelledby="custom-exercises-title">
        <h2 id="custom-exercises-title">Custom exercises</h2>
        <p>
          Write your own exercise (a start project, goals checked on results, hints and a solution) and share it as a link:{' '}
          <Link href="/instructors/exercise/">make a custom exercise</Link>.
        </p>
      </section>

      <section aria-labelledby="all-links-title">
        <h2 id="all-links-title">Every lesson, step by step</h2>
        <p>Each step, exercise and quiz question, with its link and its embed code.</p>
        <LessonLinks lessons={lessons} />
      </section>
    </div>
  );
}
