/**
 * One evaluator per goal kind. Each reads results (the analysis, a build in a copy of the
 * workspace, the image config `docker run` would use) and answers with a sentence for the learner
 * and, when the goal is not met, a hint about what is wrong in the learner's own files.
 */
import type { Instruction, Step } from '@/lib/engine/types';
import { containerCommand } from '@/lib/simulator/cli/run-command';
import { basename, cleanPath, resolvePath } from '@/lib/simulator/paths';
import { shellWord } from '@/lib/workbench/image-card';
import { Workspace } from '@/lib/workspace/workspace';
import { errorLine, targetStage, type Facts } from './facts';
import type { Goal } from './schema';

export interface GoalOutcome {
  met: boolean;
  /** What the check found, in a sentence (met or not). */
  message: string;
  /** When not met: what is wrong in the learner's text and where, as a first hint. */
  hint?: string;
}

const code = (text: string) => `\`${text}\``;
const spell = (argv: readonly string[]) => argv.map(shellWord).join(' ');

/** What a goal asks for, in a sentence (the data's `label` wins). */
export function describeGoal(goal: Goal): string {
  if (goal.label) return goal.label;
  switch (goal.kind) {
    case 'base-image':
      return goal.tag ? `The image starts FROM ${goal.image}:${goal.tag}` : `The image starts FROM ${goal.image}${goal.pinned ? ' with a pinned tag (not latest)' : ''}`;
    case 'workdir':
      return `The working directory is ${goal.path}`;
    case 'cmd-exec-form':
      return goal.runs ? `CMD is in exec form and runs ${spell(goal.runs)}` : 'CMD is in exec form (a JSON array)';
    case 'exposes':
      return `The image documents port ${goal.port}/${goal.protocol} with EXPOSE${goal.only ? ' (and no other port)' : ''}`;
    case 'no-diagnostic':
      return `The editor reports no ${goal.codes.join(' or ')} problem`;
    case 'deps-before-source':
      return `${goal.manifest} is copied and installed before the rest of the source is copied`;
    case 'max-layers':
      return `The Dockerfile adds at most ${goal.max} layer${goal.max === 1 ? '' : 's'}`;
    case 'build-succeeds':
      return `${code(goal.command)} succeeds${goal.cwd !== '.' ? ` (run in ${goal.cwd})` : ''}`;
    case 'deps-cached-after-edit':
      return `After an edit of ${goal.edit}, a rebuild keeps the dependency step (${goal.step}) CACHED`;
    case 'image-has-files':
      return `The image contains ${goal.paths.join(', ')}`;
    case 'container-runs':
      return `docker run starts ${spell(goal.argv)} in ${goal.workdir}`;
  }
}

// --- Helpers -----------------------------------------------------------------------------------

function steps(facts: Facts): Step[] {
  return targetStage(facts.analysis)?.steps ?? [];
}

function parseImage(ref: string): { repo: string; tag: string | null; digest: string | null } {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : null;
  const repo = (tag !== null ? rest.slice(0, colon) : rest).replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
  return { repo: repo.toLowerCase(), tag, digest };
}

/** Paths in an argv compared after resolving them against the working directory. */
function sameArgv(actual: readonly string[], expected: readonly string[], workdir: string): boolean {
  if (actual.length !== expected.length) return false;
  return actual.every((word, i) => {
    const want = expected[i];
    if (i === 0) return word === want || basename(word) === basename(want);
    const pathLike = (w: string) => w.includes('/') || /\.\w+$/.test(w);
    if (pathLike(word) && pathLike(want)) return resolvePath(workdir, word) === resolvePath(workdir, want);
    return word === want;
  });
}

function lineRef(step: { line: number } | Instruction, facts: Facts): string {
  const line = 'range' in step ? step.range.line : step.line;
  return `line ${line} (${code(facts.line(line).trim())})`;
}

const INSTALL = /\b(?:pip3?|python3?\s+-m\s+pip)\s+install\b[^&|;]*?(?:\s-r\s*|\s--requirement[=\s]+)(\S+)/;

function copyWords(step: Step): string[] {
  const words = step.instruction.json ?? step.instruction.args.map((a) => a.value);
  return words.slice(0, -1);
}

function isDependencyList(source: string, manifest: string): boolean {
  const name = basename(source);
  return name === basename(manifest) || /^(requirements|constraints)[\w.-]*\.txt$/.test(name);
}

// --- Evaluators --------------------------------------------------------------------------------

function baseImage(goal: Extract<Goal, { kind: 'base-image' }>, facts: Facts): GoalOutcome {
  const summary = facts.summary;
  const from = facts.analysis.instructions.find((i) => i.keyword === 'FROM');
  if (!summary || !from) {
    return { met: false, message: 'The Dockerfile has no FROM, so there is no image to start from.', hint: `A Dockerfile begins with FROM (only parser directives, comments and global ARGs may come before it). Add a line such as ${code(`FROM ${goal.image}:${goal.tag ?? '3.12-slim'}`)} at the top.` };
  }
  const ref = parseImage(summary.base);
  const want = parseImage(goal.image);
  if (ref.repo !== want.repo) {
    return { met: false, message: `The image starts FROM ${summary.base}, not ${goal.image}.`, hint: `Your FROM on ${lineRef(from, facts)} names ${summary.base}; this exercise builds on ${goal.image}.` };
  }
  if (goal.tag && ref.tag !== goal.tag) {
    return { met: false, message: `The image starts FROM ${summary.base}, not ${goal.image}:${goal.tag}.`, hint: `Change the tag on ${lineRef(from, facts)} to ${goal.tag}.` };
  }
  if (goal.pinned && !ref.digest && (ref.tag === null || ref.tag === 'latest')) {
    const why = ref.tag === null ? `has no tag, so Docker uses ${goal.image}:latest` : 'uses latest';
    return {
      met: false,
      message: `FROM ${summary.base} ${why}: a default that moves to a new version whenever a new one is published.`,
      hint: `Your FROM on ${lineRef(from, facts)} ${why}. Name a version (and variant), e.g. ${code(`FROM ${goal.image}:3.12-slim`)}, so every build starts from the same parent.`,
    };
  }
  return { met: true, message: `The image starts FROM ${summary.base}${ref.tag && ref.tag !== 'latest' ? ', a pinned tag' : ''}.` };
}

function workdir(goal: Extract<Goal, { kind: 'workdir' }>, facts: Facts): GoalOutcome {
  const summary = facts.summary;
  const want = cleanPath(goal.path);
  if (summary && cleanPath(summary.workdir) === want && summary.workdirSetHere) return { met: true, message: `WORKDIR sets the working directory to ${want}.` };
  const cd = steps(facts).find((s) => s.keyword === 'RUN' && /(^|&&|;|\s)cd\s+\S/.test(s.instruction.text));
  const hint = cd
    ? `Your ${lineRef(cd, facts)} changes directory for that one RUN only; the next instruction starts in the old directory again. Add ${code(`WORKDIR ${want}`)} before the instructions that need it.`
    : summary && summary.workdirSetHere
      ? `WORKDIR is ${summary.workdir} in your Dockerfile; this exercise wants ${want}.`
      : `Nothing in your Dockerfile sets WORKDIR, so the base image's directory is used. Add ${code(`WORKDIR ${want}`)} after FROM.`;
  return { met: false, message: summary && summary.workdirSetHere ? `The working directory is ${summary.workdir}, not ${want}.` : `No WORKDIR sets ${want}.`, hint };
}

function cmdStep(facts: Facts): Step | null {
  const cmds = steps(facts).filter((s) => s.keyword === 'CMD');
  return cmds[cmds.length - 1] ?? null;
}

function glued(facts: Facts, keyword: string): Instruction | undefined {
  return facts.analysis.instructions.find((i) => !i.known && i.keyword.startsWith(`${keyword}[`));
}

function cmdExecForm(goal: Extract<Goal, { kind: 'cmd-exec-form' }>, facts: Facts): GoalOutcome {
  const step = cmdStep(facts);
  if (!step) {
    const bad = glued(facts, 'CMD');
    if (bad) {
      return {
        met: false,
        message: `There is no CMD: Docker reads ${code(bad.rawKeyword)} as the instruction name and stops with "unknown instruction".`,
        hint: `Your ${lineRef(bad, facts)} has no space after CMD. Docker reads the instruction name up to the first space, so it sees ${code(bad.rawKeyword)}. Write ${code(`CMD ${bad.text.slice(3).trim()}`)}.`,
      };
    }
    return { met: false, message: 'There is no CMD, so the image has no default command of its own.', hint: goal.runs ? `Add ${code(`CMD ${JSON.stringify(goal.runs).replace(/","/g, '", "')}`)} as the last line.` : 'Add a CMD in exec form as the last line.' };
  }
  if (step.instruction.json === null) {
    const text = step.instruction.argsText ?? step.instruction.args[0]?.value ?? '';
    const single = /^\s*\[\s*'/.test(text);
    return {
      met: false,
      message: single
        ? 'CMD uses single quotes, which is not JSON: Docker treats it as shell form and the container runs /bin/sh -c with it.'
        : `CMD is in shell form: the container runs /bin/sh -c "${text}", so the shell, not your program, is the main process.`,
      hint: single
        ? `Your ${lineRef(step, facts)} quotes with '...'. Exec form is a JSON array: use double quotes, e.g. ${code(`CMD ${JSON.stringify(text.replace(/'/g, '"').replace(/^\[|\]$/g, '').split(',').map((w) => w.trim().replace(/^"|"$/g, '')))}`)}.`
        : `Your CMD is in shell form: ${lineRef(step, facts)}. Write it as a JSON array of words, e.g. ${code(`CMD ${JSON.stringify(text.trim().split(/\s+/)).replace(/","/g, '", "')}`)}.`,
    };
  }
  const json = step.instruction.json;
  if (goal.runs && !sameArgv(json, goal.runs, step.config.workdir || '/')) {
    return { met: false, message: `CMD is in exec form but runs ${spell(json)}, not ${spell(goal.runs)}.`, hint: `Your ${lineRef(step, facts)} runs ${spell(json)}; the app is started with ${spell(goal.runs)} from ${step.config.workdir || '/'}.` };
  }
  return { met: true, message: `CMD is in exec form: ${spell(json)} starts as the container's main process.` };
}

function exposes(goal: Extract<Goal, { kind: 'exposes' }>, facts: Facts): GoalOutcome {
  const ports = facts.summary?.exposedPorts ?? [];
  const want = `${goal.port}/${goal.protocol}`;
  const expose = steps(facts).filter((s) => s.keyword === 'EXPOSE');
  const mapping = expose.find((s) => s.instruction.args.some((a) => a.value.includes(':')));
  if (!ports.includes(want)) {
    const hint = mapping
      ? `Your ${lineRef(mapping, facts)} holds a host:container mapping. EXPOSE records container ports only; the mapping belongs in ${code(`docker run -p HOST:${goal.port}`)}. Write ${code(`EXPOSE ${goal.port}`)}.`
      : expose.length > 0
        ? `Your ${lineRef(expose[expose.length - 1], facts)} documents ${ports.join(', ') || 'no valid port'}; the app listens on ${goal.port}.`
        : `Nothing documents the app's port. Add ${code(`EXPOSE ${goal.port}`)}.`;
    return { met: false, message: ports.length ? `The image documents ${ports.join(', ')}, not ${want}.` : `The image documents no port; the app listens on ${want}.`, hint };
  }
  if (goal.only && ports.length > 1) {
    return { met: false, message: `The image documents ${ports.join(', ')}; only ${want} is the app's.`, hint: `Remove the ports the app does not listen on from EXPOSE (${ports.filter((p) => p !== want).join(', ')}).` };
  }
  if (mapping) return { met: false, message: `${want} is recorded, but ${lineRef(mapping, facts)} still holds a host mapping, which EXPOSE ignores.`, hint: `EXPOSE takes container ports only: write ${code(`EXPOSE ${goal.port}`)} and publish with ${code(`docker run -p HOST:${goal.port}`)}.` };
  return { met: true, message: `The image documents ${want}; docker run -p publishes it.` };
}

function noDiagnostic(goal: Extract<Goal, { kind: 'no-diagnostic' }>, facts: Facts): GoalOutcome {
  const found = facts.diagnostics.filter((d) => goal.codes.includes(d.code) || (d.hadolintRule !== undefined && goal.codes.includes(d.hadolintRule)) || (d.buildkitCheck !== undefined && goal.codes.includes(d.buildkitCheck)));
  if (found.length === 0) return { met: true, message: `No ${goal.codes.join(' or ')} problem is left.` };
  const first = found[0];
  return {
    met: false,
    message: `Line ${first.line}: ${first.message}`,
    hint: `Look at line ${first.line} of your Dockerfile (${code(facts.line(first.line).trim())}): ${first.message}`,
  };
}

function depsBeforeSource(goal: Extract<Goal, { kind: 'deps-before-source' }>, facts: Facts): GoalOutcome {
  const all = steps(facts);
  const installIndex = all.findIndex((s) => s.keyword === 'RUN' && INSTALL.test(s.instruction.text) && isDependencyList(INSTALL.exec(s.instruction.text)![1], goal.manifest));
  if (installIndex === -1) {
    const dataRun = all.find((s) => s.keyword === 'RUN' && isDependencyList(s.instruction.text.replace(/^RUN\s+/i, '').trim().split(/\s+/)[0] ?? '', goal.manifest));
    return {
      met: false,
      message: `No RUN installs the dependencies listed in ${goal.manifest} (pip install -r ...).`,
      hint: dataRun
        ? `Your ${lineRef(dataRun, facts)} asks the shell to run ${goal.manifest} as if it were a program. A list of packages is read by pip: ${code(`RUN pip install --no-cache-dir -r <path>/${basename(goal.manifest)}`)}.`
        : `Add a RUN that installs the dependencies, e.g. ${code(`RUN pip install --no-cache-dir -r ${goal.manifest}`)}.`,
    };
  }
  const install = all[installIndex];
  const before = all.slice(0, installIndex).filter((s) => s.keyword === 'COPY' || s.keyword === 'ADD');
  const early = before.find((s) => copyWords(s).some((src) => !isDependencyList(src, goal.manifest)));
  if (early) {
    return {
      met: false,
      message: `The source is copied (${lineRef(early, facts)}) before the install (line ${install.line}), so every edit of the code re-runs the install.`,
      hint: `Your ${lineRef(early, facts)} brings in the whole source before ${code(facts.line(install.line).trim())}. Copy only ${basename(goal.manifest)} first, install, then copy the rest.`,
    };
  }
  if (!before.some((s) => copyWords(s).some((src) => isDependencyList(src, goal.manifest)))) {
    return { met: false, message: `${goal.manifest} is not copied into the image before the install on line ${install.line}.`, hint: `Add a COPY of ${goal.manifest} alone right before ${lineRef(install, facts)}.` };
  }
  const after = all.slice(installIndex + 1).some((s) => (s.keyword === 'COPY' || s.keyword === 'ADD') && copyWords(s).some((src) => !isDependencyList(src, goal.manifest)));
  if (!after) return { met: false, message: 'Nothing copies the source after the install, so the app is not in the image.', hint: `After ${lineRef(install, facts)}, COPY the application's source.` };
  return { met: true, message: `${basename(goal.manifest)} is copied alone and installed (line ${install.line}) before the source is copied: a code edit leaves the install CACHED.` };
}

function maxLayers(goal: Extract<Goal, { kind: 'max-layers' }>, facts: Facts): GoalOutcome {
  const count = facts.summary?.layerCount ?? 0;
  if (count <= goal.max) return { met: true, message: `The Dockerfile adds ${count} layer${count === 1 ? '' : 's'} (RUN, COPY, ADD and WORKDIR each add one).` };
  const runs = steps(facts).filter((s) => s.keyword === 'RUN');
  return {
    met: false,
    message: `The Dockerfile adds ${count} layers; at most ${goal.max} are wanted.`,
    hint: runs.length > 1 ? `You have ${runs.length} RUN instructions (lines ${runs.map((r) => r.line).join(', ')}), each a layer. Commands that belong together can share one RUN, joined with &&.` : 'RUN, COPY, ADD and WORKDIR (other than /) each add a layer: look for instructions that can be merged or dropped.',
  };
}

function buildSucceeds(goal: Extract<Goal, { kind: 'build-succeeds' }>, facts: Facts): GoalOutcome {
  const run = facts.build(goal.command, goal.cwd);
  if (run.exitCode === 0 && run.result?.ok) return { met: true, message: `${code(goal.command)} builds the image.` };
  const failed = run.result?.steps.find((s) => s.error);
  const error = errorLine(run);
  return {
    met: false,
    message: `${code(goal.command)} fails: ${error}`,
    hint: failed ? `The build stops at ${code(failed.label)}: ${error}` : `The build stops before any step runs: ${error}`,
  };
}

function depsCachedAfterEdit(goal: Extract<Goal, { kind: 'deps-cached-after-edit' }>, facts: Facts): GoalOutcome {
  if (!facts.workspace.has(goal.edit)) return { met: false, message: `${goal.edit} is not in the project any more, so there is nothing to edit.`, hint: `Put ${goal.edit} back.` };
  const first = facts.build(goal.command, goal.cwd);
  if (first.exitCode !== 0 || !first.result?.ok) return { met: false, message: `The first build fails, so nothing can be cached: ${errorLine(first)}`, hint: `Make ${code(goal.command)} succeed first: ${errorLine(first)}` };
  // The rebuild runs in another copy with the first build's daemon state, so the memoised first build stays as it was.
  const again = new Workspace({ files: first.workspace.files(), cwd: first.workspace.cwd, command: first.workspace.command, docker: structuredClone(first.workspace.docker) });
  const content = again.read(goal.edit) ?? '';
  again.write(goal.edit, `${content}${content.endsWith('\n') || content === '' ? '' : '\n'}# edited\n`);
  const rebuild = again.run(goal.command).build?.result;
  if (!rebuild?.ok) return { met: false, message: 'The rebuild after the edit fails.', hint: 'Make sure the build succeeds before and after the edit.' };
  const dep = rebuild.steps.find((s) => s.keyword === 'RUN' && s.label.includes(goal.step));
  if (!dep) return { met: false, message: `No RUN step contains ${code(goal.step)}, so no dependency step can stay cached.`, hint: `Install the dependencies with a RUN (${code('pip install -r ...')}).` };
  if (dep.status === 'CACHED') return { met: true, message: `After an edit of ${goal.edit}, ${code(dep.label)} is CACHED: the dependencies are not installed again.` };
  const firstMiss = rebuild.steps.find((s) => s.status === 'EXECUTED');
  const why = firstMiss?.missReason?.text ?? 'a step before it changed';
  return {
    met: false,
    message: `After an edit of ${goal.edit}, ${code(dep.label)} EXECUTED again (the first step to re-run is ${code(firstMiss?.label ?? dep.label)}: ${why}).`,
    hint: firstMiss && firstMiss !== dep
      ? `Editing ${goal.edit} re-runs ${code(firstMiss.label)} (${why}), and every step after it runs again, the install included. Copy only the dependency list before the install, and the source after it.`
      : `The install step itself re-runs after an edit of ${goal.edit}: ${why}.`,
  };
}

function imageHasFiles(goal: Extract<Goal, { kind: 'image-has-files' }>, facts: Facts): GoalOutcome {
  const run = facts.build(goal.command, goal.cwd);
  if (run.exitCode !== 0 || !run.result?.ok) return { met: false, message: `The image does not build, so it has no files: ${errorLine(run)}`, hint: `Make ${code(goal.command)} succeed first: ${errorLine(run)}` };
  const files = facts.imageFiles(run);
  const missing = goal.paths.filter((p) => !files.has(cleanPath(p)));
  if (missing.length === 0) return { met: true, message: `The image contains ${goal.paths.join(', ')}.` };
  const near = [...files].filter((f) => missing.some((m) => basename(f) === basename(m)));
  return {
    met: false,
    message: `The image has no ${missing.join(', ')}.`,
    hint: near.length ? `Your COPY puts ${near.join(', ')} there instead of ${missing.join(', ')}: check each COPY's destination (relative to WORKDIR, a trailing / means a folder).` : `No COPY brings ${missing.join(', ')} into the image: source paths are relative to the build context.`,
  };
}

function containerRuns(goal: Extract<Goal, { kind: 'container-runs' }>, facts: Facts): GoalOutcome {
  const want = cleanPath(goal.workdir);
  let argv: string[] | null;
  let workdir: string;
  let files: Set<string> | null = null;
  if (goal.command) {
    const run = facts.build(goal.command, goal.cwd);
    const image = run.result?.ok ? run.result.image : undefined;
    if (!image) return { met: false, message: `There is no image to run: ${errorLine(run)}`, hint: `Make ${code(goal.command)} succeed first: ${errorLine(run)}` };
    argv = containerCommand(image.config, []).argv;
    workdir = cleanPath(image.config.workdir || '/');
    files = facts.imageFiles(run);
  } else {
    const summary = facts.summary;
    argv = summary?.command.argv ?? null;
    workdir = cleanPath(summary?.workdir || '/');
  }
  const started = argv && argv.length ? spell(argv) : null;
  if (!argv || argv.length === 0) {
    const bad = glued(facts, 'CMD');
    return {
      met: false,
      message: 'docker run would fail: the image has no command ("no command specified").',
      hint: bad ? `Your ${lineRef(bad, facts)} is not a CMD (no space after CMD), so the image gets none.` : `Add ${code(`CMD ${JSON.stringify(goal.argv).replace(/","/g, '", "')}`)}.`,
    };
  }
  if (!sameArgv(argv, goal.argv, workdir)) {
    const shell = argv.length === 3 && argv[1] === '-c';
    const own = cmdStep(facts) !== null || steps(facts).some((s) => s.keyword === 'ENTRYPOINT');
    return {
      met: false,
      message: `docker run would start ${started}${own ? '' : ` (the base image's command: this Dockerfile sets no CMD)`}, not ${spell(goal.argv)}.`,
      hint: !own
        ? `Your Dockerfile sets no CMD, so a container runs the command of the base image, ${started}. Add ${code(`CMD ${JSON.stringify(goal.argv).replace(/","/g, '", "')}`)}.`
        : shell
          ? `The command runs through ${argv[0]} -c because the CMD is in shell form: write it as a JSON array.`
          : `Your CMD runs ${started}; the app is started with ${spell(goal.argv)}.`,
    };
  }
  if (workdir !== want) {
    return { met: false, message: `docker run would start ${started} in ${workdir}, not in ${want}.`, hint: `The working directory is ${workdir}: set ${code(`WORKDIR ${want}`)} before COPY and CMD so relative paths resolve inside ${want}.` };
  }
  if (files) {
    const scripts = goal.argv.slice(1).filter((w) => /\.\w+$/.test(w) || w.includes('/')).map((w) => resolvePath(want, w));
    const missing = scripts.filter((s) => !files!.has(s));
    if (missing.length) {
      return { met: false, message: `docker run would start ${started} in ${want}, but ${missing.join(', ')} is not in the image.`, hint: `No COPY puts ${missing.join(', ')} into the image. COPY sources are relative to the build context, destinations to WORKDIR.` };
    }
  }
  return { met: true, message: `docker run starts ${started} in ${want}${files ? ', and the script is in the image' : ''}.` };
}

export function evaluateGoal(goal: Goal, facts: Facts): GoalOutcome {
  try {
    switch (goal.kind) {
      case 'base-image':
        return baseImage(goal, facts);
      case 'workdir':
        return workdir(goal, facts);
      case 'cmd-exec-form':
        return cmdExecForm(goal, facts);
      case 'exposes':
        return exposes(goal, facts);
      case 'no-diagnostic':
        return noDiagnostic(goal, facts);
      case 'deps-before-source':
        return depsBeforeSource(goal, facts);
      case 'max-layers':
        return maxLayers(goal, facts);
      case 'build-succeeds':
        return buildSucceeds(goal, facts);
      case 'deps-cached-after-edit':
        return depsCachedAfterEdit(goal, facts);
      case 'image-has-files':
        return imageHasFiles(goal, facts);
      case 'container-runs':
        return containerRuns(goal, facts);
    }
  } catch (error) {
    return { met: false, message: `This goal could not be checked (${(error as Error).message.slice(0, 120)}).` };
  }
}
