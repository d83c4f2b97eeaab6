'use client';

/** A set of files as path + text boxes (the start files, the solution files), with add and remove. */
import { useState } from 'react';
import { newKey, type FileEntry } from './builder-draft';
import { FieldError } from './FieldError';

export function FilesEditor({
  id,
  legend,
  help,
  entries,
  onChange,
  problems,
  problemPrefix,
  projectFiles,
  actions,
}: {
  id: string;
  legend: string;
  help: string;
  entries: FileEntry[];
  onChange(next: FileEntry[]): void;
  problems: Map<string, string>;
  /** `start.files` or `solution.files`: where the schema reports this set's problems. */
  problemPrefix: string;
  /** The project's files (path to content), offered for editing. */
  projectFiles: Record<string, string>;
  actions?: React.ReactNode;
}) {
  const offered = Object.keys(projectFiles).filter((p) => !entries.some((e) => e.path === p));
  const [pick, setPick] = useState('');
  const chosen = offered.includes(pick) ? pick : (offered[0] ?? '');
  const setEntry = (key: number, change: Partial<FileEntry>) => onChange(entries.map((e) => (e.key === key ? { ...e, ...change } : e)));
  const setProblem = problems.get(problemPrefix);
  return (
    <fieldset aria-describedby={`${id}-help${setProblem ? ` ${id}-error` : ''}`}>
      <legend>{legend}</legend>
      <p id={`${id}-help`}>{help}</p>
      <FieldError id={`${id}-error`} path={problemPrefix} problem={setProblem} />
      {entries.map((entry, i) => {
        const problem = [...problems].find(([path]) => path.startsWith(`${problemPrefix}.${entry.path}`) || (entry.path === '' && path.startsWith(`${problemPrefix}.`)));
        const errorId = `${id}-${entry.key}-error`;
        return (
          <div key={entry.key} className="cx-file-entry">
            <div className="cx-field">
              <label htmlFor={`${id}-${entry.key}-path`}>Path of file {i + 1}</label>
              <input
                id={`${id}-${entry.key}-path`}
                type="text"
                value={entry.path}
                spellCheck={false}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? errorId : undefined}
                onChange={(e) => setEntry(entry.key, { path: e.target.value })}
              />
              <FieldError id={errorId} path={problem?.[0] ?? ''} problem={problem?.[1]} />
            </div>
            <div className="cx-field">
              <label htmlFor={`${id}-${entry.key}-content`}>Content of {entry.path || `file ${i + 1}`}</label>
              <textarea id={`${id}-${entry.key}-content`} rows={Math.min(16, Math.max(4, entry.content.split('\n').length + 1))} value={entry.content} spellCheck={false} onChange={(e) => setEntry(entry.key, { content: e.target.value })} />
            </div>
            <button type="button" className="button button-small button-secondary" onClick={() => onChange(entries.filter((e) => e.key !== entry.key))}>
              Remove {entry.path || `file ${i + 1}`}
            </button>
          </div>
        );
      })}
      <div className="cx-row">
        <button type="button" className="button button-small button-secondary" onClick={() => onChange([...entries, { key: newKey(), path: '', content: '' }])}>
          Add a new file
        </button>
        {offered.length > 0 ? (
          <>
            <label htmlFor={`${id}-pick`}>Project file</label>
            <select id={`${id}-pick`} value={chosen} onChange={(e) => setPick(e.target.value)}>
              {offered.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
            <button type="button" className="button button-small button-secondary" onClick={() => chosen && onChange([...entries, { key: newKey(), path: chosen, content: projectFiles[chosen] }])}>
              Edit this project file
            </button>
          </>
        ) : null}
        {actions}
      </div>
    </fieldset>
  );
}
