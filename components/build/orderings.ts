/**
 * The two Dockerfiles "compare two orderings" rebuilds for the hello_world project: the notes'
 * order (copy everything, then install) and the cache-friendly one (copy requirements.txt,
 * install, then copy the code). Both come from the simulator's preloaded project, so the
 * friendly one is exactly the project's own Dockerfile.
 */
import { HELLO_WORLD_DOCKERFILE, HELLO_WORLD_NAIVE_DOCKERFILE } from '@/lib/simulator';
import type { Ordering } from './compare';

export interface ProjectOrderings {
  orderings: Ordering[];
  /** The file the comparison edits by default (the application code). */
  defaultEdit: string;
}

const HELLO_WORLD: ProjectOrderings = {
  defaultEdit: 'python/hello_world/main.py',
  orderings: [
    { name: 'Code copied first (the notes’ order)', dockerfile: HELLO_WORLD_NAIVE_DOCKERFILE },
    { name: 'Requirements copied first', dockerfile: HELLO_WORLD_DOCKERFILE },
  ],
};

/** The orderings that apply to a project with these files: both need the hello_world app. */
export function orderingsFor(paths: string[]): ProjectOrderings | undefined {
  return paths.includes(HELLO_WORLD.defaultEdit) && paths.includes('python/hello_world/requirements.txt') ? HELLO_WORLD : undefined;
}
