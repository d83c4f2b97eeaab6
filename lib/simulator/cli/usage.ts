/**
 * Help texts: the root `docker --help` (abridged to the commands this terminal has) and the
 * help a management command prints when given alone (docker/cli cli/command/{image,container}/cmd.go
 * RunE: command.ShowHelp, exit 0), laid out by the usage template in docker/cli cli/cobra.go.
 */

export const DOCKER_HELP = [
  'Usage:  docker [OPTIONS] COMMAND',
  '',
  'A self-sufficient runtime for containers',
  '',
  'Common Commands:',
  '  run         Create and run a new container from an image',
  '  ps          List containers',
  '  build       Build an image from a Dockerfile',
  '  pull        Download an image from a registry',
  '  images      List images',
  '  version     Show the Docker version information',
  '',
  'Management Commands:',
  '  builder     Manage builds',
  '  buildx*     Docker Buildx',
  '  container   Manage containers',
  '  image       Manage images',
  '',
  'Commands:',
  '  history     Show the history of an image',
  '  inspect     Return low-level information on Docker objects',
  '  logs        Fetch the logs of a container',
  '  rm          Remove one or more containers',
  '  rmi         Remove one or more images',
  '  start       Start one or more stopped containers',
  '  stop        Stop one or more running containers',
  '  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  '',
  "Run 'docker COMMAND --help' for more information on a command.",
  '',
  'For more help on how to use Docker, head to https://docs.docker.com/go/guides/',
].join('\n');

/** Sub-commands and their Short texts, in cobra's (alphabetical) order. */
const MANAGEMENT: Record<'image' | 'container', { short: string; commands: Array<[string, string]> }> = {
  image: {
    short: 'Manage images',
    commands: [
      ['build', 'Build an image from a Dockerfile'],
      ['history', 'Show the history of an image'],
      ['import', 'Import the contents from a tarball to create a filesystem image'],
      ['inspect', 'Display detailed information on one or more images'],
      ['load', 'Load an image from a tar archive or STDIN'],
      ['ls', 'List images'],
      ['prune', 'Remove unused images'],
      ['pull', 'Download an image from a registry'],
      ['push', 'Upload an image to a registry'],
      ['rm', 'Remove one or more images'],
      ['save', 'Save one or more images to a tar archive (streamed to STDOUT by default)'],
      ['tag', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'],
    ],
  },
  container: {
    short: 'Manage containers',
    commands: [
      ['attach', 'Attach local standard input, output, and error streams to a running container'],
      ['commit', "Create a new image from a container's changes"],
      ['cp', 'Copy files/folders between a container and the local filesystem'],
      ['create', 'Create a new container'],
      ['diff', "Inspect changes to files or directories on a container's filesystem"],
      ['exec', 'Execute a command in a running container'],
      ['export', "Export a container's filesystem as a tar archive"],
      ['inspect', 'Display detailed information on one or more containers'],
      ['kill', 'Kill one or more running containers'],
      ['logs', 'Fetch the logs of a container'],
      ['ls', 'List containers'],
      ['pause', 'Pause all processes within one or more containers'],
      ['port', 'List port mappings or a specific mapping for the container'],
      ['prune', 'Remove all stopped containers'],
      ['rename', 'Rename a container'],
      ['restart', 'Restart one or more containers'],
      ['rm', 'Remove one or more containers'],
      ['run', 'Create and run a new container from an image'],
      ['start', 'Start one or more stopped containers'],
      ['stats', 'Display a live stream of container(s) resource usage statistics'],
      ['stop', 'Stop one or more running containers'],
      ['top', 'Display the running processes of a container'],
      ['unpause', 'Unpause all processes within one or more containers'],
      ['update', 'Update configuration of one or more containers'],
      ['wait', 'Block until one or more containers stop, then print their exit codes'],
    ],
  },
};

export const MANAGEMENT_COMMANDS = Object.keys(MANAGEMENT) as Array<keyof typeof MANAGEMENT>;

/** "Usage:  docker image COMMAND", the Short, "Commands:" padded to cobra's NamePadding (11). */
export function managementHelp(name: 'image' | 'container'): string {
  const spec = MANAGEMENT[name];
  const pad = Math.max(11, ...spec.commands.map(([c]) => c.length));
  return [
    `Usage:  docker ${name} COMMAND`,
    '',
    spec.short,
    '',
    'Commands:',
    ...spec.commands.map(([c, short]) => `  ${c.padEnd(pad)} ${short}`),
    '',
    `Run 'docker ${name} COMMAND --help' for more information on a command.`,
  ].join('\n');
}

export function managementUseLine(name: 'image' | 'container'): string {
  return `docker ${name} COMMAND`;
}

/** buildx's `docker buildx build` help (docker/buildx commands/build.go buildCmd), abridged to the options this terminal honours. */
export const BUILD_HELP = [
  'Usage:  docker buildx build [OPTIONS] PATH | URL | -',
  '',
  'Start a build',
  '',
  'Aliases:',
  '  docker build, docker builder build, docker image build, docker buildx b',
  '',
  'Options:',
  '      --build-arg stringArray     Set build-time variables',
  '  -f, --file string               Name of the Dockerfile (default: "PATH/Dockerfile")',
  '      --no-cache                  Do not use cache when building the image',
  '      --progress string           Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output (default "auto")',
  '      --pull                      Always attempt to pull all referenced images',
  '  -q, --quiet                     Suppress the build output and print image ID on success',
  '  -t, --tag stringArray           Name and optionally a tag (format: "name:tag")',
  '      --target string             Set the target build stage to build',
].join('\n');

export const BUILDX_BUILD_USE_LINE = 'docker buildx build [OPTIONS] PATH | URL | -';
