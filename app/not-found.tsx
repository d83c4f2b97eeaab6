import Link from '@/components/layout/Link';
import { SiteChrome } from '@/components/layout/SiteChrome';

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="page not-found">
        <h1>Page not found</h1>
        <p>This page does not exist. The link may be mistyped, or the lesson may have moved.</p>
        <ul>
          <li>
            <Link href="/">Go to the course map</Link> to see every lesson in order.
          </li>
          <li>Or try a Dockerfile in the <Link href="/playground/">playground</Link>.</li>
        </ul>
      </div>
    </SiteChrome>
  );
}
