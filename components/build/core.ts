/**
 * The lab's only door into the simulator core. Imported from BuildLabLive, which BuildLab loads
 * with a dynamic import, so none of this reaches a lesson's first-load JavaScript.
 */
import { build, createDockerCli, type DockerCli } from '@/lib/simulator';
import type { BuildFn } from './compare';
import { resolveProject } from './projects';

/** A fresh simulated terminal over a preloaded project; each lab embed gets its own. */
export function createLabCli(projectId: string, cwd?: string): DockerCli {
  const project = resolveProject(projectId);
  return createDockerCli(project.files, cwd ?? project.cwd);
}

export const simulateBuild: BuildFn = (request, cache) => build(request, cache);
