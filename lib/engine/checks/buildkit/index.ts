// Placeholder created by the engine core so the registry compiles; the BuildKit
// build-checks helper replaces this file with the real rule list.
import type { Check } from '@/lib/engine/types';

export const buildkitChecks: Check[] = [];
