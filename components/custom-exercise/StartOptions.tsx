'use client';

/**
 * The rest of an exercise's start: the file open in the editor, the terminal's directory, project
 * files taken away, and the Dockerfile the analysis goals read. Each is a choice among what the
 * start workspace holds, so the form cannot name a file that is not there; the schema still
 * checks (a file read back from exercise.json may), and its problem is shown at the field.
 */
import { isDockerfilePath } from '@/lib/workspace/workspace';
import type { BuilderDraft } from './builder-draft';
import { FieldError } from './FieldError';

function dirsOf(paths: readonly string[]): string[] {
  const dirs = new Set<string>(['.']);
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return [...dirs].sort();
}

/** One start option: a choice among `choices`, "" for the default, with its schema problem. */
function PathSelect({
  id,
  label,
  defaultText,
  value,
  choices,
  path,
  problem,
  onChange,
  optionText = (choice) => choice,
}: {
  id: string;
  label: string;
  defaultText: string;
  value: string;
  choices: string[];
  path: string;
  problem: string | undefined;
  onChange(value: string): void;
  optionText?(choice: string): string;
}) {
  // A value read from a file that is no longer among the choices stays shown (and is reported).
  const shown = value && !choices.includes(value) ? [...choices, value] : choices;
  return (
    <div className="cx-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)}>
        <option value="">{defaultText}</option>
        {shown.map((choice) => (
          <option key={choice} value={choice}>
            {optionText(choice)}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} path={path} problem={problem} />
    </div>
  );
}

export function StartOptions({
  draft,
  paths,
  projectPaths,
  problems,
  onChange,
}: {
  draft: BuilderDraft;
  /** The start workspace's files. */
  paths: string[];
  /** The project's own files (what can be taken away). */
  projectPaths: string[];
  problems: Map<string, string>;
  onChange(change: Partial<BuilderDraft>): void;
}) {
  const removeProblem = [...problems].find(([p]) => p.startsWith('start.remove'));
  const dockerfiles = paths.filter(isDockerfilePath);
  return (
    <>
      <PathSelect
        id="cx-open"
        label="File open in the editor at the start"
        defaultText="The Dockerfile the exercise changes, else the project's main one"
        value={draft.open}
        choices={paths}
        path="start.open"
        problem={problems.get('start.open')}
        onChange={(open) => onChange({ open })}
      />
      <PathSelect
        id="cx-cwd"
        label="Terminal's working directory at the start"
        defaultText="The project's own (its root unless it says otherwise)"
        value={draft.cwd}
        choices={dirsOf(paths)}
        path="start.cwd"
        problem={problems.get('start.cwd')}
        onChange={(cwd) => onChange({ cwd })}
        optionText={(d) => (d === '.' ? '. (the project root)' : d)}
      />
      <PathSelect
        id="cx-dockerfile"
        label="Dockerfile the analysis goals read"
        defaultText="The one the command builds, else the main one"
        value={draft.dockerfile}
        choices={dockerfiles}
        path="dockerfile"
        problem={problems.get('dockerfile')}
        onChange={(dockerfile) => onChange({ dockerfile })}
      />
      <fieldset aria-describedby={removeProblem ? 'cx-remove-error' : undefined}>
        <legend>Project files the exercise takes away (optional)</legend>
        {projectPaths.map((p, i) => (
          <div key={p} className="cx-field cx-field-check">
            <input
              id={`cx-remove-${i}`}
              type="checkbox"
              checked={draft.remove.includes(p)}
              onChange={(e) => onChange({ remove: e.target.checked ? [...draft.remove, p] : draft.remove.filter((r) => r !== p) })}
            />
            <label htmlFor={`cx-remove-${i}`}>{p}</label>
          </div>
        ))}
        <FieldError id="cx-remove-error" path={removeProblem?.[0] ?? ''} problem={removeProblem?.[1]} />
      </fieldset>
    </>
  );
}
