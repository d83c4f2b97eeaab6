'use client';

import './build.css';
import { useEffect, useRef, useState, type ComponentType } from 'react';

export interface BuildLabProps {
  /** Id of a preloaded project (lib/simulator/projects.ts). */
  project: string;
  /** Starting directory, relative to the project root ("." by default). */
  cwd?: string;
  /** A command offered to the learner (prefilled, never run automatically). */
  command?: string;
  /** Accessible name of the lab; give each lab on a page its own. */
  title?: string;
}

type Live = ComponentType<BuildLabProps & { focusOnLoad?: boolean }>;

/**
 * A build lab embedded in a lesson. The lesson text must not wait for the simulator, so this
 * renders a static placeholder and loads the lab (and the simulator core with it) through a
 * dynamic import once the lab comes near the viewport or the learner asks for it.
 */
export function BuildLab(props: BuildLabProps) {
  const { command, title = 'Build lab' } = props;
  const [Live, setLive] = useState<Live | null>(null);
  const [failed, setFailed] = useState(false);
  const [focusOnLoad, setFocusOnLoad] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  const requested = useRef(false);

  function load() {
    if (requested.current) return;
    requested.current = true;
    import('./BuildLabLive')
      .then((m) => setLive(() => m.default))
      .catch(() => setFailed(true));
  }

  useEffect(() => {
    const element = placeholder.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((r) => r.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <section className="build-lab" aria-label={title} data-build-lab={Live ? 'ready' : 'loading'}>
      {Live ? (
        <Live {...props} focusOnLoad={focusOnLoad} />
      ) : (
        <div className="build-lab-placeholder" ref={placeholder}>
          <pre className="terminal-output">{`$ ${command ?? ''}`}</pre>
          {failed ? (
            <p role="alert">The terminal could not load. Reload the page to try again.</p>
          ) : (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setFocusOnLoad(true);
                load();
              }}
            >
              Open the terminal
            </button>
          )}
        </div>
      )}
    </section>
  );
}
