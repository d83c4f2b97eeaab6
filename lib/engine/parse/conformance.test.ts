/**
 * BuildKit parser conformance: every case of BuildKit's own parser test corpus
 * (copied into __fixtures__/buildkit-parser, Apache-2.0, see NOTICE there).
 *
 * - `<case>/result`: our instructions rendered in Node.Dump() format must equal
 *   BuildKit's dump exactly (keyword, flags, arguments, ENV/LABEL separators, ONBUILD).
 * - negative cases: analyze() must report an error with Docker's message.
 * - testfile-line: start and end line of each instruction.
 * - heredoc-cases: heredocs attached to each instruction, and the helper tables.
 *
 * Exception (documented): negative-empty_dockerfile. BuildKit's parser alone says
 * "file with no instructions", but `docker build` never reaches the parser for a
 * 0-byte file: the frontend rejects it first with "the Dockerfile cannot be empty"
 * (dockerfile2llb/convert.go; README of the corpus). We report what the user sees.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { parseDockerfile } from './index';
import { dumpInstructions } from './dump';
import { heredocsFromLine, parseHeredocWord, chompHeredocContent } from './heredoc';

const CORPUS = join(__dirname, '__fixtures__', 'buildkit-parser');
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const read = (...p: string[]) => readFileSync(join(CORPUS, ...p), 'utf8');

describe('BuildKit parser corpus: Node.Dump() of every positive case', () => {
  const positive = cases.filter((c) => existsSync(join(CORPUS, c, 'result')));
  it('has the 29 positive cases of the corpus', () => {
    expect(positive).toHaveLength(29);
  });
  it.each(positive)('%s', (name) => {
    const parsed = parseDockerfile(read(name, 'Dockerfile'));
    expect(parsed.problems).toEqual([]);
    expect(dumpInstructions(parsed.instructions)).toBe(read(name, 'result'));
  });
});

describe('BuildKit parser corpus with CRLF line endings and a BOM', () => {
  // BuildKit strips "\r\n" from every line and a UTF-8 BOM from the first one.
  const positive = cases.filter((c) => existsSync(join(CORPUS, c, 'result')));
  it.each(positive)('%s', (name) => {
    const crlf = '\uFEFF' + read(name, 'Dockerfile').replace(/\n/g, '\r\n');
    const parsed = parseDockerfile(crlf);
    expect(parsed.problems).toEqual([]);
    expect(dumpInstructions(parsed.instructions)).toBe(read(name, 'result'));
  });
});

describe('BuildKit parser corpus: negative cases fail with Docker’s message', () => {
  const negative = cases.filter((c) => c.startsWith('negative-'));
  it('has the 4 negative cases of the corpus', () => {
    expect(negative).toHaveLength(4);
  });
  it.each(negative)('%s', (name) => {
    const analysis = analyze(read(name, 'Dockerfile'));
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const expected =
      name === 'negative-empty_dockerfile'
        ? 'the Dockerfile cannot be empty' // see the exception in the header
        : read(name, 'expected_error.txt').trim();
    expect(errors.map((e) => e.dockerMessage)).toContain(expected);
  });
});

describe('exec (JSON) form versus shell form', () => {
  const forms = (name: string) => parseDockerfile(read(name, 'Dockerfile')).instructions.map((i) => i.json !== null);
  it('json: every CMD is exec form, including CMD [] and escaped strings', () => {
    const ins = parseDockerfile(read('json', 'Dockerfile')).instructions;
    expect(ins.map((i) => i.json)).toEqual([
      [], [''], ['a'], ['a', 'b'], ['a', 'b'], ['a', 'b'], ['a', 'b'],
      ['abc 123', '♥', '☃', '" \\ / \b \f \n \r \t \u0000'],
    ]);
  });
  it.each([
    'jeztah-invalid-json-json-inside-string',
    'jeztah-invalid-json-json-inside-string-double',
    'jeztah-invalid-json-single-quotes',
    'jeztah-invalid-json-unterminated-bracket',
    'jeztah-invalid-json-unterminated-string',
  ])('%s falls back to shell form', (name) => {
    expect(forms(name)).toEqual([false]);
  });
  it('ADD-COPY-with-JSON: only the bracketed lines are exec form', () => {
    expect(forms('ADD-COPY-with-JSON')).toEqual([false, false, false, false, false, false, true, true, true, true]);
  });
  it('lk4d4: ONBUILD RUN ["echo", "test"] wraps an exec-form RUN', () => {
    const ins = parseDockerfile(read('lk4d4-the-edge-case-generator', 'Dockerfile')).instructions;
    expect(ins[2].onbuild?.json).toEqual(['echo', 'test']);
    expect(ins[3].onbuild?.json).toBeNull();
  });
  it('negative-shykes-nested-json: a nested array is an error, not shell form', () => {
    const parsed = parseDockerfile(read('negative-shykes-nested-json', 'Dockerfile'));
    expect(parsed.problems.map((p) => p.dockerMessage)).toEqual([
      'when using JSON array syntax, arrays must be comprised of strings only',
    ]);
  });
});

describe('testfile-line: instruction line ranges', () => {
  it('matches TestParseIncludesLineNumbers', () => {
    const expected = JSON.parse(read('testfile-line', 'expected.json')) as {
      children: Array<{ instruction: string; start_line: number; end_line: number }>;
    };
    const parsed = parseDockerfile(read('testfile-line', 'Dockerfile'));
    expect(
      parsed.instructions.map((i) => ({ instruction: i.keyword, start_line: i.range.line, end_line: i.range.endLine })),
    ).toEqual(expected.children);
    expect(parsed.directives).toEqual([{ name: 'escape', value: '\\', line: 1 }]);
    // the empty lines inside the RUN continuation (NoEmptyContinuation)
    expect(parsed.instructions[2].emptyContinuationLines).toEqual([19, 20, 24, 27]);
  });
});

interface HeredocExpectation {
  Name: string;
  Content: string;
  Expand: boolean;
  Chomp: boolean;
  FileDescriptor: number;
}

describe('heredoc-cases', () => {
  const expected = JSON.parse(read('heredoc-cases', 'expected.json')) as {
    children: Array<{ child_index: number; start_line: number; first_line_text: string; heredocs: HeredocExpectation[] | null }>;
    json_form_never_heredoc: { dockerfile: string };
    ParseHeredoc_word_classification: { valid_name_EOF: string[]; error_unterminated_quote: string[]; not_a_heredoc: string[] };
    heredocsFromLine: Array<{ line: string; names: string[] }>;
    chomp: { input: string; output: string };
  };
  const parsed = parseDockerfile(read('heredoc-cases', 'Dockerfile'));
  const lines = read('heredoc-cases', 'Dockerfile').split('\n');

  it('finds the 28 instructions without parse errors', () => {
    expect(parsed.instructions).toHaveLength(expected.children.length);
    expect(parsed.problems).toEqual([]);
  });
  it.each(expected.children.map((c) => [c.child_index, c] as const))('child %i', (index, child) => {
    const ins = parsed.instructions[index];
    expect(ins.range.line).toBe(child.start_line);
    expect(lines[child.start_line - 1]).toBe(child.first_line_text);
    const got = ins.heredocs.map((h) => ({
      Name: h.name,
      Content: h.content,
      Expand: h.expand,
      Chomp: h.chomp,
      FileDescriptor: h.fileDescriptor,
    }));
    expect(got).toEqual(child.heredocs ?? []);
  });
  it('USER <<INVALID is no heredoc: the next line is an unknown instruction', () => {
    expect(parsed.instructions[4].rawKeyword).toBe('INVALID');
    expect(parsed.instructions[4].known).toBe(false);
  });
  it('exec form never carries heredocs', () => {
    const json = parseDockerfile(expected.json_form_never_heredoc.dockerfile);
    expect(json.instructions.slice(1).map((i) => i.heredocs)).toEqual([[], [], []]);
    expect(json.instructions.slice(1).map((i) => i.json !== null)).toEqual([true, true, true]);
  });
  it('classifies heredoc words like ParseHeredoc', () => {
    const t = expected.ParseHeredoc_word_classification;
    for (const word of t.valid_name_EOF) expect(parseHeredocWord(word)?.name, word).toBe('EOF');
    for (const word of t.not_a_heredoc) expect(parseHeredocWord(word), word).toBeNull();
    for (const word of t.error_unterminated_quote) expect(() => parseHeredocWord(word), word).toThrow();
  });
  it.each(expected.heredocsFromLine.map((c) => [c.line, c.names] as const))('heredocsFromLine(%s)', (line, names) => {
    expect(heredocsFromLine(line).map((h) => h.name)).toEqual(names);
  });
  it('chomps leading tabs like ChompHeredocContent', () => {
    expect(chompHeredocContent(expected.chomp.input)).toBe(expected.chomp.output);
  });
  it('the instruction range ends at the terminator line', () => {
    const copy = parsed.instructions[16]; // COPY <<FILE1 <<FILE2 /dest
    expect([copy.range.line, copy.range.endLine]).toEqual([57, 61]);
  });
});

describe('escape directive', () => {
  it('escape: the backtick continues lines and the backslash is literal', () => {
    const parsed = parseDockerfile(read('escape', 'Dockerfile'));
    expect(parsed.escapeChar).toBe('`');
    expect(parsed.directives).toEqual([{ name: 'escape', value: '`', line: 1 }]);
  });
  it('escape-after-comment: a directive after a comment is a plain comment', () => {
    const parsed = parseDockerfile(read('escape-after-comment', 'Dockerfile'));
    expect(parsed.escapeChar).toBe('\\');
    expect(parsed.directives).toEqual([]);
  });
  it('escape-with-syntax: syntax then escape are both directives', () => {
    const parsed = parseDockerfile(read('escape-with-syntax', 'Dockerfile'));
    expect(parsed.directives.map((d) => d.name)).toEqual(['syntax', 'escape']);
    expect(parsed.escapeChar).toBe('`');
  });
});
