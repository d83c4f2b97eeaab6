'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import type MiniSearch from 'minisearch';
import type { SearchDocument, SearchHit } from '@/lib/content/search';

/**
 * Course search in the header: an ARIA 1.2 combobox over a static MiniSearch index that is
 * fetched (same origin) the first time the box gets focus, so pages don't pay for it up front.
 */
export function SearchBox() {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const index = useRef<Promise<MiniSearch<SearchDocument>> | null>(null);
  const searchFn = useRef<typeof import('@/lib/content/search').search | null>(null);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);

  function loadIndex() {
    // MiniSearch and the index load on first focus, so pages don't pay for search up front.
    index.current ??= Promise.all([
      import('@/lib/content/search'),
      fetch('/search-index.json').then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status))))),
    ]).then(([lib, json]) => {
      searchFn.current = lib.search;
      return lib.loadSearchIndex(json);
    });
    index.current.catch(() => setFailed(true));
    return index.current;
  }

  async function update(value: string) {
    setQuery(value);
    setActive(-1);
    if (!value.trim()) {
      setHits([]);
      setOpen(false);
      return;
    }
    try {
      const loaded = await loadIndex();
      const results = searchFn.current!(loaded, value);
      setHits(results);
      setOpen(true);
    } catch {
      setFailed(true);
      setOpen(true);
    }
  }

  function go(hit: SearchHit) {
    setOpen(false);
    setQuery('');
    setHits([]);
    router.push(hit.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (event.key === 'Enter' && open && hits.length) {
      event.preventDefault();
      go(hits[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      if (open) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  useEffect(() => {
    function close(e: MouseEvent) {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    }
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = open && query.trim() !== '';

  return (
    <div className="search" ref={root} role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search the course
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        className="search-input"
        placeholder="Search lessons…"
        autoComplete="off"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onFocus={() => void loadIndex()}
        onChange={(e) => void update(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
          {hits.map((hit, i) => (
            <li
              key={hit.url}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-result"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-result-title">{hit.title}</span>
              {hit.title !== hit.lesson ? <span className="search-result-lesson">{hit.lesson}</span> : null}
            </li>
          ))}
        </ul>
        <p className="search-empty" role="status">
          {expanded ? (failed ? 'Search is unavailable: the index could not be loaded.' : hits.length ? `${hits.length} results` : `No lessons match “${query}”.`) : ''}
        </p>
      </div>
    </div>
  );
}
