'use client';

/**
 * The workspace's terminal: a simulated shell over the same project the editor edits (so
 * `docker build` builds what the editor holds), the last build's cache details, and, for the
 * hello_world project, the "compare two orderings" experiment. Collapsed behind one button on
 * lessons that do not build, open where the lesson suggests a command.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { build } from '@/lib/simulator/build';
import type { BuildResult } from '@/lib/simulator/types';
import type { Workspace } from '@/lib/workspace/workspace';
import { warmUp } from '@/lib/workspace/warm-up';
import { afterLoadIdle } from '@/components/layout/after-load';
import { Terminal, type TerminalEntry } from '@/components/build/Terminal';
import { CacheView } from '@/components/build/CacheView';
import { CompareOrderings } from '@/components/build/CompareOrderings';
import { compareOrderings, type Comparison } from '@/components/build/compare';
import { orderingsFor } from '@/components/build/orderings';
import { Heading } from '@/components/workbench/Heading';
import '@/components/build/build.css';

export function WorkspaceTerminal({
  workspace,
  headingLevel,
  idPrefix,
  initiallyOpen,
}: {
  workspace: Workspace;
  headingLevel: 2 | 3;
  idPrefix: string;
  initiallyOpen: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  const [entries, setEntries] = useState<TerminalEntry[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [editPath, setEditPath] = useState<string | null>(null);
  const nextId = useRef(1);
  const input = useRef<HTMLInputElement>(null);
  const headingId = `${idPrefix}-terminal-title`;

  // Once the terminal is open, a throwaway build of a copy while the browser is idle, so that the
  // learner's first build answers as fast as the later ones (lib/workspace/warm-up.ts).
  useEffect(() => {
    if (!open) return;
    return afterLoadIdle(() => warmUp(workspace), 2000);
  }, [open, workspace]);
  const bodyId = `${idPrefix}-terminal-body`;

  function run(commandLine: string) {
    const prompt = workspace.prompt;
    const result = workspace.run(commandLine);
    if (result.clear) setEntries([]);
    else setEntries((list) => [...list, { id: nextId.current++, prompt, command: commandLine, output: result.output, exitCode: result.exitCode }]);
  }

  const paths = workspace.filePaths();
  const orderings = orderingsFor(paths);
  const chosenEdit = editPath !== null && paths.includes(editPath) ? editPath : orderings?.defaultEdit;
  const last = workspace.lastBuild;

  return (
    <section className="ws-terminal" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className="wb-section-title ws-terminal-heading">
        <button
          type="button"
          className="ws-disclosure"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            setOpen(!open);
            if (!open) requestAnimationFrame(() => input.current?.focus());
          }}
        >
          Terminal and build cache
        </button>
      </Heading>
      <div id={bodyId} hidden={!open}>
        {open ? (
          <>
            <Terminal entries={entries} prompt={workspace.prompt} onRun={run} suggestedCommand={workspace.command ?? undefined} inputRef={input} />
            {last ? (
              <details className="ws-cache-details">
                <summary>Cache details of the last build</summary>
                <CacheView result={last.result as BuildResult} heading={`Cache view: ${last.command}`} headingLevel={headingLevel === 2 ? 3 : 4} />
              </details>
            ) : null}
            {orderings && chosenEdit ? (
              <details className="compare-section">
                <summary>Compare two orderings</summary>
                <p>
                  Build the project with both Dockerfiles, make the same edit to one file, and rebuild: which steps run again, and how long does each rebuild
                  take? (This runs on a copy: your files stay as they are.)
                </p>
                <div className="compare-controls">
                  <label htmlFor={`${id}-edit`}>File to edit</label>
                  <select
                    id={`${id}-edit`}
                    value={chosenEdit}
                    onChange={(e) => {
                      setEditPath(e.target.value);
                      setComparison(null);
                    }}
                  >
                    {paths.map((path) => (
                      <option key={path} value={path}>
                        {path}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setComparison(compareOrderings((request, cache) => build(request, cache), workspace.files(), orderings.orderings, chosenEdit))}
                  >
                    Compare two orderings
                  </button>
                </div>
                {comparison ? <CompareOrderings comparison={comparison} /> : null}
              </details>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
