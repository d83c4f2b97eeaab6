/** The `docker` command: sub-command dispatch and the image commands. */
import { parseNormalizedNamed } from '../reference';
import { findImage, listImages } from '../store';
import { dockerBuild } from './build-command';
import { commandPath, prepare } from './commands';
import { dockerLogs, dockerPs, dockerRm, dockerStart, dockerStop } from './container-commands';
import { formatHistory, formatImages, pullImage, removeImage, shortId, tagImage } from './images';
import { dockerInspect } from './inspect';
import { dockerRun } from './run-command';
import type { Outcome, Session } from './session';
import { ambiguousImagesHint, daemonError, flagErrorText, noSuchImage, unknownCommandText, unknownSubcommandText, USING_DEFAULT_TAG } from './texts';
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

function images(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('images', commandPath('images', parent === 'image' ? 'image' : undefined), argv);
  if (!prepared.ok) return prepared.outcome;
  const filter = prepared.args[0];
  let view = session.cache;
  if (filter !== undefined) {
    const ref = parseNormalizedNamed(filter);
    const repo = ref.ok ? ref.ref.repository : filter;
    const tag = filter.includes(':') && ref.ok ? ref.ref.tag : null;
    const kept = Object.fromEntries(
      Object.entries(session.cache.images)
        .map(([id, image]) => [id, { ...image, tags: image.tags.filter((t) => t.startsWith(repo + ':') && (tag === null || t === `${repo}:${tag}`)) }] as const)
        .filter(([, image]) => image.tags.length > 0),
    );
    view = { ...session.cache, images: kept };
  }
  let output: string;
  if (prepared.flags.quiet === true) {
    const ids = listImages(view).map((image) => (prepared.flags['no-trunc'] === true ? image.id : shortId(image.id)));
    output = [...new Set(ids)].join('\n');
  } else output = formatImages(view, session.cache.clock);
  // `docker images ls` filters by the name "ls": the CLI adds a hint on stderr.
  if (parent === undefined && filter !== undefined && listImages(view).length === 0 && ['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag'].includes(filter)) {
    output += `\n${ambiguousImagesHint(filter)}`;
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
