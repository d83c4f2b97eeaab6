/**
 * Which context and Dockerfile a `docker build` command line names, read the way
 * dockerBuild() reads it (the same flags, the same path rules: PATH and a relative `-f` are
 * resolved from the current directory, as docker/buildx build/opt.go loadInputs does), without
 * running anything.
 * The workspace uses it to check the Dockerfile in the editor against the context that the
 * lesson's command (or the learner's last build) would send.
 */
import { cleanPath, dirname, isWithin, relativePath, resolvePath } from '../paths';
import { BUILD_FLAGS } from './build-command';
import { parseFlags } from './flags';
import { PROJECT_ROOT } from './project-fs';
import { parseCommandLine } from './shell-words';

export interface BuildTarget {
  /** The context directory, relative to the project root ("." = the root). */
  context: string;
  /** The Dockerfile, relative to the project root. */
  dockerfile: string;
  /** The Dockerfile as the build names it, relative to the context (may start with "../"). */
  dockerfileInContext: string;
  buildArgs: Record<string, string>;
  tags: string[];
}

const BUILD_WORDS = [['docker', 'build'], ['docker', 'buildx', 'build'], ['docker', 'image', 'build']];

/**
 * The target of the first `docker build` in `commandLine`, run from `cwd` (relative to the
 * project root), or null when the line builds nothing we can read (no build, a remote or stdin
 * context, a bad flag).
 */
export function buildTargetOf(commandLine: string, cwd: string): BuildTarget | null {
  const parsed = parseCommandLine(commandLine, {});
  if (!parsed.ok) return null;
  for (const command of parsed.commands) {
    const prefix = BUILD_WORDS.find((words) => words.every((w, i) => command.argv[i] === w));
    if (!prefix) continue;
    const flags = parseFlags(command.argv.slice(prefix.length), BUILD_FLAGS);
    if (!flags.ok || flags.help || flags.args.length !== 1) return null;
    const contextArg = flags.args[0];
    if (contextArg === '-' || /^(https?:\/\/|git@|github\.com\/)/.test(contextArg)) return null;
    const cwdAbs = resolvePath(PROJECT_ROOT, cwd);
    const contextAbs = resolvePath(cwdAbs, contextArg);
    const fileArg = flags.flags.file as string | undefined;
    if (fileArg === '-') return null;
    const dockerfileAbs = fileArg !== undefined ? resolvePath(cwdAbs, fileArg) : cleanPath(`${contextAbs}/Dockerfile`);
    if (!isWithin(PROJECT_ROOT, contextAbs) || !isWithin(PROJECT_ROOT, dirname(dockerfileAbs))) return null;
    const buildArgs: Record<string, string> = {};
    for (const pair of (flags.flags['build-arg'] as string[] | undefined) ?? []) {
      const eq = pair.indexOf('=');
      if (eq > 0) buildArgs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return {
      context: relativePath(PROJECT_ROOT, contextAbs),
      dockerfile: relativePath(PROJECT_ROOT, dockerfileAbs),
      dockerfileInContext: relativePath(contextAbs, dockerfileAbs),
      buildArgs,
      tags: (flags.flags.tag as string[] | undefined) ?? [],
    };
  }
  return null;
}
