'use client';

import { useSyncExternalStore } from 'react';
import { progressStore, type ProgressState } from './store';

/**
 * The learner's progress for React: `{ loaded, progress, notice }`. On the server and during
 * hydration `loaded` is false and `progress` null (storage is read after hydration), so render
 * nothing progress-specific until it is loaded. Changes go through `progressStore` (see store.ts).
 */
export function useProgress(): ProgressState {
  return useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot, progressStore.getServerSnapshot);
}
