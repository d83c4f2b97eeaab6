'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { BuildResult, DockerCli } from '@/lib/simulator/types';
import { createLabCli, simulateBuild } from './core';
import { Terminal, type TerminalEntry } from './Terminal';
import { FileTree } from './FileTree';
import { CacheView } from './CacheView';
import { CompareOrderings } from './CompareOrderings';
import { compareOrderings, type Comparison } from './compare';
import { orderingsFor } from './orderings';
import type { BuildLabProps } from './BuildLab';

const BUILD_COMMAND = /^\s*docker\s+(?:buildx\s+|image\s+)?build(?:\s|$)/;

function isBuildCommand(commandLine: string): boolean {
  return BUILD_COMMAND.test(commandLine);
}

function promptFor(cli: DockerCli): string {
  return `${cli.cwdAbsolute} $`;
}

/**
 * The interactive lab: project files, terminal, cache view and the ordering comparison, all
 * around one simulated docker CLI that belongs to this embed only. Loaded on demand by BuildLab.
 */
export default function BuildLabLive({ project, cwd, command, focusOnLoad }: BuildLabProps & { focusOnLoad?: boolean }) {
  const [cli] = useState(() => createLabCli(project, cwd));
  const [entries, setEntries] = useState<TerminalEntry[]>([]);
  const [version, setVersion] = useState(0);
  const [lastBuild, setLastBuild] = useState<{ command: string; result: BuildResult } | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [editPath, setEditPath] = useState<string | null>(null);
  const id = useId();
  const nextId = useRef(1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusOnLoad) input.current?.focus();
  }, [focusOnLoad]);

  const listed = cli.listFiles();
  const filePaths = listed.filter((e) => e.type === 'file').map((e) => e.path);
  const orderings = orderingsFor(filePaths);
  const chosenEdit = editPath !== null && filePaths.includes(editPath) ? editPath : orderings?.defaultEdit;

  function run(commandLine: string) {
    const prompt = promptFor(cli);
    const result = cli.run(commandLine);
    if (result.clear) setEntries([]);
    else setEntries((list) => [...list, { id: nextId.current++, prompt, command: commandLine, output: result.output, exitCode: result.exitCode }]);
    if (result.build) setLastBuild({ command: commandLine, result: result.build.result });
    // A build that failed before it started (bad -f, bad tag) has no steps: drop the old view.
    else if (isBuildCommand(commandLine)) setLastBuild(null);
    setVersion((v) => v + 1);
  }

  function compare() {
    if (!orderings || !chosenEdit) return;
    setComparison(compareOrderings(simulateBuild, cli.files(), orderings.orderings, chosenEdit));
  }

  return (
    <>
      <div className="build-lab-grid">
        <FileTree
          entries={listed}
          ops={cli}
          version={version}
          onChange={() => {
            setVersion((v) => v + 1);
            setComparison(null);
          }}
        />
        <Terminal entries={entries} prompt={promptFor(cli)} onRun={run} suggestedCommand={command} inputRef={input} />
      </div>
      {lastBuild ? <CacheView result={lastBuild.result} heading={`Cache view: ${lastBuild.command}`} /> : null}
      {orderings && chosenEdit ? (
        <section className="compare-section" aria-label="Compare two orderings">
          <h3 className="build-panel-title">Compare two orderings</h3>
          <p>
            Build the project with both Dockerfiles, make the same edit to one file, and rebuild: which steps run again,
            and how long does each rebuild take?
          </p>
          <div className="compare-controls">
            <label htmlFor={`${id}-edit`}>File to edit</label>
            <select id={`${id}-edit`} value={chosenEdit} onChange={(e) => { setEditPath(e.target.value); setComparison(null); }}>
              {filePaths.map((path) => (
                <option key={path} value={path}>
                  {path}
                </option>
              ))}
            </select>
            <button type="button" className="button button-small" onClick={compare}>
              Compare two orderings
            </button>
          </div>
          {comparison ? <CompareOrderings comparison={comparison} /> : null}
        </section>
      ) : null}
    </>
  );
}
