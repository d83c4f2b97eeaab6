import type { Lesson } from '@/lib/content/loader';
import { loadLessonExercises } from '@/lib/exercises/load';
import { embedPath, lessonAnchorPath, type EmbedTarget } from '@/lib/links/embed';
import { CopyLinkButton } from '@/components/lesson/CopyLinkButton';
import { CopyEmbedButton } from './CopyEmbedButton';

interface Place {
  anchor: string;
  kind: 'Step' | 'Question' | 'Exercise';
  title: string;
  embed: EmbedTarget;
}

function shorten(text: string, max = 110): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

function placesOf(lesson: Lesson): Place[] {
  const slug = lesson.frontmatter.slug;
  const exerciseData = loadLessonExercises(lesson);
  const steps: Place[] = lesson.steps.map((s) => ({ anchor: s.id, kind: 'Step', title: s.title, embed: { kind: 'step', slug, stepId: s.id } }));
  const exercises: Place[] = lesson.exercises.map((e) => ({
    anchor: e.id,
    kind: 'Exercise',
    title: exerciseData.find((d) => d.id === e.id)?.title ?? e.id,
    embed: { kind: 'exercise', slug, exerciseId: e.id },
  }));
  const questions: Place[] = lesson.questions.map((q) => ({ anchor: `quiz-${q.id}`, kind: 'Question', title: shorten(q.prompt), embed: { kind: 'quiz', slug, questionId: q.id } }));
  return [...steps, ...exercises, ...questions];
}

/** Every lesson with each step, exercise and quiz question as a link and an embed snippet to copy. */
export function LessonLinks({ lessons }: { lessons: Lesson[] }) {
  return (
    <ol className="instructors-lessons">
      {lessons.map((lesson) => {
        const { slug, title, order } = lesson.frontmatter;
        const places = placesOf(lesson);
        return (
          <li key={slug}>
            <details className="instructors-lesson">
              <summary>
                <span className="instructors-lesson-title">
                  {order}. {title}
                </span>{' '}
                <span className="instructors-lesson-count">({places.length} links)</span>
              </summary>
              <p>
                Lesson page: <a href={`/learn/${slug}/`}>{title}</a>
              </p>
              <ul className="instructors-places" aria-label={`Links into “${title}”`}>
                {places.map((place) => {
                  const path = lessonAnchorPath(slug, place.anchor);
                  const label = `${place.kind}: ${place.title} (${title})`;
                  return (
                    <li key={place.anchor}>
                      <span className="instructors-place-kind">{place.kind}</span>{' '}
                      <a href={path}>{place.title}</a> <code className="instructors-path">{path}</code>
                      <span className="instructors-place-actions">
                        <CopyLinkButton targetId={place.anchor} href={path} label={label} />
                        <CopyEmbedButton path={embedPath(place.embed)} what={`${place.kind.toLowerCase()} “${place.title}” of ${title}`} label={label} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
