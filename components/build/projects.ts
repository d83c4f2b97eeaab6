/**
 * Which preloaded project a lab names. Ids are the simulator's (PRELOADED_PROJECTS); a lesson
 * that names an unknown one fails the site build instead of showing an empty lab.
 */
import { PRELOADED_PROJECTS, type PreloadedProject } from '@/lib/simulator/projects';

/** Short names lessons may use as well. */
const ALIASES: Record<string, string> = { 'custom-location': 'custom-dockerfile-location' };

export function resolveProject(id: string): PreloadedProject {
  const project = PRELOADED_PROJECTS[ALIASES[id] ?? id];
  if (!project) throw new Error(`BuildLab: unknown project "${id}" (known: ${Object.keys(PRELOADED_PROJECTS).join(', ')})`);
  return project;
}
