'use client';

/**
 * The exercise builder (/instructors/exercise): a start project and its files, goals from the
 * catalog with their parameters, hints and the solution, validated as you type by the same schema
 * /exercise uses. A valid exercise gives a link (with its length), an exercise.json to download,
 * and "Try it"; "Check with the solution" runs the goals on the start and on the solution.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { checkExercise, solutionSnapshot, startSnapshot } from '@/lib/exercises';
import { CUSTOM_LINK_WARN_LENGTH, customExerciseFileText, customExerciseUrl, parseCustomExerciseFile, toExercise } from '@/lib/exercises/custom';
import type { GoalKind } from '@/lib/exercises/schema';
import { PROJECT_IDS, projectSnapshot } from '@/lib/workspace/projects';
import { workspaceFromSnapshot } from '@/lib/workspace/snapshot';
import { CATALOG, draftFromCustom, emptyDraft, mainDockerfileOf, newGoal, newKey, startPaths, validateDraft, type BuilderDraft } from './builder-draft';
import { StartOptions } from './StartOptions';
import { FilesEditor } from './FilesEditor';
import { GoalEditor } from './GoalEditor';
import { FieldError } from './FieldError';
import './custom-exercise.css';

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const noSubscription = () => () => {};

export function ExerciseBuilder() {
  const [draft, setDraft] = useState<BuilderDraft>(() => emptyDraft());
  const [kind, setKind] = useState<GoalKind>('workdir');
  const [status, setStatus] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [trial, setTrial] = useState<string | null>(null);
  // The page's own origin (empty while rendering on the server): the link points back at this site.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');

  const validation = useMemo(() => validateDraft(draft), [draft]);
  const problems = validation.problems;
  const url = validation.ok && origin ? customExerciseUrl({ origin }, validation.custom) : null;
  const projectFiles = useMemo(() => Object.fromEntries(Object.entries(projectSnapshot(draft.project).files).map(([p, f]) => [p, f.content])), [draft.project]);
  const update = (change: Partial<BuilderDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setTrial(null);
  };

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('The link is copied.');
    } catch {
      (document.getElementById('cx-link') as HTMLInputElement | null)?.select();
      setStatus('The browser would not copy: the link is selected, copy it with Ctrl+C.');
    }
  }

  function checkWithSolution() {
    if (!validation.ok) return;
    const exercise = toExercise(validation.custom);
    const start = startSnapshot(exercise);
    const atStart = checkExercise(exercise, workspaceFromSnapshot(start));
    const solved = checkExercise(exercise, workspaceFromSnapshot(solutionSnapshot(exercise, start)));
    const met = (r: typeof atStart) => r.goals.filter((g) => g.met).length;
    const unmet = solved.goals.filter((g) => !g.met).map((g) => `goal ${g.index + 1}: ${g.message}`);
    setTrial(
      `${atStart.solved ? 'The start already meets every goal: there is nothing for the learner to do.' : `The start meets ${met(atStart)} of ${atStart.goals.length} goals.`} ` +
        (solved.solved ? 'The solution meets every goal.' : `The solution misses ${unmet.length}: ${unmet.join(' ')}`),
    );
  }

  async function openFile(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = parseCustomExerciseFile(await file.text());
    if (!read.ok) {
      setFileError(`"${file.name}" was not opened. ${read.message} The form was not changed.`);
      return;
    }
    setFileError(null);
    setDraft(draftFromCustom(read.custom));
    setStatus(`"${read.custom.title}" is in the form.`);
  }

  const titleProblem = problems.get('title');
  const goalsProblem = problems.get('goals');
  const hintsProblem = [...problems].find(([p]) => p.startsWith('hints'));
  const startProblem = problems.get('start') ?? problems.get('start.project') ?? problems.get('start.command');

  return (
    <div className="cx-builder">
      <p className="cx-file">
        <label htmlFor="cx-builder-file">Change an exercise made earlier (exercise.json)</label>
        <input id="cx-builder-file" type="file" accept=".json,application/json" onChange={openFile} />
      </p>
      {fileError ? (
        <p className="wb-notice wb-notice-error" role="alert">
          {fileError}
        </p>
      ) : null}

      <div className="cx-field">
        <label htmlFor="cx-title-input">Title</label>
        <input id="cx-title-input" type="text" value={draft.title} aria-invalid={titleProblem ? true : undefined} aria-describedby={titleProblem ? 'cx-title-error' : undefined} onChange={(e) => update({ title: e.target.value })} />
        <FieldError id="cx-title-error" path="title" problem={titleProblem} />
      </div>

      <fieldset>
        <legend>Start</legend>
        <div className="cx-field">
          <label htmlFor="cx-project">Start project</label>
          <select
            id="cx-project"
            value={draft.project}
            onChange={(e) => {
              const project = e.target.value;
              update({ project, startFiles: [mainDockerfileOf(project)], solutionFiles: [mainDockerfileOf(project)], open: '', cwd: '', remove: [], dockerfile: '' });
              setStatus(`The start and solution files are now ${project}'s Dockerfile.`);
            }}
          >
            {PROJECT_IDS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="cx-field">
          <label htmlFor="cx-command">Command offered in the terminal (optional; never run by itself)</label>
          <input id="cx-command" type="text" value={draft.command} spellCheck={false} onChange={(e) => update({ command: e.target.value })} />
        </div>
        <FieldError path="start" problem={startProblem} />
        <StartOptions draft={draft} paths={startPaths(draft)} projectPaths={Object.keys(projectFiles).sort()} problems={problems} onChange={update} />
      </fieldset>

      <FilesEditor
        id="cx-start-files"
        legend="Start files"
        help="Files laid over the project when the exercise starts (added, or replacing the project's own). The main Dockerfile is here to begin with."
        entries={draft.startFiles}
        onChange={(startFiles) => update({ startFiles })}
        problems={problems}
        problemPrefix="start.files"
        projectFiles={projectFiles}
      />

      <fieldset aria-describedby={goalsProblem ? 'cx-goals-error' : undefined}>
        <legend>Goals</legend>
        <p>Goals check results (the analysis, a simulated build, what docker run would start), so any solution that works passes.</p>
        <FieldError id="cx-goals-error" path="goals" problem={goalsProblem} />
        {draft.goals.map((goal, i) => (
          <GoalEditor
            key={goal.key}
            entry={goal}
            index={i}
            problems={problems}
            onChange={(values) => update({ goals: draft.goals.map((g) => (g.key === goal.key ? { ...g, values } : g)) })}
            onRemove={() => update({ goals: draft.goals.filter((g) => g.key !== goal.key) })}
          />
        ))}
        <div className="cx-row">
          <label htmlFor="cx-goal-kind">Goal kind</label>
          <select id="cx-goal-kind" value={kind} onChange={(e) => setKind(e.target.value as GoalKind)}>
            {CATALOG.map((c) => (
              <option key={c.kind} value={c.kind}>
                {c.kind}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => update({ goals: [...draft.goals, newGoal(kind)] })}>
            Add goal
          </button>
        </div>
      </fieldset>

      <div className="cx-field">
        <label htmlFor="cx-hints">Hints (optional, one a line, shown one at a time after the hint about the learner&apos;s own files)</label>
        <textarea id="cx-hints" rows={3} value={draft.hints} aria-invalid={hintsProblem ? true : undefined} aria-describedby={hintsProblem ? 'cx-hints-error' : undefined} onChange={(e) => update({ hints: e.target.value })} />
        <FieldError id="cx-hints-error" path={hintsProblem?.[0] ?? ''} problem={hintsProblem?.[1]} />
      </div>

      <FilesEditor
        id="cx-solution-files"
        legend="Solution files"
        help="The files of a solution, laid over the learner's project by Show solution (after the learner confirms). Any solution that meets the goals passes, not only this one."
        entries={draft.solutionFiles}
        onChange={(solutionFiles) => update({ solutionFiles })}
        problems={problems}
        problemPrefix="solution.files"
        projectFiles={projectFiles}
        actions={
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => {
              update({ solutionFiles: draft.startFiles.map((f) => ({ ...f, key: newKey() })) });
              setStatus('The solution files are now a copy of the start files.');
            }}
          >
            Copy the start files here
          </button>
        }
      />

      <section className="cx-output" aria-labelledby="cx-output-title">
        <h2 id="cx-output-title">Your exercise</h2>
        {validation.ok ? (
          <>
            <p className="cx-valid">The exercise is valid.</p>
            {url ? (
              <>
                <div className="cx-field">
                  <label htmlFor="cx-link">Link to the exercise</label>
                  <input id="cx-link" type="text" readOnly value={url} aria-describedby="cx-link-length" onFocus={(e) => e.currentTarget.select()} />
                  <p id="cx-link-length">
                    {url.length.toLocaleString('en')} characters
                    {url.length > CUSTOM_LINK_WARN_LENGTH ? ': some chat and mail apps cut links this long, so the file may travel better.' : '.'}
                  </p>
                </div>
                <div className="cx-row">
                  <button type="button" className="button button-small" onClick={copy}>
                    Copy link
                  </button>
                  <button type="button" className="button button-small button-secondary" onClick={() => download(customExerciseFileText(validation.custom), 'exercise.json')}>
                    Download exercise.json
                  </button>
                  <a className="button button-small button-secondary" href={url} target="_blank" rel="noopener">
                    Try it (opens a new tab)
                  </a>
                  <button type="button" className="button button-small button-secondary" onClick={checkWithSolution}>
                    Check with the solution
                  </button>
                </div>
              </>
            ) : null}
            <p className="cx-trial" role="status">
              {trial}
            </p>
          </>
        ) : (
          <div className="cx-errors">
            <p>
              Not valid yet ({problems.size} problem{problems.size === 1 ? '' : 's'}): the link and the file are made once these are fixed.
            </p>
            <ul aria-label="Problems">
              {[...problems].map(([path, message]) => (
                <li key={path}>
                  <code>{path}</code>: {message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="visually-hidden" role="status">
          {status}
        </p>
      </section>
    </div>
  );
}
