/**
 * The files that reach the builder: the context, the Dockerfile inside it (`COPY . .` sees
 * it), minus what the ignore file excludes
 * (https://docs.docker.com/build/concepts/context/#dockerignore-files). One function, used by
 * build() and by the live context check, so both see exactly the same context.
 */
import { byteLength, contextFiles, selectContext, type ContextFile } from '../context';
import { cleanPath } from '../paths';
import { sha256Hex } from '../sha256';
import type { BuildRequest } from '../types';

export interface PreparedContext {
  /** Every file of the context, before the ignore file. */
  all: Map<string, ContextFile>;
  /** What the builder can read (after the ignore file). */
  selected: Map<string, ContextFile>;
  /** The ignore file in use, or null. */
  ignore: string | null;
  /** Where the Dockerfile is, relative to the context root. */
  dockerfilePath: string;
}

export function prepareBuildContext(request: Pick<BuildRequest, 'context' | 'dockerfile' | 'dockerfilePath' | 'dockerignore'>): PreparedContext {
  const dockerfilePath = cleanPath(request.dockerfilePath ?? 'Dockerfile');
  const files = contextFiles(request.context);
  const insideContext = !dockerfilePath.startsWith('../') && !dockerfilePath.startsWith('/');
  if (insideContext) {
    const existing = files.get(dockerfilePath);
    const mode = existing?.mode ?? '0644';
    files.set(dockerfilePath, { ...(existing ?? { mode }), path: dockerfilePath, content: request.dockerfile, size: byteLength(request.dockerfile), checksum: `${mode}:${sha256Hex(request.dockerfile)}` });
  }
  let ignore: string | null;
  if (request.dockerignore !== undefined) ignore = request.dockerignore;
  else ignore = files.get(`${dockerfilePath}.dockerignore`)?.content ?? files.get('.dockerignore')?.content ?? null;
  return { all: files, selected: selectContext(files, ignore), ignore, dockerfilePath };
}

/**
 * What the simulated ref id in `failed to calculate checksum of ref <id>` is derived from: the
 * context's file names, sorted, so the id does not depend on the order files were created in.
 */
export function contextRefSeed(selected: Map<string, ContextFile>, quotedPath: string): string {
  return `${JSON.stringify([...selected.keys()].sort())}|${quotedPath}`;
}
