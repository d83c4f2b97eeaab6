import MiniSearch, { type Options } from 'minisearch';
import type { Lesson } from './loader';

/** One searchable unit: a lesson step (or the lesson itself), with its deep link. */
export interface SearchDocument {
  id: string;
  url: string;
  lesson: string;
  title: string;
  text: string;
}

// Shared by the build (which serialises the index) and the browser (which loads it).
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'lesson', 'text'],
  storeFields: ['url', 'lesson', 'title'],
  searchOptions: { boost: { title: 3, lesson: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
};

export function searchDocuments(lessons: Lesson[]): SearchDocument[] {
  return lessons.flatMap((lesson) => {
    const { slug, title, summary, objectives } = lesson.frontmatter;
    const base = `/learn/${slug}/`;
    const intro: SearchDocument = { id: slug, url: base, lesson: title, title, text: `${summary} ${objectives.join(' ')}` };
    const steps = lesson.steps.map((step) => ({
      id: `${slug}#${step.id}`,
      url: `${base}#${step.id}`,
      lesson: title,
      title: step.title,
      text: step.text,
    }));
    return [intro, ...steps];
  });
}

/** The serialised MiniSearch index, written once at build time as a static JSON file. */
export function buildSearchIndex(lessons: Lesson[]): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments(lessons));
  return JSON.stringify(index);
}

export interface SearchHit {
  url: string;
  lesson: string;
  title: string;
}

export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
}

export function search(index: MiniSearch<SearchDocument>, query: string, limit = 8): SearchHit[] {
  if (!query.trim()) return [];
  return index
    .search(query)
    .slice(0, limit)
    .map((r) => ({ url: r.url as string, lesson: r.lesson as string, title: r.title as string }));
}
