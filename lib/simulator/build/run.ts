/**
 * RUN: the cache-key inputs BuildKit uses (command with its shell, env, in-scope ARGs,
 * workdir, user, mounts, as dispatchRun in moby/buildkit dockerfile2llb/convert.go sets them
 * up; secrets excluded, https://docs.docker.com/build/cache/invalidation/#build-secrets), the
 * history text (`RUN |N a=1 /bin/sh -c ... # buildkit`), the simulated cost and any failure we
 * can know.
 */
import type { Step } from '@/lib/engine/types';
import { runCost } from '../costs';
import type { ImageOs, StepInputs } from '../types';
import { simulatedRunFailure, type RunFailure } from './run-failure';
import type { StageFs } from './stage-fs';
import type { StageArgs } from './vars';

export interface RunPlan {
  inputs: StepInputs;
  cost: number;
  size: number;
  history: string;
  /** Set when the command surely fails; `command` is what BuildKit quotes in the error. */
  failure: (RunFailure & { command: string }) | null;
}

/** `env`: the build state's env before the step (base image and ENV, not the ARGs: see StageArgs.forRun). */
export function planRun(step: Step, args: StageArgs, fs: StageFs, os: ImageOs | undefined, env: Record<string, string>): RunPlan {
  const ins = step.instruction;
  const { shell, workdir, user } = step.config;
  const heredoc = ins.heredocs.length > 0;
  const command = heredoc ? ins.heredocs.map((h) => h.content).join('') : (ins.argsText ?? ins.args.map((a) => a.value).join(' '));
  const argv = ins.json ?? [...shell, heredoc ? (ins.argsText ?? '') : command];
  // Secret mounts are not part of the cache key
  // (https://docs.docker.com/build/cache/invalidation/#build-secrets); other flags are.
  const flags = ins.flags.filter((f) => !(f.name === 'mount' && /type=secret/.test(f.value ?? ''))).map((f) => `--${f.name}=${f.value ?? ''}`);
  const inputs: StepInputs = {
    op: JSON.stringify(['RUN', argv, flags, ins.heredocs.map((h) => h.content)]),
    line: step.line,
    env: { ...env },
    args: args.forRun(env),
    workdir,
    user,
  };
  const { duration, size } = runCost(command);
  const found = ins.json ? null : simulatedRunFailure(command, shell, workdir, fs, os);
  return {
    inputs,
    cost: duration,
    size,
    history: `RUN ${args.historyPrefix(env)}${argv.join(' ')} # buildkit`,
    failure: found ? { ...found, command: argv.join(' ') } : null,
  };
}
