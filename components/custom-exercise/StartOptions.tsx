'use client';

/**
 * The rest of an exercise's start: the file open in the editor, the terminal's directory, project
 * files taken away, and the Dockerfile the analysis goals read. Each is a choice among what the
 * start workspace holds, so the form cannot name a file that is not there; the schema still
 * checks (a file read back from exercise.json may), and its problem is shown at the field.
 */
import { isDockerfilePath } from '@/lib/workspace/workspace';
import type { BuilderDraft } from './builder-draft';

function dirsOf(paths: readonly string[]): string[] {
  const dirs = new Set<string>(['.']);
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return [...dirs].sort();
}

function FieldError({ id, path, problem }: { id: string; path: string; problem: string | undefined }) {
  return problem ? (
    <p className="cx-field-error" id={id}>
      {path}: {problem}
    </p>
  ) : null;
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
  const openProblem = problems.get('start.open');
  const cwdProblem = problems.get('start.cwd');
  const dockerfileProblem = problems.get('dockerfile');
  const removeProblem = [...problems].find(([p]) => p.startsWith('start.remove'));
  // A value read from a file that is no longer among the choices stays shown (and is reported).
  const withCurrent = (list: string[], current: string) => (current && !list.includes(current) ? [...list, current] : list);
  const dockerfiles = paths.filter(isDockerfilePath);
  return (
    <>
      <div className="cx-field">
        <label htmlFor="cx-open">File open in the editor at the start</label>
        <select id="cx-open" value={draft.open} aria-invalid={openProblem ? true : undefined} aria-describedby={openProblem ? 'cx-open-error' : undefined} onChange={(e) => onChange({ open: e.target.value })}>
          <option value="">The Dockerfile the exercise changes, else the project&apos;s main one</option>
          {withCurrent(paths, draft.open).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <FieldError id="cx-open-error" path="start.open" problem={openProblem} />
      </div>
      <div className="cx-field">
        <label htmlFor="cx-cwd">Terminal&apos;s working directory at the start</label>
        <select id="cx-cwd" value={draft.cwd} aria-invalid={cwdProblem ? true : undefined} aria-describedby={cwdProblem ? 'cx-cwd-error' : undefined} onChange={(e) => onChange({ cwd: e.target.value })}>
          <option value="">The project&apos;s own (its root unless it says otherwise)</option>
          {withCurrent(dirsOf(paths), draft.cwd).map((d) => (
            <option key={d} value={d}>
              {d === '.' ? '. (the project root)' : d}
            </option>
          ))}
        </select>
        <FieldError id="cx-cwd-error" path="start.cwd" problem={cwdProblem} />
      </div>
      <div className="cx-field">
        <label htmlFor="cx-dockerfile">Dockerfile the analysis goals read</label>
        <select id="cx-dockerfile" value={draft.dockerfile} aria-invalid={dockerfileProblem ? true : undefined} aria-describedby={dockerfileProblem ? 'cx-dockerfile-error' : undefined} onChange={(e) => onChange({ dockerfile: e.target.value })}>
          <option value="">The one the command builds, else the main one</option>
          {withCurrent(dockerfiles, draft.dockerfile).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <FieldError id="cx-dockerfile-error" path="dockerfile" problem={dockerfileProblem} />
      </div>
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
        {removeProblem ? (
          <p className="cx-field-error" id="cx-remove-error">
            {removeProblem[0]}: {removeProblem[1]}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
