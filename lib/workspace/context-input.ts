/**
 * The build context a Dockerfile in the workspace would be built with, as plain data for the
 * analysis worker: the files under the context folder, and the ignore file the CLI would pick
 * (`<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`).
 */
import { cleanPath, isWithin, relativePath } from '@/lib/simulator/paths';
import type { VirtualFiles } from '@/lib/simulator/types';
import { contextLabel, type BuildContextInput } from './context-check';
import type { Workspace } from './workspace';

export function contextInputFor(workspace: Workspace, dockerfile: string): BuildContextInput {
  const target = workspace.buildTargetFor(dockerfile);
  const root = cleanPath(`/${target.context}`);
  const files: VirtualFiles = {};
  for (const [path, file] of Object.entries(workspace.files())) {
    const abs = `/${path}`;
    if (isWithin(root, abs)) files[relativePath(root, abs)] = file;
  }
  // As the CLI picks it (https://docs.docker.com/build/concepts/context/#filename-and-location),
  // so the check and the build read the same file.
  const dockerignore = workspace.read(`${target.dockerfile}.dockerignore`) ?? workspace.read(`${target.context === '.' ? '' : `${target.context}/`}.dockerignore`) ?? null;
  return { files, dockerignore, dockerfileInContext: target.dockerfileInContext, label: contextLabel(target.context), buildArgs: target.buildArgs };
}
