/** The Dockerfile the playground opens with when there is no share link and no saved draft. */
export { PYTHON_APP_DOCKERFILE as PLAYGROUND_DEFAULT } from '@/lib/simulator/projects';

/** The project the playground opens with (lib/simulator/projects.ts). */
export const PLAYGROUND_PROJECT = 'python-app';

/** Version 1 held one Dockerfile; version 2 a whole workspace (lib/workbench/workspace-draft.ts). */
export const PLAYGROUND_STORAGE_KEY = 'layerwise:playground:draft';
/** Where unreadable saved data is kept, so it is never silently overwritten. */
export const PLAYGROUND_UNREADABLE_KEY = 'layerwise:playground:unreadable-draft';
/** The learner's own draft, kept when a share link replaced it on screen. */
export const PLAYGROUND_REPLACED_KEY = 'layerwise:playground:draft-before-link';
