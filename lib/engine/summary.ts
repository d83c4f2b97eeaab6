/**
 * One plain sentence per step, for learners (no final period, like UI labels).
 * Facts follow the Dockerfile reference (https://docs.docker.com/reference/dockerfile/) and,
 * for which steps add a layer, BuildKit's dispatchers (moby/buildkit
 * frontend/dockerfile/dockerfile2llb/convert.go).
 */
import type { Instruction } from './types';
import type { StepOutcome } from './config';
import { basePlaceholder } from './scope';

const MAX_SHOWN = 60;

function short(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_SHOWN ? oneLine.slice(0, MAX_SHOWN - 1) + '…' : oneLine;
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function jsonList(items: string[]): string {
  return '[' + items.map((s) => JSON.stringify(s)).join(', ') + ']';
}

/** Exec form as a JSON list; shell form as `/bin/sh -c "<cmd>"`. */
function describeCommand(value: string[], exec: boolean): string {
  if (exec) return short(jsonList(value));
  const shell = value.slice(0, -1).join(' ');
  return `${shell} "${short(value[value.length - 1] ?? '')}"`;
}

export interface SummaryContext {
  /** Name of the stage COPY --from / RUN --mount=from refers to, when it is a stage. */
  fromStageLabel?: string;
  /**
   * Whether the ENTRYPOINT in effect was written in shell form (it then ignores CMD:
   * https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact).
   */
  entrypointShellForm?: boolean;
}

function describeSources(ins: Instruction, sources: string[], from: string | undefined, ctx: SummaryContext): string {
  const heredocs = ins.heredocs.map((h) => h.name);
  if (heredocs.length > 0 && sources.length > 0 && sources.every((s) => /^\d*<</.test(s))) {
    return `the inline content ${listWords(heredocs.map((n) => '<<' + n))}`;
  }
  const origin =
    from === undefined ? 'the build context' : ctx.fromStageLabel ? `stage ${ctx.fromStageLabel}` : `image ${from}`;
  if (sources.length === 1 && sources[0] === '.') return `everything in ${origin}`;
  return `${listWords(sources)} from ${origin}`;
}

export function summarize(ins: Instruction, outcome: StepOutcome, ctx: SummaryContext = {}): string {
  const text = summarizeStep(ins, outcome, ctx);
  const names = outcome.facts.baseImageVars;
  if (!names || names.length === 0) return text;
  // A few names, then a count: one line can use thousands.
  const shown = names.slice(0, 4).map(basePlaceholder);
  const refs = names.length > shown.length ? `${shown.join(', ')} and ${names.length - shown.length} more` : listWords(shown);
  const what = names.length === 1 ? 'stands for the value' : 'stand for the values';
  return `${text}. ${refs} ${what} the base image sets, if any: Docker reads ${names.length === 1 ? 'it' : 'them'} from the image when it builds, and Layerwise cannot pull the image to show ${names.length === 1 ? 'it' : 'them'}`;
}

function summarizeStep(ins: Instruction, outcome: StepOutcome, ctx: SummaryContext): string {
  const { config, facts } = outcome;
  switch (ins.keyword) {
    case 'RUN': {
      const mounts = ins.flags.some((f) => f.name === 'mount') ? ' (its --mount is not saved in the layer)' : '';
      if (ins.heredocs.length > 0) {
        return `Runs the script <<${ins.heredocs[0].name} at build time and saves the changed files as a new layer${mounts}`;
      }
      if (ins.json) {
        return `Runs ${short(jsonList(ins.json))} at build time without a shell and saves the changed files as a new layer${mounts}`;
      }
      return `Runs "${short(ins.argsText ?? '')}" with ${config.shell.join(' ')} at build time and saves the changed files as a new layer${mounts}`;
    }
    case 'COPY':
    case 'ADD': {
      const sources = facts.sources ?? [];
      const dest = facts.destination ?? '?';
      if (ins.keyword === 'ADD' && sources.some((s) => /^(https?:\/\/|git@)/.test(s))) {
        return `Downloads ${listWords(sources)} to ${dest}`;
      }
      const verb = ins.keyword === 'COPY' ? 'Copies' : 'Adds';
      return `${verb} ${describeSources(ins, sources, facts.from, ctx)} to ${dest}`;
    }
    case 'WORKDIR':
      return config.workdir === '/'
        ? 'Sets the working directory to / (no layer: / always exists)'
        : `Sets the working directory to ${config.workdir} (creates it if missing)`;
    case 'ENV': {
      const pairs = (facts.pairs ?? []).map((p) => `${p.key}=${p.value ?? ''}`);
      return `Sets ${short(listWords(pairs))} in the environment of later instructions and of containers`;
    }
    case 'ARG': {
      const parts = (facts.pairs ?? []).map((p) => (p.value === null ? `${p.key} (no value)` : `${p.key} (now "${short(p.value)}")`));
      const noun = parts.length === 1 ? 'build argument' : 'build arguments';
      return `Declares ${noun} ${listWords(parts)} for the rest of this stage, during the build only`;
    }
    case 'LABEL': {
      const pairs = (facts.pairs ?? []).map((p) => `${p.key}=${JSON.stringify(p.value ?? '')}`);
      return `Adds ${pairs.length === 1 ? 'the label' : 'the labels'} ${short(listWords(pairs))} to the image metadata`;
    }
    case 'EXPOSE': {
      const ports = facts.ports ?? [];
      return `Records that the app listens on ${ports.length === 1 ? 'port' : 'ports'} ${listWords(ports)} (documentation only; publish with docker run -p)`;
    }
    case 'USER':
      return `Switches to user ${config.user || '""'} for later RUN, CMD and ENTRYPOINT instructions and for containers`;
    case 'VOLUME': {
      const added = facts.volumes ?? [];
      const shown = added.length > 0 ? added : config.volumes.keys();
      return `Marks ${listWords(shown)} as ${shown.length === 1 ? 'a volume' : 'volumes'}: each container gets an anonymous volume there unless one is mounted`;
    }
    case 'STOPSIGNAL':
      return `Sets the signal docker stop sends to the container's main process to ${config.stopSignal ?? '?'}`;
    case 'SHELL':
      return `Makes later shell-form instructions run with ${jsonList(config.shell)}`;
    case 'CMD': {
      if (!config.cmd) return 'Sets an empty default command';
      const what = describeCommand(config.cmd, ins.json !== null);
      if (config.entrypoint && config.entrypoint.length > 0) {
        const shellEntrypoint = ctx.entrypointShellForm === true;
        return shellEntrypoint
          ? `Sets the default arguments to ${what}, which the shell-form ENTRYPOINT ignores`
          : `Sets the default arguments passed to the ENTRYPOINT to ${what} (docker run arguments replace them)`;
      }
      return `Sets the default command to ${what} (runs when a container starts; docker run arguments replace it)`;
    }
    case 'ENTRYPOINT': {
      if (!config.entrypoint) return 'Sets an empty ENTRYPOINT';
      const exec = ins.json !== null;
      const what = describeCommand(config.entrypoint, exec);
      const cleared = facts.clearedCmd ? ', and clears the CMD inherited from the base image' : '';
      return exec
        ? `Sets the program every container runs to ${what}; CMD and docker run arguments are passed to it${cleared}`
        : `Sets the program every container runs to ${what}; in shell form it ignores CMD and docker run arguments${cleared}`;
    }
    case 'HEALTHCHECK': {
      const hc = config.healthcheck;
      if (hc && hc[0] === 'NONE') return 'Turns off any health check inherited from the base image';
      if (!hc) return 'Declares a health check';
      const test = hc[0] === 'CMD-SHELL' ? `"${short(hc[1] ?? '')}" with /bin/sh -c` : short(jsonList(hc.slice(1)));
      return `Makes Docker run ${test} inside the running container to check its health`;
    }
    case 'MAINTAINER':
      return 'Records the image author (MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors)';
    case 'ONBUILD':
      return `Registers a trigger: "${short(ins.onbuild?.text ?? '')}" runs when another build uses this image as its base (no layer, no history entry)`;
    default:
      return `${ins.rawKeyword} is not a Dockerfile instruction`;
  }
}
