/**
 * The build arguments BuildKit defines itself (moby/buildkit
 * frontend/dockerfile/dockerfile2llb/convert.go: defaultArgs, nonEnvArgs; documented at
 * https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope).
 * They are in the global scope from the start (FROM lines see them) and reach a stage only
 * through `ARG NAME`. Their values depend on the builder; Layerwise assumes a linux/amd64
 * host and target, the common case the course uses.
 */
export const PREDEFINED_ARGS: Readonly<Record<string, string>> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDOSVERSION: '',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETOSVERSION: '',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  // The stage being built; '' stands in for it (only its presence matters to the checks).
  TARGETSTAGE: '',
};

/** ARGs BuildKit never turns into environment variables (nonEnvArgs). */
export const NON_ENV_ARGS: ReadonlySet<string> = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** The predefined value of `name`, if BuildKit defines one. */
export function predefinedArg(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(PREDEFINED_ARGS, name) ? PREDEFINED_ARGS[name] : undefined;
}
