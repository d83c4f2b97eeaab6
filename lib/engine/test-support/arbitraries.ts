/**
 * fast-check generators of Dockerfile-like text, shared by the engine's property tests.
 */
import fc from 'fast-check';

const keywords = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'from', 'Run', 'RUNN', 'CMD[',
];

const fragments = [
  'alpine:3.20', 'node:20 AS build', 'scratch', 'build', '--from=build', '--mount=type=cache,target=/x',
  '--chown=1000:1000', '["a", "b"]', "['a','b']", '[ "x", [1] ]', '[', ']', '"', "'", '\\', '`', '$HOME',
  '${A:-x}', '${A:+y}', '${', 'a=b', 'k="v w"', 'k=v\\ w', '<<EOF', '<<-EOT', "<<'Q'", '3<<E', '80/tcp',
  '8000-8002', '1.2.3.4:80:80', '/app', 'app', '..', '.', '#', '# comment', 'NONE', 'CMD', 'true', '&&',
  '\t', ' ', '  ', '=', 'é', '😀', '\u0000', '\u00a0', '\r',
];

/** One physical line: an instruction, a comment, a directive, a blank, or heredoc body text. */
export const dockerfileLine = fc.oneof(
  fc.tuple(fc.constantFrom(...keywords), fc.array(fc.constantFrom(...fragments), { maxLength: 6 }), fc.boolean()).map(
    ([k, parts, cont]) => `${k} ${parts.join(' ')}${cont ? ' \\' : ''}`,
  ),
  fc.constantFrom('# syntax=docker/dockerfile:1', '# escape=`', '# check=skip=all', '#', '', '   ', 'EOF', 'EOT', 'Q', 'E'),
  fc.array(fc.constantFrom(...fragments), { maxLength: 5 }).map((p) => p.join('')),
);

/** Dockerfile-ish text with mixed line endings. */
export const dockerfileText = fc
  .tuple(fc.array(dockerfileLine, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));
