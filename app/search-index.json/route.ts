import { getCourse } from '@/lib/content/loader';
import { buildSearchIndex } from '@/lib/content/search';

// Written once at build time into the static export as /search-index.json.
export const dynamic = 'force-static';

export function GET() {
  return new Response(buildSearchIndex(getCourse()), { headers: { 'Content-Type': 'application/json' } });
}
