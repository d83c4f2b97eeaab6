/** Public API of the build simulator (a faithful stand-in for `docker build` and a few docker commands). */
export type * from './types';
export { build, type BuildOptions, type ProgressMode } from './build';
export { createDockerCli, PROJECT_ROOT, type DockerCliOptions } from './cli';
export { emptyCache, findImage, listImages } from './store';
export { normalizeTag, parseNormalizedNamed, parseReference, type NormalizedReference } from '@/lib/docker/reference';
export { REGISTRY_REPOSITORIES } from './registry';
export { containerCommand, parsePublish } from './cli/run-command';
export {
  COURSE_NOTES_DOCKERFILE,
  CUSTOM_DOCKERFILE_LOCATION_DOCKERFILE,
  HELLO_WORLD_DOCKERFILE,
  HELLO_WORLD_NAIVE_DOCKERFILE,
  PRELOADED_PROJECTS,
  customDockerfileLocationProject,
  helloWorldProject,
  type PreloadedProject,
} from './projects';
