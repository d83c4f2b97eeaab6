/** State shared by the simulated shell and docker commands. */
import type { BuildCache, CommandResult } from '../types';
import type { ProjectFs } from './project-fs';

export interface Session {
  fs: ProjectFs;
  /** Absolute current directory. */
  cwd: string;
  cache: BuildCache;
  env: Record<string, string>;
  /**
   * Whether the current command's stdout is the terminal (false while it is redirected to a
   * file). Docker's tree view of `docker images` prints differently to a non-terminal
   * (docker/cli internal/tui/output.go). Unset means the terminal.
   */
  stdoutIsTerminal?: boolean;
}

export type Outcome = CommandResult;

export function ok(output = ''): Outcome {
  return { exitCode: 0, output };
}

export function fail(exitCode: number, output: string): Outcome {
  return { exitCode, output };
}
