/**
 * A throwaway build of the workspace's project, run while the browser is idle before the learner's
 * first `docker build`: the first build in a page is several times slower than the next ones
 * (the simulator's code is not yet compiled by the JavaScript engine), and the terminal must show
 * a build and its layers within 100 ms of Enter. The copy has the files only: the learner's
 * images, cache, last build and terminal are untouched, and nothing is printed.
 */
import { Workspace } from './workspace';

/** The command the learner is most likely to run: the suggested one when it builds, else a plain build. */
export function warmUpCommand(workspace: Workspace): string {
  const suggested = workspace.command?.trim();
  return suggested && /^docker (buildx |image )?build\b/.test(suggested) && !/[;&|]/.test(suggested) ? suggested : 'docker build -t warm-up .';
}

/** Builds a copy of the workspace twice (a cold and a cached build); returns the copy's exit codes. */
export function warmUp(workspace: Workspace): number[] {
  const copy = new Workspace({ files: workspace.files(), cwd: workspace.cwd, command: workspace.command });
  const command = warmUpCommand(workspace);
  return [copy.run(command).exitCode, copy.run(command).exitCode];
}
