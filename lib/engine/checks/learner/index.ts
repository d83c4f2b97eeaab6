/** Layerwise's own rules for mistakes learners make that no linter reports. */
import type { Check } from '@/lib/engine/types';
import { cacheOrder } from './cache-order';
import { execFormNoSpace } from './exec-form-no-space';
import { exposeHostMapping } from './expose-host-mapping';
import { runDataFile } from './run-data-file';
import { runStartsApp } from './run-starts-app';
import { unknownInstruction } from './unknown-instruction';

export const learnerChecks: Check[] = [
  execFormNoSpace,
  unknownInstruction,
  runStartsApp,
  runDataFile,
  cacheOrder,
  exposeHostMapping,
];
