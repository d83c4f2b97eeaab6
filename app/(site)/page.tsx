import Link from '@/components/layout/Link';
import { getCourse } from '@/lib/content/loader';
import { lessonOutline } from '@/lib/progress/outline';
import { LessonProgressStatus } from '@/components/progress/LessonProgressStatus';

export default function CourseMap() {
  const lessons = getCourse();
  return (
    <div className="page course-map">
      <h1>Docker images, layer by layer</h1>
      <p className="lede">
        Learn what a Docker image really is, write a Dockerfile for a small Python app, and see every instruction turn into
        layers and config as you type. {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}, in order.
      </p>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.frontmatter.slug} className="lesson-card">
            <span className="lesson-number" aria-hidden="true">
              {lesson.frontmatter.order}
            </span>
            <div>
              <h2>
                <Link href={`/learn/${lesson.frontmatter.slug}/`}>{lesson.frontmatter.title}</Link>
              </h2>
              <p>{lesson.frontmatter.summary}</p>
              <p className="lesson-meta">
                {lesson.steps.length} steps{lesson.questions.length ? ` · ${lesson.questions.length} quiz questions` : ''}
              </p>
              <LessonProgressStatus outline={lessonOutline(lesson)} />
            </div>
          </li>
        ))}
      </ol>
      <section className="course-exam" aria-labelledby="course-exam-title">
        <h2 id="course-exam-title">Test yourself</h2>
        <p>
          The <Link href="/exam/">exam</Link> mixes questions of every kind from all {lessons.length} lessons, scores them at the end and
          links each miss to the step that teaches it. Each attempt has its own link; a retake draws new questions.
        </p>
      </section>
    </div>
  );
}
