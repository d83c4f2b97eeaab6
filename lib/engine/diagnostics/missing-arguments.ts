/**
 * Instructions written without the arguments they need. BuildKit's instructions.Parse
 * (frontend/dockerfile/instructions/parse.go) rejects them and the build stops with
 * `dockerfile parse error on line N: <text>`:
 *
 *   FROM                              FROM requires either one or three arguments
 *   COPY, ADD (fewer than two)        COPY requires at least two arguments, but only one was
 *                                     provided. Destination could not be determined
 *   ARG, ENV, LABEL, EXPOSE, VOLUME,  <KEYWORD> requires at least one argument
 *   HEALTHCHECK, ONBUILD, SHELL
 *   MAINTAINER, USER, WORKDIR,        <KEYWORD> requires exactly one argument
 *   STOPSIGNAL
 *
 * RUN, CMD and ENTRYPOINT have no such check: a bare `RUN` runs `/bin/sh -c ""` and
 * succeeds, a bare `CMD` or `ENTRYPOINT` sets `["/bin/sh", "-c", ""]` (with a
 * JSONArgsRecommended warning). `SHELL []` and `VOLUME []` count as no argument.
 * Only the number of arguments is checked here; a wrong count other than zero (FROM
 * with two words) is left to dockerfile-utils, as before.
 */
import type { Diagnostic, Instruction } from '../types';
import { instructionLessons, lessonLinks } from '../lesson-links';

const AT_LEAST_ONE = new Set(['ARG', 'ENV', 'LABEL', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'ONBUILD', 'SHELL']);
const EXACTLY_ONE = new Set(['MAINTAINER', 'USER', 'WORKDIR', 'STOPSIGNAL']);

/** What each instruction needs, in plain words, with an example. */
const NEEDS: Record<string, string> = {
  FROM: 'the image to build on, e.g. FROM python:3.12-slim',
  COPY: 'a source and a destination, e.g. COPY requirements.txt ./',
  ADD: 'a source and a destination, e.g. ADD app.tar.gz /opt/app/',
  ARG: 'a name, e.g. ARG VERSION or ARG VERSION=1.0',
  ENV: 'a name and a value, e.g. ENV APP_HOME=/app',
  LABEL: 'a key and a value, e.g. LABEL version="1.0"',
  EXPOSE: 'the port your app listens on, e.g. EXPOSE 8000',
  VOLUME: 'a path, e.g. VOLUME /data',
  HEALTHCHECK: 'CMD and a command, or NONE, e.g. HEALTHCHECK CMD curl -f http://localhost/ || exit 1',
  ONBUILD: 'the instruction to run later, e.g. ONBUILD COPY . /app',
  SHELL: 'the shell as a JSON array, e.g. SHELL ["/bin/bash", "-c"]',
  MAINTAINER: "the author's name (better: LABEL org.opencontainers.image.authors=\"...\")",
  USER: 'a user name or ID, e.g. USER appuser',
  WORKDIR: 'a path, e.g. WORKDIR /app',
  STOPSIGNAL: 'a signal, e.g. STOPSIGNAL SIGTERM',
};

/** BuildKit's error text for an instruction without enough arguments, or null when it is fine. */
export function missingArgumentsError(ins: Instruction): string | null {
  const count = ins.args.length;
  if (ins.keyword === 'FROM') return count === 0 ? 'FROM requires either one or three arguments' : null;
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    return count < 2 ? `${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined` : null;
  }
  if (count > 0) return null;
  if (AT_LEAST_ONE.has(ins.keyword)) return `${ins.keyword} requires at least one argument`;
  if (EXACTLY_ONE.has(ins.keyword)) return `${ins.keyword} requires exactly one argument`;
  return null;
}

/** The lesson step for the instruction (COPY and FROM: where their arguments are taught). */
function lessonFor(keyword: string): string | undefined {
  if (keyword === 'COPY' || keyword === 'ADD') return lessonLinks['dfu-ARGUMENT_REQUIRES_AT_LEAST_TWO'];
  if (keyword === 'FROM') return lessonLinks['dfu-ARGUMENT_REQUIRES_ONE_OR_THREE'];
  return instructionLessons[keyword];
}

/** parse-missing-arguments for one instruction, or null. */
export function missingArgumentsDiagnostic(ins: Instruction): Diagnostic | null {
  const error = missingArgumentsError(ins);
  if (error === null) return null;
  const diagnostic: Diagnostic = {
    code: 'parse-missing-arguments',
    severity: 'error',
    message: `${ins.keyword} needs ${NEEDS[ins.keyword]}. Without it Docker stops reading the Dockerfile here.`,
    ...ins.range,
    dockerMessage: `dockerfile parse error on line ${ins.range.line}: ${error}`,
  };
  const lesson = lessonFor(ins.keyword);
  if (lesson) diagnostic.lesson = lesson;
  return diagnostic;
}
