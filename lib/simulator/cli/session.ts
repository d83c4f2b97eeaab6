/** State shared by the simulated shell and docker commands. */
import type { BuildCache, CommandResult } from '../types';
import type { ProjectFs } from './project-fs';

export interface Session {
  fs: ProjectFs;
  /** Absolute current directory. */
  cwd: string;
  cache: BuildCache;
  env: Record<string, string>;
}

export type Outcome = CommandResult;

export function ok(output = ''): Outcome {
  return { exitCode: 0, output };
}

export function fail(exitCode: number, output: string): Outcome {
  return { exitCode, output };
}
