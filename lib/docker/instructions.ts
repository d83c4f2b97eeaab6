/**
 * The Dockerfile instructions BuildKit knows (moby/buildkit
 * frontend/dockerfile/command/command.go, `Commands`), upper-cased, in that file's order
 * (the order "did you mean" walks for ties, lib/engine/suggest.ts).
 */
export const INSTRUCTION_NAMES = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

/** INSTRUCTION_NAMES as a set, for "is this keyword an instruction". */
export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(INSTRUCTION_NAMES);

/**
 * The PATH BuildKit gives a Linux stage whose image config has none (FROM scratch included):
 * moby/buildkit util/system/path.go DefaultPathEnvUnix, set in dockerfile2llb/convert.go
 * toDispatchState ("make sure that PATH is always set").
 */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
