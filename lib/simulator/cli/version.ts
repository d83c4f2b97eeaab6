/**
 * The Docker release the simulator mimics, in one place: `docker version`, `docker --version`,
 * the terminal's `help` and the texts table all read it.
 *
 * Evidence (tags in the upstream repositories):
 * - Docker CLI v29.7.2, tag v29.7.2 of https://github.com/docker/cli (commit a7dcaa6, 2026-08-05).
 * - Docker Engine 29.7.2, tag docker-v29.7.2 of https://github.com/moby/moby (commit 6a43e3d, 2026-08-05);
 *   API 1.55 (`MaxAPIVersion` in moby/moby daemon/config/config.go), minimum API 1.40
 *   (`defaultMinAPIVersion`, same file); Go 1.26.5 (`ARG GO_VERSION` in both repos' Dockerfile).
 * - buildx v0.36.1, tag v0.36.1 of https://github.com/docker/buildx (2026-08-04).
 * - Image store: a fresh Engine 29 install on Linux uses the containerd image store
 *   (`imageStoreChoiceContainerd` is the default in moby/moby daemon/image_store_choice.go;
 *   only a daemon that already ran with a graphdriver keeps it). So image removal and conflicts
 *   follow moby/moby daemon/containerd/image_delete.go, not daemon/images/image_delete.go.
 */
export const DOCKER_VERSION = {
  cli: '29.7.2',
  cliCommit: 'a7dcaa6',
  engine: '29.7.2',
  engineCommit: '6a43e3d',
  apiVersion: '1.55',
  minApiVersion: '1.40',
  goVersion: 'go1.26.5',
  buildx: 'v0.36.1',
  /** The tag time of both releases, printed where `docker version` shows the build time (Go's time.ANSIC). */
  built: 'Wed Aug  5 18:26:21 2026',
  platform: 'Docker Engine - Community',
  os: 'linux',
  arch: 'amd64',
  imageStore: 'containerd',
} as const;

/** `docker --version`: cobra's version template "Docker version {{.Version}}" (docker/cli cli/cobra.go, SetupRootCommand) with "%s, build %s" (cmd/docker/docker.go). */
export function dockerVersionLine(): string {
  return `Docker version ${DOCKER_VERSION.cli}, build ${DOCKER_VERSION.cliCommit}`;
}

/**
 * `docker version`: docker/cli cli/command/system/version.go defaultVersionTemplate, tab-aligned.
 * Only the Engine component is listed. A real daemon also lists containerd, runc and docker-init
 * (in that order, each with a GitCommit), but it reads their versions at run time from the
 * binaries installed next to it (moby/moby daemon/info_unix.go populateContainerdVersion, which
 * asks containerd; populateRuncVersion, which runs `runc --version`; populateInitVersion, which
 * runs `docker-init --version`), so they are not fixed by the Engine release: moby/moby's
 * Dockerfile at docker-v29.7.2 pins CONTAINERD_VERSION=v2.3.3 only "for CI and static binaries"
 * and says "The distributed docker .deb and .rpm packages depend on a separate (containerd.io)
 * package, which may be a different version than specified here"; RUNC_VERSION=v1.4.3 is for the
 * dev-container. Only the static binaries take those pins, and docker/docker-ce-packaging
 * static/Makefile lets the release override both (CONTAINERD_VERSION, RUNC_VERSION). Printing
 * them would be a guess at the learner's install, so they are left out (TINI_VERSION=v0.19.0 alone would
 * make a list no real daemon prints).
 */
export function dockerVersionText(): string {
  const v = DOCKER_VERSION;
  // tabwriter.NewWriter(out, 20, 1, 1, ' ', 0) in version.go: every label cell is padded to 20 columns.
  const rows = (pairs: Array<[string, string]>, indent: string) => pairs.map(([k, val]) => `${indent}${k}:`.padEnd(19) + ' ' + val);
  return [
    `Client: ${v.platform}`,
    ...rows(
      [
        ['Version', v.cli],
        ['API version', v.apiVersion],
        ['Go version', v.goVersion],
        ['Git commit', v.cliCommit],
        ['Built', v.built],
        ['OS/Arch', `${v.os}/${v.arch}`],
        ['Context', 'default'],
      ],
      ' ',
    ),
    '',
    `Server: ${v.platform}`,
    ' Engine:',
    ...rows(
      [
        ['Version', v.engine],
        ['API version', `${v.apiVersion} (minimum version ${v.minApiVersion})`],
        ['Go version', v.goVersion],
        ['Git commit', v.engineCommit],
        ['Built', v.built],
        ['OS/Arch', `${v.os}/${v.arch}`],
        ['Experimental', 'false'],
      ],
      '  ',
    ),
  ].join('\n');
}

/** One line for the terminal's `help`. */
export function simulatedVersionSummary(): string {
  const v = DOCKER_VERSION;
  return `Simulates Docker Engine ${v.engine} (CLI ${v.cli}, buildx ${v.buildx}, ${v.imageStore} image store).`;
}
