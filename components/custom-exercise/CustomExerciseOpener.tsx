'use client';

/**
 * /exercise: opens a custom exercise from the address (`#exercise=x1...`) or from an
 * exercise.json the learner picks. Anything that is not a valid exercise is refused with a
 * message that names what is wrong, and nothing on the page changes; an exercise the learner has
 * worked on is replaced only after they say so.
 */
import dynamic from 'next/dynamic';
import Link from '@/components/layout/Link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CUSTOM_MAX_LENGTH, decodeCustomHash, parseCustomExerciseFile, type CustomRead } from '@/lib/exercises/custom';
import { startWorkspace, type Exercise } from '@/lib/exercises';
import type { Workspace } from '@/lib/workspace/workspace';
import { useProgress } from '@/components/progress/useProgress';
import './custom-exercise.css';

const CustomExerciseWorkspace = dynamic(() => import('./CustomExerciseWorkspace').then((m) => m.CustomExerciseWorkspace), {
  ssr: false,
  loading: () => <p className="cx-loading">Loading the workspace…</p>,
});

type Opened = Extract<CustomRead, { ok: true }>;
interface Current {
  exercise: Exercise;
  workspace: Workspace;
  from: 'link' | 'file';
}

export function CustomExerciseOpener() {
  const [current, setCurrent] = useState<Current | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<{ read: Opened; from: 'link' | 'file' } | null>(null);
  const currentRef = useRef<Current | null>(null);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);
  const { progress } = useProgress();

  const open = useCallback((read: Opened, from: 'link' | 'file') => {
    setCurrent({ exercise: read.exercise, workspace: startWorkspace(read.exercise), from });
    setPending(null);
    setError(null);
    setStatus(`Opened the exercise "${read.exercise.title}" from ${from === 'link' ? 'the link' : 'the file'}.`);
  }, []);

  const offer = useCallback(
    (read: CustomRead, from: 'link' | 'file') => {
      if (!read.ok) {
        setError(read.message);
        setStatus('');
        return;
      }
      const now = currentRef.current;
      if (now && now.exercise.id === read.exercise.id) {
        setError(null);
        setStatus(`"${read.exercise.title}" is already open.`);
        return;
      }
      // The learner's work on the open exercise is never replaced without asking.
      if (now && now.workspace.revision > 0) {
        setError(null);
        setPending({ read, from });
        return;
      }
      open(read, from);
    },
    [open],
  );

  useEffect(() => {
    const onHash = () => {
      const read = decodeCustomHash(window.location.hash);
      if ('kind' in read) return;
      offer(read, 'link');
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [offer]);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again
    if (!file) return;
    if (file.size > CUSTOM_MAX_LENGTH * 4) {
      setError(`"${file.name}" is too large for an exercise (${Math.round(file.size / 1000)} kB). Nothing was changed.`);
      return;
    }
    const read = parseCustomExerciseFile(await file.text());
    offer(read.ok ? read : { ok: false, message: `"${file.name}" was not opened. ${read.message} Nothing was changed.` }, 'file');
  }

  const replaceWorkspace = useCallback((workspace: Workspace) => setCurrent((c) => (c ? { ...c, workspace } : c)), []);
  const record = current && progress ? progress.custom[current.exercise.id] : undefined;

  return (
    <div className="cx-opener">
      <p className="cx-file">
        <label htmlFor="cx-file-input">Open an exercise file (exercise.json)</label>
        <input id="cx-file-input" type="file" accept=".json,application/json" onChange={onFile} />
      </p>
      {error ? (
        <p className="wb-notice wb-notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {pending ? (
        <div className="wb-notice" role="group" aria-labelledby="cx-replace-question">
          <p id="cx-replace-question">
            Open &quot;{pending.read.exercise.title}&quot; from the {pending.from}? Your work on &quot;{current?.exercise.title}&quot; stays saved in this browser and is offered when you open it again.
          </p>
          <button type="button" className="button button-small" onClick={() => open(pending.read, pending.from)}>
            Open the new exercise
          </button>{' '}
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => {
              setPending(null);
              setStatus(`You are still working on "${current?.exercise.title}".`);
            }}
          >
            Keep working on this one
          </button>
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {current ? (
        <section className="cx-exercise" aria-labelledby="cx-title">
          <h2 id="cx-title">{current.exercise.title}</h2>
          {record?.state === 'solved' ? <p className="cx-solved-before">You have solved this exercise before (it is in your progress).</p> : null}
          <p>Change the project until every goal of the exercise below is met, then press Check.</p>
          <CustomExerciseWorkspace exercise={current.exercise} workspace={current.workspace} onReplaceWorkspace={replaceWorkspace} />
        </section>
      ) : error ? null : (
        <p className="cx-empty">
          No exercise is open. Open a link an instructor gave you, or pick an exercise file above. Instructors make them in the{' '}
          <Link href="/instructors/exercise/">exercise builder</Link>.
        </p>
      )}
    </div>
  );
}
