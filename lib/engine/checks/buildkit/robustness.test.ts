import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Range } from '@/lib/engine/types';
import { buildkitChecks } from './index';
import { applyFix, contextFor } from './test-support';

const keyword = fc.constantFrom(
  'FROM', 'from', 'From', 'RUN', 'CMD', 'cmd', 'ENTRYPOINT', 'ENV', 'env', 'ARG', 'LABEL', 'COPY', 'ADD', 'WORKDIR',
  'EXPOSE', 'USER', 'VOLUME', 'SHELL', 'HEALTHCHECK', 'MAINTAINER', 'ONBUILD', 'STOPSIGNAL',
);
const word = fc.constantFrom(
  'alpine', 'AS', 'as', 'Build', 'build', 'scratch', '$A', '${B:-x}', '"q w"', "'s'", '\\', 'a=b', 'KEY', 'v',
  '80/TCP', '1.2.3.4:80:80', '--platform=linux/amd64', '--from=build', '["x", "y"]', '<<EOF', '/app', 'app',
  'SECRET_TOKEN=1', '#', '${', '}', '=', 'NONE', 'CMD',
);
const line = fc.oneof(
  fc.tuple(keyword, fc.array(word, { maxLength: 5 })).map(([k, ws]) => [k, ...ws].join(' ')),
  fc.constantFrom('', '# comment', '#', '  \\', 'EOF', '\t', 'RUN echo a \\', 'BOGUS x', 'COPY <<EOF /f'),
);
// Most generated files start with a valid FROM, so the checks that need a parsed file run too.
const dockerfile = fc
  .tuple(fc.constantFrom('FROM alpine AS base', 'from node:20', 'ARG A=1\nFROM scratch', ''), fc.array(line, { maxLength: 12 }))
  .map(([first, ls]) => [first, ...ls].join('\n'));

function inside(r: Range, lines: string[]): boolean {
  const ok = (l: number, c: number) => l >= 1 && l <= lines.length && c >= 1 && c <= lines[l - 1].length + 1;
  return ok(r.line, r.column) && ok(r.endLine, r.endColumn) && (r.endLine > r.line || r.endColumn >= r.column);
}

describe('buildkit checks on arbitrary input', () => {
  it('never throw, keep ranges inside the text, and give applicable fixes', () => {
    fc.assert(
      fc.property(dockerfile, fc.constantFrom(undefined, 'a\n*.log\n', '**\n!keep\n'), (source, dockerignore) => {
        const ctx = contextFor(source, { dockerignore });
        const found: Diagnostic[] = buildkitChecks.flatMap((check) => check(ctx));
        for (const d of found) {
          expect(d.code).toBe(d.buildkitCheck);
          expect(inside(d, ctx.lines), `${d.code} ${JSON.stringify(d)}`).toBe(true);
          for (const edit of d.fix?.edits ?? []) expect(inside(edit, ctx.lines.concat(['']))).toBe(true);
          if (d.fix) expect(typeof applyFix(source, d)).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });
});
