import Link from '@/components/layout/Link';

type LessonRef = { slug: string; title: string } | undefined;

export function LessonPager({ previous, next }: { previous: LessonRef; next: LessonRef }) {
  return (
    <nav className="lesson-pager" aria-label="Previous and next lesson">
      {previous ? (
        <Link href={`/learn/${previous.slug}/`} className="pager-link pager-previous" rel="prev">
          <span className="pager-direction">Previous lesson</span>
          <span className="pager-title">{previous.title}</span>
        </Link>
      ) : (
        <Link href="/" className="pager-link pager-previous">
          <span className="pager-direction">Back to</span>
          <span className="pager-title">Course map</span>
        </Link>
      )}
      {next ? (
        <Link href={`/learn/${next.slug}/`} className="pager-link pager-next" rel="next">
          <span className="pager-direction">Next lesson</span>
          <span className="pager-title">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
