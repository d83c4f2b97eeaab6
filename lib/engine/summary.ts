/**
 * One plain sentence per step, for learners. Facts follow docker-semantics.md
 * (A.1 layers, D.1 CMD/ENTRYPOINT, D.3 EXPOSE, D.4 WORKDIR, D.5 ENV/ARG).
 */
import type { ImageConfig, Instruction } from './types';
import type { StepOutcome } from './config';

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

function describeCommand(value: string[] | null, shell: string[], ins: Instruction): string {
  if (!value) return 'nothing';
  if (ins.json) return short(jsonList(value));
  return `"${short(value[value.length - 1] ?? '')}" through ${shell.join(' ')}`;
}

function describeSources(sources: string[], from: string | undefined, heredocNames: string[]): string {
  if (heredocNames.length > 0 && sources.every((s) => s.startsWith('<<'))) {
    return `the inline content ${listWords(heredocNames.map((n) => '<<' + n))}`;
  }
  const shown = sources.map((s) => (s === '.' ? 'everything in it (.)' : s));
  const origin = from ? `stage or image "${from}"` : 'the build context';
  if (sources.length === 1 && sources[0] === '.') return `everything in ${origin}`;
  return `${listWords(shown)} from ${origin}`;
}

export function summarize(ins: Instruction, outcome: StepOutcome, before: ImageConfig): string {
  const { config, facts } = outcome;
  switch (ins.keyword) {
    case 'RUN': {
      const mounts = ins.flags.filter((f) => f.name === 'mount').length;
      const extra = mounts > 0 ? ' (with a temporary mount that is not saved)' : '';
      if (ins.heredocs.length > 0) {
        return `Runs the script in <<${ins.heredocs[0].name} at build time and saves the changed files as a new layer${extra}.`;
      }
      if (ins.json) {
        return `Runs ${short(jsonList(ins.json))} directly (no shell) at build time and saves the changed files as a new layer${extra}.`;
      }
      return `Runs "${short(ins.argsText ?? '')}" with ${config.shell.join(' ')} at build time and saves the changed files as a new layer${extra}.`;
    }
    case 'COPY':
    case 'ADD': {
      const sources = facts.sources ?? [];
      const dest = facts.destination ?? '?';
      const verb = ins.keyword === 'COPY' ? 'Copies' : 'Adds';
      if (ins.keyword === 'ADD' && sources.some((s) => /^(https?:\/\/|git@)/.test(s))) {
        return `Downloads ${listWords(sources)} to ${dest} as a new layer.`;
      }
      const what = describeSources(sources, facts.from, ins.heredocs.map((h) => h.name));
      return `${verb} ${what} to ${dest} as a new layer.`;
    }
    case 'WORKDIR':
      return config.workdir === '/'
        ? 'Sets the working directory to / (no new layer: / always exists).'
        : `Sets the working directory to ${config.workdir} (creates it if missing, as a new layer).`;
    case 'ENV': {
      const pairs = (facts.pairs ?? []).map((p) => `${p.key}=${p.value ?? ''}`);
      const noun = pairs.length === 1 ? 'environment variable' : 'environment variables';
      return `Sets ${noun} ${short(listWords(pairs))} for later instructions and for containers (config only, no layer).`;
    }
    case 'ARG': {
      const parts = (facts.pairs ?? []).map((p) => (p.value === null ? p.key : `${p.key} (now "${short(p.value)}")`));
      return `Declares build argument ${listWords(parts)} for the rest of this stage; it exists only during the build (no layer).`;
    }
    case 'LABEL': {
      const pairs = (facts.pairs ?? []).map((p) => `${p.key}=${p.value ?? ''}`);
      return `Adds ${pairs.length === 1 ? 'the label' : 'labels'} ${short(listWords(pairs))} to the image metadata (no layer).`;
    }
    case 'EXPOSE': {
      const ports = facts.ports ?? [];
      const noun = ports.length === 1 ? 'port' : 'ports';
      return `Records that the app listens on ${noun} ${listWords(ports)} (documentation only; publish with docker run -p).`;
    }
    case 'USER':
      return `Runs later RUN, CMD and ENTRYPOINT instructions and the container as user ${config.user || '(empty)'} (no layer).`;
    case 'VOLUME':
      return `Marks ${listWords(config.volumes.filter((v) => !before.volumes.includes(v)))} as a volume: each container gets an anonymous volume there unless one is mounted.`;
    case 'STOPSIGNAL':
      return `Sets the signal docker stop sends to the container to ${config.stopSignal ?? '?'} (no layer).`;
    case 'SHELL':
      return `Makes later shell-form instructions run with ${jsonList(config.shell)} (no layer).`;
    case 'CMD': {
      const what = describeCommand(config.cmd, before.shell, ins);
      return config.entrypoint
        ? `Sets the default arguments passed to the ENTRYPOINT to ${what}; docker run arguments replace them (no layer).`
        : `Sets the default command to ${what}; it runs when a container starts, not during the build (no layer).`;
    }
    case 'ENTRYPOINT': {
      const what = describeCommand(config.entrypoint, before.shell, ins);
      const cleared = facts.clearedCmd ? ' It also clears the CMD inherited from the base image.' : '';
      const shellNote = ins.json ? '' : ' In shell form it ignores CMD and docker run arguments.';
      return `Sets the program every container runs to ${what} (no layer).${shellNote}${cleared}`;
    }
    case 'HEALTHCHECK': {
      const hc = config.healthcheck;
      if (hc && hc[0] === 'NONE') return 'Turns off any health check inherited from the base image (no layer).';
      if (!hc) return 'Declares a health check (no layer).';
      const test = hc[0] === 'CMD-SHELL' ? `"${short(hc[1] ?? '')}" in a shell` : short(jsonList(hc.slice(1)));
      return `Makes Docker run ${test} inside the container to check its health (every 30s unless --interval is set; no layer).`;
    }
    case 'MAINTAINER':
      return 'Records the image author (MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=...). No layer.';
    case 'ONBUILD':
      return `Registers a trigger: "${short(ins.onbuild?.text ?? '')}" runs later, when another build uses this image as its base (no layer, no history entry).`;
    default:
      return `${ins.rawKeyword} is not a Dockerfile instruction.`;
  }
}
