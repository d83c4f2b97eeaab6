'use client';

import type { LessonOutline, LessonStatus } from '@/lib/progress/progress';
import { progressStore } from './store';
import { useProgress } from './useProgress';

export const STATUS_TEXT: Record<LessonStatus, string> = { done: 'Done', 'in-progress': 'In progress', 'not-started': 'Not started' };

/** One lesson's status on the course map, in words (shown once saved progress has been read). */
export function LessonProgressStatus({ outline }: { outline: LessonOutline }) {
  const { progress } = useProgress();
  const status = progress ? progressStore.statuses([outline])?.get(outline.slug) : undefined;
  if (!status) return null;
  return (
    <span className={`lesson-status lesson-status-${status}`}>
      <span className="visually-hidden">Progress: </span>
      <span aria-hidden="true" className="lesson-status-icon">
        {status === 'done' ? '✓' : status === 'in-progress' ? '◐' : '○'}
      </span>{' '}
      {STATUS_TEXT[status]}
    </span>
  );
}
