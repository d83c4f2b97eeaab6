'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

type Theme = 'light' | 'dark';

// The theme lives on <html data-theme>, set before paint by the inline theme script;
// React only reads it, so server HTML and the first client render agree.
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
const readTheme = (): Theme | null => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
const serverTheme = (): Theme | null => null;

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

/** Dark mode follows the system until the learner chooses; the choice is remembered. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, serverTheme);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = (e: MediaQueryListEvent) => {
      if (localStorage.getItem(THEME_STORAGE_KEY)) return; // an explicit choice wins
      applyTheme(e.matches ? 'dark' : 'light');
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  function toggle() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // storage may be unavailable (private mode); the theme still changes for this page
    }
  }

  return (
    <button type="button" className="icon-button" aria-pressed={theme === 'dark'} onClick={toggle} disabled={theme === null}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <path fill="currentColor" d="M6 .3a.8.8 0 0 1 .2.9 6 6 0 0 0 7.7 7.7.8.8 0 0 1 1 1A7.6 7.6 0 1 1 5 .1a.8.8 0 0 1 1 .2z" />
      </svg>
      <span>Dark mode</span>
    </button>
  );
}
