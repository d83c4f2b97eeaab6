/**
 * The docker commands the terminal knows, as docker/cli v29.7.2 declares them with cobra (Use,
 * Short, argument rule, aliases, flags with their usage texts), and the checks cobra runs
 * before a command starts: flags, `--help`, then the argument count.
 * Sources: docker/cli cli/command/container/{run,opts,list,stop,start,rm,logs,inspect}.go,
 * cli/command/image/{pull,list,history,remove,tag,inspect}.go, cli/command/system/{inspect,version}.go.
 */
import { parseFlags, type FlagSpec, type FlagValues } from './flags';
import type { Outcome } from './session';
import { acceptsNoArgsText, exactArgsText, flagErrorText, requiresMaxArgsText, requiresMinArgsText } from './texts';

export type ArgRule = { exact: number } | { min: number } | { max: number } | { none: true };

export interface HelpFlag extends FlagSpec {
  /** pflag's value type name shown in help ("string", "list"...); none for bool flags. */
  type?: string;
  usage: string;
}

export interface CommandSpec {
  /** What follows the command name in `Use`, e.g. "[OPTIONS] IMAGE [COMMAND] [ARG...]". */
  use: string;
  short: string;
  args: ArgRule;
  aliases?: string;
  flags: HelpFlag[];
  /** false for `docker run`: words after the image belong to the container. */
  interspersed?: boolean;
}

const f = (long: string, short: string | undefined, kind: FlagSpec['kind'], usage: string, type?: string): HelpFlag => ({ long, short, kind, usage, type });

/** docker/cli cli/flags/options.go FormatHelp (the --format usage of list commands). */
const FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;
const FORMAT = f('format', undefined, 'string', 'Format output using a custom template', 'string');
const RUN_CREATE_FLAGS = [
  f('detach', 'd', 'bool', 'Run container in background and print container ID'),
  f('env', 'e', 'array', 'Set environment variables', 'list'),
  f('entrypoint', undefined, 'string', 'Overwrite the default ENTRYPOINT of the image', 'string'),
  f('interactive', 'i', 'bool', 'Keep STDIN open even if not attached'),
  f('name', undefined, 'string', 'Assign a name to the container', 'string'),
  f('publish', 'p', 'array', "Publish a container's port(s) to the host", 'list'),
  f('publish-all', 'P', 'bool', 'Publish all exposed ports to random ports'),
  f('quiet', 'q', 'bool', 'Suppress the pull output'),
  f('rm', undefined, 'bool', 'Automatically remove the container and its associated anonymous volumes when it exits'),
  f('tty', 't', 'bool', 'Allocate a pseudo-TTY'),
  f('workdir', 'w', 'string', 'Working directory inside the container', 'string'),
];

/** Keyed by the command's own name (`Use`'s first word); the path decides how it is shown. */
export const COMMANDS = {
  run: { use: '[OPTIONS] IMAGE [COMMAND] [ARG...]', short: 'Create and run a new container from an image', args: { min: 1 }, aliases: 'docker container run, docker run', flags: RUN_CREATE_FLAGS, interspersed: false },
  ps: {
    use: '[OPTIONS]',
    short: 'List containers',
    args: { none: true },
    aliases: 'docker container ls, docker container list, docker container ps, docker ps',
    flags: [
      f('all', 'a', 'bool', 'Show all containers (default shows just running)'),
      f('filter', 'f', 'array', 'Filter output based on conditions provided', 'filter'),
      FORMAT,
      f('last', 'n', 'string', 'Show n last created containers (includes all states)', 'int'),
      f('latest', 'l', 'bool', 'Show the latest created container (includes all states)'),
      f('no-trunc', undefined, 'bool', "Don't truncate output"),
      f('quiet', 'q', 'bool', 'Only display container IDs'),
      f('size', 's', 'bool', 'Display total file sizes'),
    ],
  },
  stop: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Stop one or more running containers',
    args: { min: 1 },
    aliases: 'docker container stop, docker stop',
    flags: [f('signal', 's', 'string', 'Signal to send to the container', 'string'), f('timeout', 't', 'string', 'Seconds to wait before killing the container', 'int')],
  },
  start: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Start one or more stopped containers',
    args: { min: 1 },
    aliases: 'docker container start, docker start',
    flags: [f('attach', 'a', 'bool', 'Attach STDOUT/STDERR and forward signals'), f('interactive', 'i', 'bool', "Attach container's STDIN")],
  },
  rm: {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Remove one or more containers',
    args: { min: 1 },
    aliases: 'docker container rm, docker container remove, docker rm',
    flags: [
      f('force', 'f', 'bool', 'Force the removal of a running container (uses SIGKILL)'),
      f('link', 'l', 'bool', 'Remove the specified link'),
      f('volumes', 'v', 'bool', 'Remove anonymous volumes associated with the container'),
    ],
  },
  logs: {
    use: '[OPTIONS] CONTAINER',
    short: 'Fetch the logs of a container',
    args: { exact: 1 },
    aliases: 'docker container logs, docker logs',
    flags: [
      f('details', undefined, 'bool', 'Show extra details provided to logs'),
      f('follow', 'f', 'bool', 'Follow log output'),
      f('tail', 'n', 'string', 'Number of lines to show from the end of the logs (default "all")', 'string'),
      f('timestamps', 't', 'bool', 'Show timestamps'),
    ],
  },
  inspect: {
    use: '[OPTIONS] NAME|ID [NAME|ID...]',
    short: 'Return low-level information on Docker objects',
    args: { min: 1 },
    flags: [f('format', 'f', 'string', 'Format output using a custom template', 'string'), f('size', 's', 'bool', 'Display total file sizes if the type is container'), f('type', undefined, 'string', 'Only inspect objects of the given type', 'string')],
  },
  'image inspect': {
    use: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Display detailed information on one or more images',
    args: { min: 1 },
    flags: [f('format', 'f', 'string', 'Format output using a custom template', 'string')],
  },
  'container inspect': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Display detailed information on one or more containers',
    args: { min: 1 },
    flags: [f('format', 'f', 'string', 'Format output using a custom template', 'string'), f('size', 's', 'bool', 'Display total file sizes')],
  },
  pull: {
    use: '[OPTIONS] NAME[:TAG|@DIGEST]',
    short: 'Download an image from a registry',
    args: { exact: 1 },
    aliases: 'docker image pull, docker pull',
    flags: [f('all-tags', 'a', 'bool', 'Download all tagged images in the repository'), f('platform', undefined, 'string', 'Set platform if server is multi-platform capable', 'string'), f('quiet', 'q', 'bool', 'Suppress verbose output')],
  },
  images: {
    use: '[OPTIONS] [REPOSITORY[:TAG]]',
    short: 'List images',
    args: { max: 1 },
    aliases: 'docker image ls, docker image list, docker images',
    flags: [
      f('all', 'a', 'bool', 'Show all images (default hides intermediate and dangling images)'),
      f('digests', undefined, 'bool', 'Show digests'),
      f('filter', 'f', 'array', 'Filter output based on conditions provided', 'filter'),
      f('format', undefined, 'string', FORMAT_HELP, 'string'),
      f('no-trunc', undefined, 'bool', "Don't truncate output"),
      f('quiet', 'q', 'bool', 'Only show image IDs'),
      f('tree', undefined, 'bool', 'List multi-platform images as a tree (EXPERIMENTAL)'),
    ],
  },
  history: {
    use: '[OPTIONS] IMAGE',
    short: 'Show the history of an image',
    args: { exact: 1 },
    aliases: 'docker image history, docker history',
    flags: [f('human', 'H', 'bool', 'Print sizes and dates in human readable format (default true)'), f('no-trunc', undefined, 'bool', "Don't truncate output"), f('quiet', 'q', 'bool', 'Only show image IDs')],
  },
  rmi: {
    use: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Remove one or more images',
    args: { min: 1 },
    aliases: 'docker image rm, docker image remove, docker rmi',
    flags: [f('force', 'f', 'bool', 'Force removal of the image'), f('no-prune', undefined, 'bool', 'Do not delete untagged parents')],
  },
  tag: { use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', args: { exact: 2 }, aliases: 'docker image tag, docker tag', flags: [] },
  version: { use: '[OPTIONS]', short: 'Show the Docker version information', args: { none: true }, flags: [FORMAT] },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The name a sub-command has under its management command (`docker image ls`, `docker container rm`). */
const SUBCOMMAND_NAMES: Partial<Record<CommandName, string>> = { images: 'ls', rmi: 'rm', ps: 'ls', 'image inspect': 'inspect', 'container inspect': 'inspect' };

/** "docker ps" or "docker container ls" for a command reached as `docker <parent> ...`. */
export function commandPath(name: CommandName, parent?: 'image' | 'container'): string {
  if (parent === undefined) return `docker ${name}`;
  return `docker ${parent} ${SUBCOMMAND_NAMES[name] ?? name}`;
}

export function usageLine(name: CommandName, path: string): string {
  return `${path} ${COMMANDS[name].use}`;
}

/** pflag FlagUsagesWrapped: "  -a, --all" or "      --name string", usages in one column. */
export function flagUsages(flags: HelpFlag[]): string {
  const left = [...flags]
    .sort((a, b) => (a.long < b.long ? -1 : 1))
    .map((flag) => ({ text: `${flag.short ? `  -${flag.short}, ` : '      '}--${flag.long}${flag.type ? ` ${flag.type}` : ''}`, usage: flag.usage }));
  const width = Math.max(0, ...left.map((l) => l.text.length));
  // A usage of several lines goes on under the first, indented past the flag column (pflag wrap()).
  return left.map((l) => `${l.text.padEnd(width)}   ${l.usage.replace(/\n/g, `\n${' '.repeat(width + 3)}`)}`).join('\n');
}

/** docker/cli cli/cobra.go usageTemplate for a command without sub-commands. */
export function commandHelp(name: CommandName, path: string): string {
  const spec: CommandSpec = COMMANDS[name];
  const parts = [`Usage:  ${usageLine(name, path)}`, '', spec.short];
  if (spec.aliases) parts.push('', 'Aliases:', `  ${spec.aliases}`);
  if (spec.flags.length > 0) parts.push('', 'Options:', flagUsages(spec.flags));
  return parts.join('\n');
}

export type Prepared = { ok: true; flags: FlagValues; args: string[] } | { ok: false; outcome: Outcome };

/** What cobra does before RunE: parse flags (exit 125 on error), answer --help, check the argument count (exit 1). */
export function prepare(name: CommandName, path: string, argv: string[]): Prepared {
  const spec: CommandSpec = COMMANDS[name];
  const parsed = parseFlags(argv, spec.flags, spec.interspersed ?? true);
  const line = usageLine(name, path);
  if (!parsed.ok) return { ok: false, outcome: { exitCode: 125, output: flagErrorText(parsed.error, line, path) } };
  if (parsed.help) return { ok: false, outcome: { exitCode: 0, output: commandHelp(name, path) } };
  const n = parsed.args.length;
  const rule = spec.args;
  let error: string | null = null;
  if ('none' in rule && n > 0) error = acceptsNoArgsText(path, line);
  if ('exact' in rule && n !== rule.exact) error = exactArgsText(path, rule.exact, line);
  if ('min' in rule && n < rule.min) error = requiresMinArgsText(path, rule.min, line);
  if ('max' in rule && n > rule.max) error = requiresMaxArgsText(path, rule.max, line);
  if (error !== null) return { ok: false, outcome: { exitCode: 1, output: error } };
  return { ok: true, flags: parsed.flags, args: parsed.args };
}
