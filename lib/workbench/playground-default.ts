/** The Dockerfile the playground opens with when there is no share link and no saved draft. */
export { PYTHON_APP_DOCKERFILE as PLAYGROUND_DEFAULT } from '@/lib/simulator/projects';

export const PLAYGROUND_STORAGE_KEY = 'layerwise:playground:draft';
/** Where unreadable saved data is kept, so it is never silently overwritten. */
export const PLAYGROUND_UNREADABLE_KEY = 'layerwise:playground:unreadable-draft';
/** The learner's own draft, kept when a share link replaced it on screen. */
export const PLAYGROUND_REPLACED_KEY = 'layerwise:playground:draft-before-link';
