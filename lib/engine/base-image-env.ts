/**
 * What we know, without a registry, about the environment a base image brings.
 *
 * BuildKit's UndefinedVar check sees the base image's ENV (from its config). We
 * cannot pull images, so we only claim to know the environment of `scratch` and of
 * a few official images whose ENV keys are stable across tags. For any other image
 * the environment is "unknown" and the checks that depend on it stay silent
 * rather than report a variable the image may well define.
 *
 * Key lists are deliberately generous (keys seen in any current tag): a key listed
 * here only ever silences a warning.
 */

/** BuildKit always sets PATH when the image does not (system.DefaultPathEnv for Linux). */
export { DEFAULT_PATH as DEFAULT_LINUX_PATH } from '@/lib/docker/instructions';

const KNOWN_ENV_KEYS: Record<string, readonly string[]> = {
  // Images whose config sets only PATH.
  alpine: ['PATH'],
  busybox: ['PATH'],
  debian: ['PATH'],
  ubuntu: ['PATH'],
  // Language images (docker-library Dockerfiles).
  node: ['PATH', 'NODE_VERSION', 'YARN_VERSION'],
  python: [
    'PATH',
    'LANG',
    'GPG_KEY',
    'PYTHON_VERSION',
    'PYTHON_SHA256',
    'PYTHON_PIP_VERSION',
    'PYTHON_SETUPTOOLS_VERSION',
    'PYTHON_GET_PIP_URL',
    'PYTHON_GET_PIP_SHA256',
  ],
  golang: ['PATH', 'GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
};

/** The official-image name of a Docker Hub reference ("node:20-alpine" -> "node"), or null. */
export function officialImageName(reference: string): string | null {
  let name = reference.split('@')[0];
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > lastSlash) name = name.slice(0, colon);
  for (const prefix of ['docker.io/library/', 'index.docker.io/library/', 'library/']) {
    if (name.startsWith(prefix)) name = name.slice(prefix.length);
  }
  return name.includes('/') ? null : name;
}

/**
 * The ENV keys a base image defines, or null when we cannot know them.
 * Values are never claimed (they vary by tag), so callers treat them as unknown.
 */
export function knownBaseImageEnvKeys(reference: string): readonly string[] | null {
  const name = officialImageName(reference);
  if (name === null) return null;
  return Object.prototype.hasOwnProperty.call(KNOWN_ENV_KEYS, name) ? KNOWN_ENV_KEYS[name] : null;
}
