/**
 * Ports of hadolint's rules (https://github.com/hadolint/hadolint, src/Hadolint/Rule/*.hs):
 * same code, default severity (hadolint "style" maps to 'info'), message and line.
 */
import type { Check } from '@/lib/engine/types';
import { dl3008, dl3009, dl3014, dl3015 } from './apt';
import { dl3019 } from './apk';
import { dl3020, dl3021, dl3022, dl3023, dl3045 } from './copy';
import { dl3025 } from './exec-form';
import { dl3011 } from './expose';
import { dl3006, dl3007, dl3024, dl3061 } from './from';
import { dl4003, dl4004 } from './last-wins';
import { dl4000 } from './maintainer';
import { dl3013, dl3042 } from './pip';
import { dl3003, dl3004, dl3027 } from './run-programs';
import { dl3059, dl4001, dl4006 } from './run-sequence';
import { dl3000, dl3002 } from './workdir-user';

export const hadolintChecks: Check[] = [
  dl3000, dl3002, dl3003, dl3004, dl3006, dl3007, dl3008, dl3009, dl3011, dl3013, dl3014, dl3015,
  dl3019, dl3020, dl3021, dl3022, dl3023, dl3024, dl3025, dl3027, dl3042, dl3045, dl3059, dl3061,
  dl4000, dl4001, dl4003, dl4004, dl4006,
];
