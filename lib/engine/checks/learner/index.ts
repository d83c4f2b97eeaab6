// Placeholder created by the engine core so the registry compiles; the Layerwise
// learner-rules helper replaces this file with the real rule list.
import type { Check } from '@/lib/engine/types';

export const learnerChecks: Check[] = [];
