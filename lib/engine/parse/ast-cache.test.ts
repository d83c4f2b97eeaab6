/**
 * parseOurs places every comment in the same template as dockerfile-ast's own parse
 * (its organizeComments is replaced by a one-pass version for our parses), and its
 * document turns offsets into the same positions (its positionAt starts from the last line).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parseOurs } from './ast-cache';
import { dockerfileText } from '../test-support/arbitraries';

type Parsed = ReturnType<typeof DockerfileParser.parse>;

/** Each template's comments (the part before the first FROM, then every stage), by range. */
function placement(dockerfile: Parsed): string[][] {
  const d = dockerfile as unknown as { initialInstructions: { getComments(): Array<{ getRange(): object }> }; buildStages: Array<{ getComments(): Array<{ getRange(): object }> }> };
  return [d.initialInstructions, ...d.buildStages].map((t) => t.getComments().map((c) => JSON.stringify(c.getRange())));
}

const CORPUS = join(__dirname, '__fixtures__', 'buildkit-parser');
const corpus = readdirSync(CORPUS)
  .filter((c) => existsSync(join(CORPUS, c, 'Dockerfile')))
  .map((c) => readFileSync(join(CORPUS, c, 'Dockerfile'), 'utf8'));

/** Stages and comments in every order: comments before, between, inside continuations and heredocs. */
const stagesWithComments = fc
  .array(
    fc.constantFrom('# c', '#', '  # indented', 'FROM alpine AS a', 'FROM a', 'RUN x \\', '  # inside', 'RUN <<EOF', 'EOF', 'ARG A=1', 'COPY . .', '', 'ENV K=v'),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

describe('parseOurs', () => {
  it('places comments like dockerfile-ast on the conformance corpus', () => {
    const placed = corpus.map((text) => placement(parseOurs(text)));
    expect(placed).toEqual(corpus.map((text) => placement(DockerfileParser.parse(text))));
    // The corpus does exercise it: some stage holds a comment.
    expect(placed.some((templates) => templates.slice(1).some((c) => c.length > 0))).toBe(true);
  });

  it('places comments like dockerfile-ast on generated Dockerfiles', () => {
    fc.assert(
      fc.property(fc.oneof(stagesWithComments, dockerfileText), (text) => {
        let expected: string[][];
        try {
          expected = placement(DockerfileParser.parse(text));
        } catch {
          return; // dockerfile-ast's own parse fails on a few inputs (see dockerfile-utils.test.ts)
        }
        expect(placement(parseOurs(text))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('a stage with many comments keeps them in order', () => {
    const text = ['FROM alpine AS a', ...Array.from({ length: 50 }, (_, i) => `# ${i}\nRUN echo ${i}`), 'FROM a', '# last', 'RUN x'].join('\n');
    const [before, first, second] = placement(parseOurs(text));
    expect(before).toEqual([]);
    expect(first).toHaveLength(50);
    expect(second).toHaveLength(1);
  });

  it('turns offsets into the same positions as dockerfile-ast, in any order and with any line breaks', () => {
    type Document = { positionAt(offset: number): { line: number; character: number } };
    const documentOf = (parsed: Parsed) => (parsed as unknown as { document: Document }).document;
    const text = fc.array(fc.constantFrom('FROM a', 'RUN x', '', ' ', '\r\n', '\n', '\r', 'é', '😀', '\\'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -3, max: 200 }), { maxLength: 40 }), (source, offsets) => {
        const ours = documentOf(parseOurs(source));
        const theirs = documentOf(DockerfileParser.parse(source));
        for (const offset of offsets) expect(ours.positionAt(offset)).toEqual(theirs.positionAt(offset));
      }),
      { numRuns: 500 },
    );
  });
});
