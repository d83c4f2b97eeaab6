/**
 * Every text the simulated docker CLI prints, with the upstream file it comes from (at the
 * tags named in ./version.ts: docker/cli v29.7.2, moby/moby docker-v29.7.2, docker/buildx v0.36.1).
 * BuildKit's build errors live in ../errors.ts with their own sources.
 *
 * How the CLI wraps errors since v28: cmd/docker/docker.go main() prints the error as is;
 * cobra argument checks (cli/required.go) and `docker run`'s withHelp() put `docker: ` in front
 * and `Run '<command> --help' for more information` after a blank line; only RequiresMinArgs
 * still says `See '<command> --help' for more information`. Errors from the daemon arrive as
 * `Error response from daemon: <message>` (moby/moby client/request.go).
 */

/** docker/cli cli/cobra.go FlagErrorFunc: exit 125. buildx prints the same through the vendored copy. */
export const flagErrorText = (error: string, useLine: string, commandPath: string) =>
  `${error}\n\nUsage:  ${useLine}\n\nRun '${commandPath} --help' for more information`;

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** docker/cli cli/required.go RequiresMinArgs (the one check that still says "See"). */
export const requiresMinArgsText = (commandPath: string, min: number, useLine: string) =>
  `docker: '${commandPath}' requires at least ${min} ${plural(min)}\n\nUsage:  ${useLine}\n\nSee '${commandPath} --help' for more information`;

/** docker/cli cli/required.go RequiresMaxArgs. */
export const requiresMaxArgsText = (commandPath: string, max: number, useLine: string) =>
  `docker: '${commandPath}' requires at most ${max} ${plural(max)}\n\nUsage:  ${useLine}\n\nRun '${commandPath} --help' for more information`;

/** docker/cli cli/required.go ExactArgs. */
export const exactArgsText = (commandPath: string, n: number, useLine: string) =>
  `docker: '${commandPath}' requires ${n} ${plural(n)}\n\nUsage:  ${useLine}\n\nRun '${commandPath} --help' for more information`;

/** docker/cli cli/required.go NoArgs, for a command without sub-commands. */
export const acceptsNoArgsText = (commandPath: string, useLine: string) =>
  `docker: '${commandPath}' accepts no arguments\n\nUsage:  ${useLine}\n\nRun '${commandPath} --help' for more information`;

/** docker/cli cli/required.go NoArgs, for a management command (`docker image foo`). */
export const unknownSubcommandText = (commandPath: string, arg: string, useLine: string) =>
  `docker: unknown command: ${commandPath} ${arg}\n\nUsage:  ${useLine}\n\nRun '${commandPath} --help' for more information`;

/** docker/cli cmd/docker/docker.go newDockerCommand RunE. */
export const unknownCommandText = (arg: string) => `docker: unknown command: docker ${arg}\n\nRun 'docker --help' for more information`;

/** docker/cli cli/command/container/run.go withHelp(). */
export const withRunHelp = (message: string, command = 'run') => `docker: ${message}\n\nRun 'docker ${command} --help' for more information`;

/** moby/moby client/request.go checkResponseErr: how the client reports an error body from the daemon. */
export const daemonError = (message: string) => `Error response from daemon: ${message}`;

/** moby/moby daemon/create.go (no Cmd and no Entrypoint). */
export const NO_COMMAND_SPECIFIED = 'no command specified';

/** moby/moby daemon/container/view.go GetByName / Get. */
export const noSuchContainer = (ref: string) => `No such container: ${ref}`;

/** moby/moby daemon/images/errors.go ErrImageDoesNotExist (the familiar name with its tag). */
export const noSuchImage = (familiar: string) => `No such image: ${familiar}`;

/** moby/moby daemon/errors.go nameConflictError (name with its leading slash, full id). */
export const nameConflict = (name: string, id: string) =>
  `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;

/** moby/moby daemon/delete.go containerRm + cleanupContainer. */
export const removeRunningContainer = (name: string) =>
  `cannot remove container "${name}": container is running: stop the container before removing or force remove`;

/** moby/moby daemon/containerd/image_delete.go imageDeleteConflict.Error (containerd image store). */
export const imageDeleteConflict = (reference: string, hard: boolean, message: string) =>
  `conflict: unable to delete ${reference} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`;

/** moby/moby daemon/containerd/image_delete.go ImageDelete: a tag whose image a container uses. */
export const containerUsesImage = (containerId12: string, imageId12: string) =>
  `container ${containerId12} is using its referenced image ${imageId12}`;

/** moby/moby daemon/containerd/image_delete.go checkImageDeleteConflict. */
export const imageUsedByRunning = (containerId12: string) => `image is being used by running container ${containerId12}`;
export const imageUsedByStopped = (containerId12: string) => `image is being used by stopped container ${containerId12}`;
export const IMAGE_IN_MULTIPLE_REPOSITORIES = 'image is referenced in multiple repositories';

/** docker/cli cli/command/container/create.go pullAndTagImage caller. */
export const unableToFindImage = (familiar: string) => `Unable to find image '${familiar}' locally`;

/**
 * The daemon's error when the container's first word is no program in the image: moby/moby
 * daemon/internal/libcontainerd/remote/client.go ("failed to create task for container"),
 * containerd's runtime v2 ("failed to create shim task"), runc's libcontainer
 * ("OCI runtime create failed: runc create failed: unable to start container process: error
 * during container init: exec: ..."), and the gRPC code ": unknown". Go's os/exec wording:
 * `executable file not found in $PATH` for a bare name, `stat <path>: no such file or directory` for a path.
 */
export const execFailed = (program: string) => {
  const reason = program.includes('/') ? `stat ${program}: no such file or directory` : 'executable file not found in $PATH';
  return `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: ${JSON.stringify(program)}: ${reason}: unknown`;
};

/**
 * moby/moby daemon/container_operations.go errSetupNetworking, daemon/libnetwork/endpoint.go
 * ("driver failed programming external connectivity on endpoint %s (%s): %v") and
 * daemon/libnetwork/portallocator/portallocator.go (the bind error).
 */
export const portAllocated = (endpoint: string, endpointId: string, hostIp: string, hostPort: number) =>
  `failed to set up container networking: driver failed programming external connectivity on endpoint ${endpoint} (${endpointId}): Bind for ${hostIp}:${hostPort} failed: port is already allocated`;

/** docker/cli cli/command/container/start.go startContainersWithoutAttachments. */
export const failedToStart = (names: string[]) => `failed to start containers: ${names.join(', ')}`;

/** docker/cli cli/command/system/inspect.go inspectAll (no image or container by that name). */
export const noSuchObject = (ref: string) => `error: no such object: ${ref}`;

/** docker/cli cli/command/image/list.go printAmbiguousHint. */
export const ambiguousImagesHint = (name: string) => `No images found matching "${name}": did you mean "docker image ${name}"?`;

/** moby/moby daemon/containerd/image_delete.go and docker/cli cli/command/image/remove.go. */
export const untagged = (ref: string) => `Untagged: ${ref}`;
export const deleted = (id: string) => `Deleted: ${id}`;

/** docker/cli cli/command/image/pull.go runPull. */
export const USING_DEFAULT_TAG = 'Using default tag: latest';

/** moby/moby daemon/containerd/image_pull.go PullImage (containerd image store: no registry detail appended). */
export const pullAccessDenied = (repo: string) => `pull access denied for ${repo}, repository does not exist or may require 'docker login'`;
/** The registry's answer for a missing tag as moby/moby daemon/containerd/image_pull.go translateRegistryError passes it on. */
export const manifestUnknown = (ref: string) => `manifest for ${ref} not found: manifest unknown: manifest unknown`;

/** moby/moby client/image_tag.go ImageTag (used by docker/cli cli/command/image/tag.go). */
export const invalidReference = (ref: string, reason: string) => `error parsing reference: "${ref}" is not a valid repository/tag: ${reason}`;

/** buildx: build errors are printed as `ERROR: <err>` (docker/buildx cmd/buildx/main.go). */
export const buildxPrinted = (error: string) => `ERROR: ${error}`;

/**
 * The simulator's own notes, always marked `[simulated]` so a learner never mistakes them for
 * Docker output. These are not Docker texts.
 */
export const NOTE = {
  optionsBeforeImage: (word: string, image: string) =>
    `[simulated] note: "${word}" came after the image name, so Docker passed it to the container as its command. Options go before the image: docker run ${word} ... ${image}`,
  foreground: (name: string) =>
    `[simulated] the app keeps running in the foreground; in a real terminal Ctrl+C stops it. Here the prompt comes back and the container keeps running: see docker ps, stop it with docker stop ${name}`,
  unpublished: (port: string) => {
    const number = port.split('/')[0];
    return `[simulated] warning: the image EXPOSEs ${port} but it is not published, so the app cannot be reached from the host. Publish it with -p ${number}:${number}${port.endsWith('/udp') ? '/udp' : ''}`;
  },
  published: (hostIp: string, hostPort: number, containerPort: string) =>
    `[simulated] published: ${hostIp === '0.0.0.0' ? 'localhost' : hostIp}:${hostPort} -> ${containerPort} in the container`,
  shellEntrypoint: '[simulated] ENTRYPOINT is in shell form, so it runs under /bin/sh -c and ignores CMD and any arguments after the image name',
  stdinContext:
    '[simulated] with PATH "-" Docker reads the build context from stdin: a tar archive (docker build - < context.tar) or a lone Dockerfile with an empty context (docker build - < Dockerfile). This terminal has no pipes or input redirection: build from a directory such as "."',
  remoteContext: (url: string) =>
    `[simulated] Docker would fetch the context ${url} (a Git repository is cloned, an http(s) tarball or text file downloaded) and build it; this terminal has no network: build from a directory such as "."`,
  stdinDockerfile:
    '[simulated] with -f - Docker reads the Dockerfile from stdin and uses PATH as the context (docker build -f - . < Dockerfile). This terminal has no pipes or input redirection: name a Dockerfile with -f',
  remoteDockerfile: (url: string) => `[simulated] Docker would download the Dockerfile from ${url}; this terminal has no network: name a local Dockerfile with -f`,
  imageFormat: '[simulated] this terminal fills only the fields {{.Repository}}, {{.Tag}}, {{.ID}}, {{.Digest}}, {{.CreatedSince}} and {{.Size}} in --format (with or without "table"); Docker also takes json and any Go template',
  expandedTree: '[simulated] --tree lists each platform of a multi-platform image under it; this terminal models one platform (linux/amd64) per image, so it shows the default view',
};

/** moby/moby daemon/names.go reserveName (names.RestrictedNameChars from daemon/names/names.go). */
export const invalidContainerName = (name: string) => `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;

/**
 * The tree view of `docker images` (the default since CLI 29.0): docker/cli cli/command/image/tree.go
 * (untaggedName, chipInUse, generateLegend) and internal/tui/note.go InfoHeader. The legend's
 * plain text on a terminal, colours left out: InfoHeader.Fancy "i Info → ", then " " + chip + " " + desc.
 */
export const TREE_TEXT = {
  untagged: '<untagged>',
  legend: 'i Info →   U  In Use',
  /** tui.Chip(fg, bg, " U ") on a terminal, "U" elsewhere. */
  chipFancy: ' U ',
  chipPlain: 'U',
};

/** docker/cli cli/command/image/list.go shouldUseTree: flags the tree view cannot show yet. */
export const treeUnsupported = (flag: '--quiet' | '--no-trunc' | '--show-digest' | '--format') => `${flag} is not yet supported with --tree`;

/** docker/cli opts/opts.go FilterOpt.Set, inside pflag's `invalid argument "%s" for "%s" flag: %v`. */
export const badFilterFormat = (value: string) => `invalid argument "${value}" for "-f, --filter" flag: bad format of filter (expected name=value)`;

/** moby/moby daemon/internal/filters/errors.go invalidFilter.Error (a key the daemon does not accept, or a value that is no boolean; Go prints the values as [a b]). */
export const invalidFilter = (key: string, values?: string[]) => `invalid filter '${key}${values ? `=[${values.join(' ')}]` : ''}'`;

/**
 * `docker build`'s "exporting to image" step (containerd image store, buildx's default provenance):
 * moby/buildkit exporter/containerimage/writer.go ("exporting layers", "exporting manifest <digest>",
 * "exporting config <digest>", "exporting attestation manifest <digest>", "exporting manifest list
 * <digest>") and export.go ("exporting to image", "naming to <name>", "unpacking to <name>"), with
 * moby/moby daemon/internal/builder-next/exporter/wrapper.go (unpack on, "moby-dangling@<digest>"
 * for a build without -t). Defined next to the build in ../build/export-image.ts.
 */
export { DANGLING_PREFIX, EXPORT_TEXT } from '../build/export-image';
