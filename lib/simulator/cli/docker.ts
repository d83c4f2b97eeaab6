/** The `docker` command: sub-command dispatch and the image commands. */
import { parseNormalizedNamed } from '@/lib/docker/reference';
import { findImage, listImages } from '../store';
import { dockerBuild } from './build-command';
import { commandPath, prepare, usageLine } from './commands';
import { dockerLogs, dockerPs, dockerRm, dockerStart, dockerStop } from './container-commands';
import { formatHistory, formatImages, formatImageTree, pullImage, removeImage, shortId, tagImage } from './images';
import { dockerInspect } from './inspect';
import { dockerRun } from './run-command';
import type { Outcome, Session } from './session';
import {
  ambiguousImagesHint,
  badFilterFormat,
  daemonError,
  flagErrorText,
  invalidFilter,
  noSuchImage,
  NOTE,
  treeUnsupported,
  unknownCommandText,
  unknownSubcommandText,
  USING_DEFAULT_TAG,
} from './texts';
import { DOCKER_HELP, managementHelp, managementUseLine } from './usage';
import { dockerVersionLine, dockerVersionText } from './version';

export interface DockerContext {
  session: Session;
}

type Parent = 'image' | 'container' | undefined;

function pull(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('pull', parent ? commandPath('pull', 'image') : 'docker pull', argv);
  if (!prepared.ok) return prepared.outcome;
  const text = prepared.args[0];
  const ref = parseNormalizedNamed(text);
  if (!ref.ok) return { exitCode: 1, output: ref.error };
  const lines: string[] = [];
  if (!/:[^/]*$/.test(text) && !text.includes('@')) lines.push(USING_DEFAULT_TAG);
  const result = pullImage(session.cache, ref.ref);
  if (!result.ok) return { exitCode: 1, output: [...lines, result.error].join('\n') };
  session.cache.clock += result.seconds;
  if (prepared.flags.quiet === true) return { exitCode: 0, output: ref.ref.full };
  return { exitCode: 0, output: [...lines, ...result.lines, ref.ref.full].join('\n') };
}

/** path.Match for the reference filter: `*` and `?` stay within a path element, `[...]` classes. */
function pathMatch(pattern: string, name: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) return false;
      const body = pattern.slice(i + 1, close).replace(/^\^/, '!');
      source += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
      i = close;
    } else if (c === '\\' && i + 1 < pattern.length) source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(name);
}

/**
 * `docker images` / `docker image ls` (docker/cli cli/command/image/list.go runImages): the tree
 * view unless -q, --no-trunc, --digests or --format asks for the classic list; dangling images
 * are left out unless -a or a dangling filter. The daemon's filters are moby/moby
 * daemon/containerd/image_list.go setupFilters (dangling, reference).
 */
function images(session: Session, argv: string[], parent?: Parent): Outcome {
  const path = commandPath('images', parent === 'image' ? 'image' : undefined);
  const prepared = prepare('images', path, argv);
  if (!prepared.ok) return prepared.outcome;
  const flags = prepared.flags;
  const filters = new Map<string, string[]>();
  for (const value of (flags.filter as string[] | undefined) ?? []) {
    if (value === '') continue;
    const eq = value.indexOf('=');
    if (eq === -1) return { exitCode: 125, output: flagErrorText(badFilterFormat(value), usageLine('images', path), path) };
    const key = value.slice(0, eq).trim().toLowerCase();
    const values = filters.get(key) ?? [];
    if (!values.includes(value.slice(eq + 1).trim())) values.push(value.slice(eq + 1).trim());
    filters.set(key, values);
  }
  const matchName = prepared.args[0];
  if (matchName !== undefined) filters.set('reference', [...(filters.get('reference') ?? []), matchName]);

  const tree = flags.tree === true;
  const classicFlag = (['quiet', 'no-trunc', 'digests', 'format'] as const).find((name) => flags[name] !== undefined && flags[name] !== false && flags[name] !== '');
  if (tree && classicFlag) {
    const shown = ({ quiet: '--quiet', 'no-trunc': '--no-trunc', digests: '--show-digest', format: '--format' } as const)[classicFlag];
    return { exitCode: 1, output: treeUnsupported(shown) };
  }

  // The daemon checks the filters (image_list.go Images, setupFilters).
  for (const key of filters.keys()) {
    if (!['dangling', 'label', 'label!', 'before', 'since', 'reference', 'until'].includes(key)) return { exitCode: 1, output: daemonError(invalidFilter(key)) };
  }
  let dangling: boolean | undefined;
  if (filters.has('dangling')) {
    const values = filters.get('dangling')!;
    const isFalse = values.includes('0') || values.includes('false');
    const isTrue = values.includes('1') || values.includes('true');
    if (isFalse === isTrue) return { exitCode: 1, output: daemonError(invalidFilter('dangling', values)) };
    dangling = isTrue;
  }
  const references = filters.get('reference');
  let list = listImages(session.cache);
  if (dangling !== undefined) list = list.filter((image) => (image.tags.length === 0) === dangling);
  if (references) {
    // Each tag is its own image record in containerd: keep the tags that match, as familiar or full name, with or without the tag.
    list = list
      .map((image) => ({
        ...image,
        tags: image.tags.filter((tag) => {
          const ref = parseNormalizedNamed(tag);
          if (!ref.ok) return false;
          const targets = [ref.ref.familiar, ref.ref.familiarRepository, ref.ref.full, ref.ref.repository];
          return references.some((pattern) => targets.some((target) => pathMatch(pattern, target)));
        }),
      }))
      .filter((image) => image.tags.length > 0);
  }
  // The CLI hides dangling images unless -a, or a dangling filter other than false (list.go runImages).
  if (flags.all !== true && (dangling === undefined || dangling === false)) list = list.filter((image) => image.tags.length > 0);

  let output: string;
  if (classicFlag) {
    const format = flags.format as string | undefined;
    const formatted = formatImages(list, {
      now: session.cache.clock,
      quiet: flags.quiet === true,
      noTrunc: flags['no-trunc'] === true,
      digests: flags.digests === true,
      format: format === undefined || format === '' ? undefined : format,
    });
    if (formatted === null) return { exitCode: 1, output: NOTE.imageFormat };
    output = formatted;
  } else {
    output = formatImageTree(session.cache, list, session.stdoutIsTerminal !== false);
    if (tree) output = `${NOTE.expandedTree}\n${output}`;
  }
  // `docker images ls` filters by the name "ls": the CLI adds a hint on stderr (list.go printAmbiguousHint).
  if (parent === undefined && matchName !== undefined && list.length === 0 && ['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag'].includes(matchName)) {
    output += `\n${ambiguousImagesHint(matchName)}`;
  }
  return { exitCode: 0, output };
}

function history(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('history', commandPath('history', parent === 'image' ? 'image' : undefined), argv);
  if (!prepared.ok) return prepared.outcome;
  const image = findImage(session.cache, prepared.args[0]);
  if (!image) {
    const ref = parseNormalizedNamed(prepared.args[0]);
    return { exitCode: 1, output: daemonError(noSuchImage(ref.ok ? ref.ref.familiar : prepared.args[0])) };
  }
  if (prepared.flags.quiet === true) {
    return { exitCode: 0, output: image.history.map((_, i, all) => (i === all.length - 1 ? shortId(image.id) : '<missing>')).reverse().join('\n') };
  }
  return { exitCode: 0, output: formatHistory(image, session.cache.clock, prepared.flags['no-trunc'] === true) };
}

function rmi(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('rmi', commandPath('rmi', parent === 'image' ? 'image' : undefined), argv);
  if (!prepared.ok) return prepared.outcome;
  const outputs: string[] = [];
  let exitCode = 0;
  for (const arg of prepared.args) {
    const result = removeImage(session.cache, arg, prepared.flags.force === true);
    if (result.output) outputs.push(result.output);
    // With --force, "No such image" is printed but does not fail the command (docker/cli cli/command/image/remove.go).
    if (result.exitCode !== 0 && !(prepared.flags.force === true && result.output.includes('No such image'))) exitCode = result.exitCode;
  }
  return { exitCode, output: outputs.join('\n') };
}

function tag(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('tag', commandPath('tag', parent === 'image' ? 'image' : undefined), argv);
  if (!prepared.ok) return prepared.outcome;
  return tagImage(session.cache, prepared.args[0], prepared.args[1]);
}

function version(argv: string[]): Outcome {
  const prepared = prepare('version', 'docker version', argv);
  if (!prepared.ok) return prepared.outcome;
  return { exitCode: 0, output: dockerVersionText() };
}

/** `docker image <sub>` and `docker container <sub>`: sub-commands and their aliases (cobra Aliases). */
function management(session: Session, parent: 'image' | 'container', argv: string[]): Outcome {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return { exitCode: 0, output: managementHelp(parent) };
  if (sub.startsWith('-')) return { exitCode: 125, output: flagErrorText(`unknown flag: ${sub}`, managementUseLine(parent), `docker ${parent}`) };
  if (parent === 'image') {
    switch (sub) {
      case 'build':
        return dockerBuild(session, rest);
      case 'ls':
      case 'list':
        return images(session, rest, 'image');
      case 'pull':
        return pull(session, rest, 'image');
      case 'history':
        return history(session, rest, 'image');
      case 'rm':
      case 'remove':
        return rmi(session, rest, 'image');
      case 'tag':
        return tag(session, rest, 'image');
      case 'inspect':
        return dockerInspect(session, rest, 'image');
    }
  } else {
    switch (sub) {
      case 'run':
        return dockerRun(session, rest, 'container');
      case 'ls':
      case 'list':
      case 'ps':
        return dockerPs(session, rest, 'docker container ls');
      case 'stop':
        return dockerStop(session, rest, 'container');
      case 'start':
        return dockerStart(session, rest, 'container');
      case 'rm':
      case 'remove':
        return dockerRm(session, rest, 'container');
      case 'logs':
        return dockerLogs(session, rest, 'container');
      case 'inspect':
        return dockerInspect(session, rest, 'container');
    }
  }
  return { exitCode: 1, output: unknownSubcommandText(`docker ${parent}`, sub, managementUseLine(parent)) };
}

export function docker(ctx: DockerContext, argv: string[]): Outcome {
  const [sub, ...rest] = argv;
  const { session } = ctx;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return { exitCode: 0, output: DOCKER_HELP };
  if (sub === '--version' || sub === '-v') return { exitCode: 0, output: dockerVersionLine() };
  if (sub.startsWith('-')) return { exitCode: 125, output: flagErrorText(`unknown flag: ${sub}`, 'docker [OPTIONS] COMMAND [ARG...]', 'docker') };
  const [second, ...afterSecond] = rest;
  switch (sub) {
    case 'build':
      return dockerBuild(session, rest);
    case 'buildx':
      if (second === 'build' || second === 'b') return dockerBuild(session, afterSecond);
      break;
    case 'builder':
      if (second === 'build') return dockerBuild(session, afterSecond);
      break;
    case 'pull':
      return pull(session, rest);
    case 'images':
      return images(session, rest);
    case 'history':
      return history(session, rest);
    case 'run':
      return dockerRun(session, rest);
    case 'rmi':
      return rmi(session, rest);
    case 'tag':
      return tag(session, rest);
    case 'ps':
      return dockerPs(session, rest);
    case 'stop':
      return dockerStop(session, rest);
    case 'start':
      return dockerStart(session, rest);
    case 'rm':
      return dockerRm(session, rest);
    case 'logs':
      return dockerLogs(session, rest);
    case 'inspect':
      return dockerInspect(session, rest);
    case 'version':
      return version(rest);
    case 'image':
    case 'container':
      return management(session, sub, rest);
  }
  const shown = ['buildx', 'builder'].includes(sub) && second !== undefined ? `${sub} ${second}` : sub;
  return { exitCode: 1, output: unknownCommandText(shown) };
}
