/** The `docker` command: sub-command dispatch and the image commands' flags. */
import { parseNormalizedNamed } from '../reference';
import { findImage, listImages } from '../store';
import { dockerBuild } from './build-command';
import { parseFlags, type FlagSpec } from './flags';
import { formatHistory, formatImages, pullImage, removeImage, shortId, tagImage } from './images';
import { dockerRun } from './run-command';
import type { Outcome, Session } from './session';
import { argumentCountError, COMMAND_HELP, DOCKER_HELP, flagError } from './usage';

export interface DockerContext {
  session: Session;
  /** Increments per command, for deterministic container ids and ports. */
  counter: number;
}

function flagsOr(command: string, argv: string[], specs: FlagSpec[]) {
  const parsed = parseFlags(argv, specs);
  if (!parsed.ok) return { error: { exitCode: 125, output: flagError(command, parsed.error) } as Outcome };
  if (parsed.help) return { error: { exitCode: 0, output: COMMAND_HELP[command] ?? '' } as Outcome };
  return { parsed };
}

function pull(session: Session, argv: string[]): Outcome {
  const { parsed, error } = flagsOr('docker pull', argv, [{ long: 'quiet', short: 'q', kind: 'bool' }, { long: 'platform', kind: 'string' }, { long: 'all-tags', short: 'a', kind: 'bool' }]);
  if (error) return error;
  if (parsed.args.length !== 1) return { exitCode: 1, output: argumentCountError('docker pull', 1, false) };
  const text = parsed.args[0];
  const ref = parseNormalizedNamed(text);
  if (!ref.ok) return { exitCode: 1, output: ref.error };
  const lines: string[] = [];
  if (!/:[^/]*$/.test(text) && !text.includes('@')) lines.push('Using default tag: latest');
  const result = pullImage(session.cache, ref.ref);
  if (!result.ok) return { exitCode: 1, output: [...lines, result.error].join('\n') };
  session.cache.clock += result.seconds;
  if (parsed.flags.quiet === true) return { exitCode: 0, output: ref.ref.full };
  return { exitCode: 0, output: [...lines, ...result.lines, ref.ref.full].join('\n') };
}

function images(session: Session, argv: string[]): Outcome {
  const { parsed, error } = flagsOr('docker images', argv, [
    { long: 'quiet', short: 'q', kind: 'bool' },
    { long: 'all', short: 'a', kind: 'bool' },
    { long: 'no-trunc', kind: 'bool' },
    { long: 'digests', kind: 'bool' },
  ]);
  if (error) return error;
  if (parsed.args.length > 1) return { exitCode: 1, output: "docker: 'docker images' accepts at most 1 argument" };
  const filter = parsed.args[0];
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
  if (parsed.flags.quiet === true) {
    const ids = listImages(view).map((image) => (parsed.flags['no-trunc'] === true ? image.id : shortId(image.id)));
    return { exitCode: 0, output: [...new Set(ids)].join('\n') };
  }
  return { exitCode: 0, output: formatImages(view, session.cache.clock) };
}

function history(session: Session, argv: string[]): Outcome {
  const { parsed, error } = flagsOr('docker history', argv, [
    { long: 'no-trunc', kind: 'bool' },
    { long: 'quiet', short: 'q', kind: 'bool' },
    { long: 'human', short: 'H', kind: 'bool' },
  ]);
  if (error) return error;
  if (parsed.args.length !== 1) return { exitCode: 1, output: argumentCountError('docker history', 1, false) };
  const image = findImage(session.cache, parsed.args[0]);
  if (!image) {
    const ref = parseNormalizedNamed(parsed.args[0]);
    return { exitCode: 1, output: `Error response from daemon: No such image: ${ref.ok ? ref.ref.familiar : parsed.args[0]}` };
  }
  if (parsed.flags.quiet === true) {
    return { exitCode: 0, output: image.history.map((_, i, all) => (i === all.length - 1 ? shortId(image.id) : '<missing>')).reverse().join('\n') };
  }
  return { exitCode: 0, output: formatHistory(image, session.cache.clock, parsed.flags['no-trunc'] === true) };
}

function rmi(session: Session, argv: string[]): Outcome {
  const { parsed, error } = flagsOr('docker rmi', argv, [{ long: 'force', short: 'f', kind: 'bool' }, { long: 'no-prune', kind: 'bool' }]);
  if (error) return error;
  if (parsed.args.length < 1) return { exitCode: 1, output: argumentCountError('docker rmi', 1, true) };
  const outputs: string[] = [];
  let exitCode = 0;
  for (const arg of parsed.args) {
    const result = removeImage(session.cache, arg, parsed.flags.force === true);
    if (result.output) outputs.push(result.output);
    if (result.exitCode !== 0) exitCode = result.exitCode;
  }
  return { exitCode, output: outputs.join('\n') };
}

function tag(session: Session, argv: string[]): Outcome {
  const { parsed, error } = flagsOr('docker tag', argv, []);
  if (error) return error;
  if (parsed.args.length !== 2) return { exitCode: 1, output: argumentCountError('docker tag', 2, false) };
  return tagImage(session.cache, parsed.args[0], parsed.args[1]);
}

export function docker(ctx: DockerContext, argv: string[]): Outcome {
  const [sub, ...rest] = argv;
  const { session } = ctx;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return { exitCode: 0, output: DOCKER_HELP };
  if (sub === '--version' || sub === '-v') return { exitCode: 0, output: 'Docker version 28.3.3 (simulated), buildx v0.26.1' };
  if (sub.startsWith('-')) return { exitCode: 125, output: flagError('docker', `unknown flag: ${sub}`) };
  const [second, ...afterSecond] = rest;
  switch (sub) {
    case 'build':
      return dockerBuild(session, rest, 'docker build');
    case 'buildx':
      if (second === 'build' || second === 'b') return dockerBuild(session, afterSecond, 'docker buildx build');
      break;
    case 'builder':
      if (second === 'build') return dockerBuild(session, afterSecond, 'docker builder build');
      break;
    case 'pull':
      return pull(session, rest);
    case 'images':
      return images(session, rest);
    case 'history':
      return history(session, rest);
    case 'run':
      return dockerRun(session, rest, ctx.counter);
    case 'rmi':
      return rmi(session, rest);
    case 'tag':
      return tag(session, rest);
    case 'container':
      if (second === 'run') return dockerRun(session, afterSecond, ctx.counter);
      break;
    case 'image':
      switch (second) {
        case 'build':
          return dockerBuild(session, afterSecond, 'docker image build');
        case 'ls':
        case 'list':
          return images(session, afterSecond);
        case 'pull':
          return pull(session, afterSecond);
        case 'history':
          return history(session, afterSecond);
        case 'rm':
        case 'remove':
          return rmi(session, afterSecond);
        case 'tag':
          return tag(session, afterSecond);
      }
      break;
  }
  const shown = ['buildx', 'builder', 'container', 'image'].includes(sub) && second !== undefined ? `${sub} ${second}` : sub;
  return { exitCode: 1, output: `docker: unknown command: docker ${shown}\n\nRun 'docker ${['buildx', 'builder', 'container', 'image'].includes(sub) ? sub + ' ' : ''}--help' for more information` };
}
