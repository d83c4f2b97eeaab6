/** Usage lines and argument-count errors in the Docker CLI's (v28) wording. */

export const USAGE: Record<string, string> = {
  'docker buildx build': 'docker buildx build [OPTIONS] PATH | URL | -',
  'docker build': 'docker buildx build [OPTIONS] PATH | URL | -',
  'docker pull': 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  'docker images': 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  'docker history': 'docker history [OPTIONS] IMAGE',
  'docker run': 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  'docker rmi': 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  'docker tag': 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
};

/** cli.ExactArgs / RequiresMinArgs: "docker: 'docker run' requires at least 1 argument" + usage. */
export function argumentCountError(command: string, count: number, atLeast: boolean): string {
  const noun = count === 1 ? 'argument' : 'arguments';
  return [
    `docker: '${command}' requires ${atLeast ? 'at least ' : ''}${count} ${noun}`,
    '',
    `Usage:  ${USAGE[command] ?? command}`,
    '',
    `See '${command} --help' for more information`,
  ].join('\n');
}

/** The flag error the CLI prints (exit 125): "unknown flag: --foo" + "See 'docker build --help'." */
export function flagError(command: string, error: string): string {
  return `${error}\nSee '${command} --help'.`;
}

export const DOCKER_HELP = [
  'Usage:  docker [OPTIONS] COMMAND',
  '',
  'A self-sufficient runtime for containers (simulated in this terminal)',
  '',
  'Common Commands:',
  '  run         Create and run a new container from an image',
  '  build       Build an image from a Dockerfile',
  '  pull        Download an image from a registry',
  '  images      List images',
  '',
  'Management Commands:',
  '  buildx*     Docker Buildx',
  '  image       Manage images',
  '',
  'Commands:',
  '  history     Show the history of an image',
  '  rmi         Remove one or more images',
  '  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  '',
  "Run 'docker COMMAND --help' for more information on a command.",
].join('\n');

export const COMMAND_HELP: Record<string, string> = {
  'docker build': [
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
  ].join('\n'),
  'docker pull': ['Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]', '', 'Download an image from a registry', '', 'Options:', '  -q, --quiet             Suppress verbose output'].join('\n'),
  'docker images': [
    'Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]',
    '',
    'List images',
    '',
    'Options:',
    '  -a, --all             Show all images (default hides intermediate images)',
    '      --no-trunc        Don\'t truncate output',
    '  -q, --quiet           Only show image IDs',
  ].join('\n'),
  'docker history': [
    'Usage:  docker history [OPTIONS] IMAGE',
    '',
    'Show the history of an image',
    '',
    'Options:',
    '  -H, --human           Print sizes and dates in human readable format (default true)',
    '      --no-trunc        Don\'t truncate output',
    '  -q, --quiet           Only show image IDs',
  ].join('\n'),
  'docker run': [
    'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    '',
    'Create and run a new container from an image',
    '',
    'Options:',
    '  -d, --detach                         Run container in background and print container ID',
    '  -e, --env list                       Set environment variables',
    '      --entrypoint string              Overwrite the default ENTRYPOINT of the image',
    '  -i, --interactive                    Keep STDIN open even if not attached',
    '      --name string                    Assign a name to the container',
    '  -p, --publish list                   Publish a container\'s port(s) to the host',
    '  -P, --publish-all                    Publish all exposed ports to random ports',
    '      --rm                             Automatically remove the container and its associated anonymous volumes when it exits',
    '  -t, --tty                            Allocate a pseudo-TTY',
    '  -w, --workdir string                 Working directory inside the container',
  ].join('\n'),
  'docker rmi': ['Usage:  docker rmi [OPTIONS] IMAGE [IMAGE...]', '', 'Remove one or more images', '', 'Options:', '  -f, --force      Force removal of the image'].join('\n'),
  'docker tag': ['Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', '', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'].join('\n'),
};
