import Link from '@/components/layout/Link';
import { ThemeToggle } from '@/components/theme/ThemeToggle';
import { SearchBox } from '@/components/search/SearchBox';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
            <rect x="3" y="14" width="18" height="5" rx="1.5" fill="currentColor" opacity="0.95" />
            <rect x="5" y="8.5" width="14" height="4.5" rx="1.5" fill="currentColor" opacity="0.7" />
            <rect x="7" y="3.5" width="10" height="4" rx="1.5" fill="currentColor" opacity="0.45" />
          </svg>
          Layerwise
        </Link>
        <nav aria-label="Site" className="site-nav">
          <Link href="/">Course</Link>
          <Link href="/playground/">Playground</Link>
          <Link href="/exam/">Exam</Link>
          <Link href="/progress/">Your progress</Link>
          <Link href="/instructors/">Instructors</Link>
        </nav>
        <div className="site-header-tools">
          <SearchBox />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
