import { describe, expect, it } from 'vitest';
import { loadCourse } from './loader';
import { buildSearchIndex, loadSearchIndex, search, searchDocuments } from './search';

describe('course search', () => {
  const lessons = loadCourse();

  it('indexes every lesson and every step with a deep link', () => {
    const docs = searchDocuments(lessons);
    for (const lesson of lessons) {
      expect(docs.some((d) => d.url === `/learn/${lesson.frontmatter.slug}/`)).toBe(true);
      for (const step of lesson.steps) expect(docs.some((d) => d.url === `/learn/${lesson.frontmatter.slug}/#${step.id}`)).toBe(true);
    }
  });

  it('finds a step by words of its text after a round trip through the serialised index', () => {
    const index = loadSearchIndex(buildSearchIndex(lessons));
    const hits = search(index, 'writable layer');
    expect(hits[0]).toMatchObject({ url: '/learn/images-are-layers/#what-is-an-image' });
    expect(search(index, '')).toEqual([]);
    expect(search(index, 'qqzzxxnotaword')).toEqual([]);
  });
});
