'use client';

import Link from '@/components/layout/Link';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { LessonOutline, Progress } from '@/lib/progress/progress';
import { STATUS_TEXT } from './LessonProgressStatus';
import { progressStore, SET_ASIDE_PREFIX } from './store';
import { useProgress } from './useProgress';

export interface ProgressLesson {
  title: string;
  outline: LessonOutline;
}

/** A file bigger than this is not an export of ours (a full course with drafts is far smaller). */
const MAX_IMPORT_BYTES = 5_000_000;

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a little later: some browsers start the download after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function setAsideCopies(): Record<string, string> {
  const copies: Record<string, string> = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(SET_ASIDE_PREFIX)) copies[key] = localStorage.getItem(key) ?? '';
    }
  } catch {
    // Storage blocked: there is nothing kept aside to offer.
  }
  return copies;
}

type Where = 'move' | 'reset';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The /progress page: where the learner stands, export, import (asks first) and reset (asks first). */
export function ProgressManager({ lessons }: { lessons: ProgressLesson[] }) {
  // This page is about the progress itself: read it at once, not after load and idle.
  useEffect(() => progressStore.connect(), []);
  const { loaded, progress } = useProgress();
  // Messages show in the section whose action they answer.
  const [message, setMessageState] = useState<{ where: Where; text: string } | null>(null);
  const [error, setErrorState] = useState<{ where: Where; text: string } | null>(null);
  const setMessage = (text: string, where: Where = 'move') => {
    setMessageState(text ? { where, text } : null);
    if (text) setErrorState(null);
  };
  const setError = (text: string | null, where: Where = 'move') => {
    setErrorState(text ? { where, text } : null);
    if (text) setMessageState(null);
  };
  const feedback = (where: Where) => (
    <>
      <div role="status" className="progress-message">
        {message?.where === where ? message.text : null}
      </div>
      {error?.where === where ? (
        <p role="alert" className="progress-error">
          {error.text}
        </p>
      ) : null}
    </>
  );
  const [pending, setPending] = useState<{ progress: Progress; name: string; notice: string | null } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  // Read once storage has been (`loaded` is false on the server and during hydration).
  const copies = useMemo(() => (loaded ? setAsideCopies() : {}), [loaded]);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const importQuestion = useRef<HTMLParagraphElement>(null);
  const resetQuestion = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (pending) importQuestion.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (confirmReset) resetQuestion.current?.focus();
  }, [confirmReset]);

  const statuses = progress ? progressStore.statuses(lessons.map((l) => l.outline)) : null;
  // Custom exercises (/exercise) belong to no lesson: listed by the title they had when checked.
  const customs = progress ? Object.entries(progress.custom).sort(([, a], [, b]) => a.at.localeCompare(b.at)) : [];
  const done = statuses ? [...statuses.values()].filter((s) => s === 'done').length : 0;
  const started = statuses ? [...statuses.values()].filter((s) => s !== 'not-started').length : 0;

  function onExport() {
    const text = progressStore.exportText();
    if (!text) return;
    download(text, `layerwise-progress-${new Date().toISOString().slice(0, 10)}.json`);
    setMessage('Your progress was exported: look for the file layerwise-progress-….json in your downloads.');
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setMessage('');
    setPending(null);
    if (!file) return;
    const refuse = (text: string) => {
      setError(`${file.name}: ${text}`);
      event.target.value = '';
    };
    if (file.size > MAX_IMPORT_BYTES) return refuse('This file is too large to be a Layerwise progress export. Nothing was changed.');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('This file could not be read. Nothing was changed.');
    }
    const result = progressStore.checkImport(text);
    if (!result.ok) return refuse(result.message);
    setError(null);
    setPending({ progress: result.progress, name: file.name, notice: result.notice });
  }

  function finishImport(how: 'replace' | 'merge' | 'cancel') {
    if (!pending) return;
    if (how !== 'cancel') {
      const ok = how === 'replace' ? progressStore.importReplace(pending.progress) : progressStore.importMerge(pending.progress);
      if (ok) setMessage(how === 'replace' ? `Progress imported from ${pending.name}: it replaced the progress in this browser.` : `Progress imported from ${pending.name}: it was added to the progress in this browser.`);
      else setError('The progress could not be saved in this browser (its storage is blocked or full). What was saved before is unchanged.');
    } else setMessage('Import cancelled. Nothing was changed.');
    setPending(null);
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  }

  function finishReset(reset: boolean) {
    if (reset) {
      if (progressStore.reset()) setMessage('Your progress was reset: every lesson is "Not started" again.', 'reset');
      else setError('Your progress could not be reset (this browser refused to save). Nothing was changed.', 'reset');
    } else setMessage('Nothing was reset: your progress is kept.', 'reset');
    setConfirmReset(false);
    // The confirmation is gone; focus returns to the button that opened it.
    window.requestAnimationFrame(() => resetButton.current?.focus());
  }

  const pendingLessons = pending ? Object.keys(pending.progress.lessons).length : 0;
  const copyKeys = Object.keys(copies);

  return (
    <>
      <section aria-labelledby="progress-lessons-title">
        <h2 id="progress-lessons-title">Where you are</h2>
        {statuses ? (
          <p>
            {plural(done, 'lesson', 'lessons')} of {lessons.length} done, {started - done} in progress.
          </p>
        ) : (
          <p>Reading your progress…</p>
        )}
        <ol className="progress-lessons">
          {lessons.map((l) => {
            const status = statuses?.get(l.outline.slug);
            return (
              <li key={l.outline.slug}>
                <Link href={`/learn/${l.outline.slug}/`}>{l.title}</Link>
                {status ? <span className={`lesson-status lesson-status-${status}`}>: {STATUS_TEXT[status]}</span> : null}
              </li>
            );
          })}
        </ol>
        {customs.length > 0 ? (
          <>
            <h3 id="progress-custom-title">Exercises from instructors</h3>
            <ul aria-labelledby="progress-custom-title">
              {customs.map(([id, record]) => (
                <li key={id}>
                  {record.title || id}: {record.state === 'solved' ? 'Solved' : 'Started'}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="progress-move-title">
        <h2 id="progress-move-title">Export and import</h2>
        <p>
          Your progress lives only in this browser. Export it to a file to keep a copy or to carry it to another browser or computer, then import that file
          there.
        </p>
        <p>
          <button type="button" className="button" onClick={onExport} disabled={!loaded}>
            Export progress
          </button>
        </p>
        <p className="progress-import">
          <label htmlFor="progress-import-file">Import a progress file (.json)</label>
          <input ref={fileInput} id="progress-import-file" type="file" accept=".json,application/json" onChange={onFile} disabled={!loaded} />
        </p>
        {pending ? (
          <div className="progress-confirm" role="group" aria-labelledby="progress-import-question">
            <p id="progress-import-question" ref={importQuestion} tabIndex={-1}>
              {pending.name} holds progress in {plural(pendingLessons, 'lesson', 'lessons')}. Replace the progress in this browser with it, or add it to what is
              here?{pending.notice ? ` (${pending.notice})` : ''}
            </p>
            <p className="progress-confirm-actions">
              <button type="button" className="button" onClick={() => finishImport('replace')}>
                Replace my progress
              </button>
              <button type="button" className="button button-secondary" onClick={() => finishImport('merge')}>
                Add to my progress
              </button>
              <button type="button" className="button button-secondary" onClick={() => finishImport('cancel')}>
                Cancel import
              </button>
            </p>
          </div>
        ) : null}
        {feedback('move')}
      </section>

      <section aria-labelledby="progress-reset-title">
        <h2 id="progress-reset-title">Start over</h2>
        {confirmReset ? (
          <div className="progress-confirm progress-confirm-danger" role="group" aria-labelledby="progress-reset-question">
            <p id="progress-reset-question" ref={resetQuestion} tabIndex={-1}>
              Reset everything? This forgets every visited step, quiz answer, exercise, exam and saved workspace draft in this browser. It cannot be undone:
              export first if you may want it back.
            </p>
            <p className="progress-confirm-actions">
              <button type="button" className="button button-danger" onClick={() => finishReset(true)}>
                Reset everything
              </button>
              <button type="button" className="button button-secondary" onClick={() => finishReset(false)}>
                Keep my progress
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button ref={resetButton} type="button" className="button button-secondary" onClick={() => setConfirmReset(true)} disabled={!loaded}>
              Reset all progress…
            </button>
          </p>
        )}
        {feedback('reset')}
      </section>

      {copyKeys.length > 0 ? (
        <section aria-labelledby="progress-kept-title">
          <h2 id="progress-kept-title">Data kept aside</h2>
          <p>
            {plural(copyKeys.length, 'copy', 'copies')} of saved progress that could not be read {copyKeys.length === 1 ? 'is' : 'are'} kept in this browser,
            untouched. Download {copyKeys.length === 1 ? 'it' : 'them'} to look inside or to ask for help.
          </p>
          <p>
            <button type="button" className="button button-secondary" onClick={() => download(JSON.stringify(copies, null, 2), 'layerwise-progress-kept-aside.json')}>
              Download the data kept aside
            </button>
          </p>
        </section>
      ) : null}
    </>
  );
}
