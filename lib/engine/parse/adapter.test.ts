/**
 * Why the adapter reads instructions with BuildKit's rules instead of taking
 * dockerfile-ast's: each case below is one where dockerfile-ast (0.7.1) differs from
 * BuildKit. If dockerfile-ast changes, these tests say which correction to revisit.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, parseForValidation } from './index';

const astArgs = (src: string, index = 0) =>
  DockerfileParser.parse(src).getInstructions()[index].getArguments().map((a) => a.getValue());
const ours = (src: string) => parseDockerfile(src).instructions;

describe('dockerfile-ast versus BuildKit', () => {
  it('trailing-backslash: an escaped backslash at the end of a line does not continue it', () => {
    const src = 'FROM x\nENV C trailing\\\\backslash\\\\\nENV D next\n';
    expect(DockerfileParser.parse(src).getInstructions()).toHaveLength(2); // D swallowed into C
    expect(ours(src).map((i) => i.keyword)).toEqual(['FROM', 'ENV', 'ENV']);
  });
  it('heredoc-cases: a quoted delimiter still opens a heredoc', () => {
    const src = "FROM x\nRUN <<eo'f'\necho foo\neof\nRUN ls\n";
    expect(DockerfileParser.parse(src).getInstructions()).toHaveLength(2); // RUN ls swallowed
    expect(ours(src).map((i) => i.text)).toEqual(['FROM x', "RUN <<eo'f'", 'RUN ls']);
    expect(ours(src)[1].heredocs).toMatchObject([{ name: 'eof', content: 'echo foo\n', expand: false }]);
  });
  it('env / args: quoted words keep their spaces', () => {
    expect(astArgs('ARG abc="123 456" def\n')).toEqual(['abc="123', '456"', 'def']);
    expect(ours('ARG abc="123 456" def\n')[0].args.map((a) => a.value)).toEqual(['abc="123 456"', 'def']);
  });
  it('json: escapes are decoded', () => {
    expect(ours('CMD ["a\\u0041"]\n')[0].json).toEqual(['aA']);
    expect(astArgs('CMD ["a\\u0041"]\n')).toEqual(['["au0041"]']);
  });
  it('positions are 1-based with end-exclusive columns, in the source text', () => {
    const [, run] = ours('FROM x\nRUN  --mount=type=cache,target=/c \\\n  make all\n');
    expect(run.keywordRange).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 4 });
    expect(run.flags[0].range).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 34 });
    expect(run.args[0]).toEqual({ value: 'make all', range: { line: 3, column: 3, endLine: 3, endColumn: 11 } });
    expect(run.range).toEqual({ line: 2, column: 1, endLine: 3, endColumn: 11 });
  });
  it('parses with dockerfile-ast for dockerfile-utils', () => {
    expect(parseForValidation('FROM x\n')).not.toBeNull();
  });
});
