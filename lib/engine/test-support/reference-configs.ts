/**
 * The test oracle for step configs: the straightforward way to compute "the image config
 * after each step", copying the whole config (environment, labels, ports...) at every step
 * and resolving variables from plain objects. It is quadratic on long files, which is why
 * the engine does not do it this way (config.ts shares structure between steps), but it is
 * easy to check against BuildKit's dispatchers
 * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go: dispatchEnv, dispatchLabel,
 * dispatchExpose, dispatchWorkdir, dispatchCmd, dispatchEntrypoint, dispatchOnbuild...).
 *
 * config.property.test.ts checks that the engine gives the same config for every step.
 */
import { parseDockerfile } from '../parse';
import { DEFAULT_PATH, emptyConfig, parsePortSpec, resolveWorkdir } from '../config';
import { NON_ENV_ARGS, PREDEFINED_ARGS } from '@/lib/docker/build-args';
import { expandOrKeep, processWords } from '@/lib/docker/shell-lex';
import type { ImageConfig, Instruction } from '../types';
import { baseImageEnv, type BaseImageEnv } from '../scope';

/** A new stage's config (the engine's emptyConfig: the oracle checks the bookkeeping, not the defaults). */
function fresh(env: Record<string, string>): ImageConfig {
  return { ...emptyConfig(), env };
}

function copy(c: ImageConfig): ImageConfig {
  return {
    ...c,
    env: { ...c.env },
    exposedPorts: [...c.exposedPorts],
    labels: { ...c.labels },
    volumes: [...c.volumes],
    onbuild: [...c.onbuild],
  };
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Per stage, the config after each of its steps (unknown instructions are not steps). */
export function referenceConfigs(text: string, buildArgs: Record<string, string> = {}): ImageConfig[][] {
  const { instructions, escapeChar: escape } = parseDockerfile(text);
  // buildMetaArgs starts from defaultArgs: the predefined ARGs are global from the start.
  const globals: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(PREDEFINED_ARGS)) globals[k] = has(buildArgs, k) ? buildArgs[k] : v;
  const globalLookup = (n: string) => (has(globals, n) ? globals[n] : undefined);
  const stages: ImageConfig[][] = [];
  const finals: ImageConfig[] = [];
  /** Per stage at its end: the LLB state's env (ENV and ARG values, the last writer of a name winning). */
  const finalStateEnvs: Array<Record<string, string>> = [];
  const names: Record<string, number> = {};
  let config = fresh({});
  /**
   * The stage's LLB state env (convert.go: dispatchEnv and dispatchArg both call
   * d.state.AddEnv), what later words expand against.
   */
  let stateEnv: Record<string, string> = {};
  let cmdSet = false;
  /** The registry image at the root of the stage's FROM chain: what a name nothing else set reads as. */
  let baseEnv: BaseImageEnv | null = null;
  const finalBaseEnvs: Array<BaseImageEnv | null> = [];
  const lookup = (n: string) => (has(stateEnv, n) ? stateEnv[n] : baseEnv?.get(n));
  const word = (w: string) => expandOrKeep(w, lookup, escape);
  const words = (ins: Instruction) => {
    if (ins.json) return ins.json.map(word);
    return ins.args.flatMap((a) => {
      try {
        return processWords(a.value, lookup, { escape });
      } catch {
        return [a.value];
      }
    });
  };
  const shellOrExec = (ins: Instruction) => (ins.json ? [...ins.json] : [...config.shell, ins.argsText ?? '']);

  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      if (stages.length > 0) {
        finals[stages.length - 1] = config;
        finalStateEnvs[stages.length - 1] = stateEnv;
        finalBaseEnvs[stages.length - 1] = baseEnv;
      }
      const image = expandOrKeep(ins.args[0]?.value ?? '', globalLookup, escape);
      // Stage names are stored lower-cased and FROM looks its base up as written.
      const parent = has(names, image) ? names[image] : undefined;
      if (parent !== undefined) config = { ...copy(finals[parent]), onbuild: [] };
      else config = fresh(image.toLowerCase() === 'scratch' ? { PATH: DEFAULT_PATH } : {});
      baseEnv = parent !== undefined ? finalBaseEnvs[parent] : baseImageEnv(image);
      // dispatchState.init takes the parent's state env; then every Config.Env entry is added again.
      stateEnv = { ...(parent !== undefined ? finalStateEnvs[parent] : {}), ...config.env };
      // The image config's entries include the base image's: an ARG value of such a name gives way to it.
      for (const k of Object.keys(stateEnv)) if (!has(config.env, k) && baseEnv?.get(k) !== undefined) delete stateEnv[k];
      if (ins.args.length >= 3 && ins.args[1].value.toLowerCase() === 'as') names[ins.args[2].value.toLowerCase()] = stages.length;
      stages.push([]);
      cmdSet = false;
      continue;
    }
    if (stages.length === 0) {
      for (const p of ins.keyword === 'ARG' ? (ins.pairs ?? []) : []) {
        const name = p.key.value;
        let value = has(buildArgs, name) ? buildArgs[name] : undefined;
        if (value === undefined && p.value) value = expandOrKeep(p.value.value, globalLookup, escape);
        // buildMetaArgs: an ARG that gets no value leaves the name as it was.
        if (value !== undefined) globals[name] = value;
      }
      continue;
    }
    if (!ins.known) continue;
    const next = copy(config);
    switch (ins.keyword) {
      case 'WORKDIR': {
        const requested = word(ins.args[0]?.value ?? '');
        if (requested !== '') next.workdir = resolveWorkdir(next.workdir, requested);
        break;
      }
      case 'ENV':
      case 'LABEL': {
        const target = ins.keyword === 'ENV' ? next.env : next.labels;
        const pairs = (ins.pairs ?? []).map((p) => [word(p.key.value), p.value ? word(p.value.value) : ''] as const);
        for (const [k, v] of pairs) {
          target[k] = v;
          if (ins.keyword === 'ENV') stateEnv = { ...stateEnv, [k]: v };
        }
        break;
      }
      case 'ARG':
        for (const p of ins.pairs ?? []) {
          const name = p.key.value;
          let value = has(buildArgs, name) ? buildArgs[name] : undefined;
          if (value === undefined && p.value) value = word(p.value.value);
          if (value === undefined && has(globals, name)) value = globals[name];
          if (value !== undefined && !NON_ENV_ARGS.has(name)) stateEnv = { ...stateEnv, [name]: value };
        }
        break;
      case 'EXPOSE':
        for (const port of words(ins).flatMap((w) => parsePortSpec(w) ?? [])) {
          if (!next.exposedPorts.includes(port)) next.exposedPorts.push(port);
        }
        break;
      case 'VOLUME':
        for (const v of words(ins)) if (v !== '' && !next.volumes.includes(v)) next.volumes.push(v);
        break;
      case 'USER':
        next.user = word(ins.args[0]?.value ?? '');
        break;
      case 'STOPSIGNAL':
        next.stopSignal = word(ins.args[0]?.value ?? '') || next.stopSignal;
        break;
      case 'SHELL':
        if (ins.json && ins.json.length > 0) next.shell = [...ins.json];
        break;
      case 'CMD':
        next.cmd = shellOrExec(ins);
        cmdSet = true;
        break;
      case 'ENTRYPOINT':
        next.entrypoint = ins.json && ins.json.length === 0 ? null : shellOrExec(ins);
        if (!cmdSet) next.cmd = null;
        break;
      case 'HEALTHCHECK': {
        const type = (ins.args[0]?.value ?? '').toUpperCase();
        if (type === 'NONE') next.healthcheck = ['NONE'];
        else if (type === 'CMD' && ins.json) next.healthcheck = ['CMD', ...ins.json];
        else if (type === 'CMD' && ins.args.length > 1) next.healthcheck = ['CMD-SHELL', ins.args[1].value];
        break;
      }
      case 'ONBUILD': {
        let expression = ins.text.replace(/^\s*ONBUILD\s*/i, '');
        for (const h of ins.onbuild?.heredocs ?? []) expression += '\n' + h.content + h.name;
        if (expression !== '') next.onbuild.push(expression);
        break;
      }
      default:
        break; // RUN, COPY, ADD, MAINTAINER: no config change
    }
    config = next;
    stages[stages.length - 1].push(config);
  }
  return stages;
}
