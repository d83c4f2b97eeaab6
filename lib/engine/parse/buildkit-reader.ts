/**
 * Reads a Dockerfile into instructions exactly the way BuildKit's parser.Parse
 * does (frontend/dockerfile/parser/parser.go at moby/buildkit 73ed6825): parser
 * directives, line continuation, comment and empty lines inside continuations,
 * heredoc bodies, and the parse errors that stop a build.
 *
 * Why this is not left to dockerfile-ast: see the header of ./index.ts.
 */
import type { Heredoc, Instruction, ParserDirective, Range } from '../types';
import { LogicalLine } from './logical-line';
import { buildInstruction } from './line-parsers';
import { heredocsFromLine, HeredocWordError } from './heredoc';
import { SourceText } from './source';
import { isGoSpace } from '@/lib/docker/go-unicode';

export interface ParseProblem {
  code: string;
  /** Plain-words explanation for learners. */
  message: string;
  /** What Docker prints. */
  dockerMessage: string;
  range: Range;
}

export interface BuildkitParse {
  source: SourceText;
  instructions: Instruction[];
  directives: ParserDirective[];
  escapeChar: string;
  problems: ParseProblem[];
}

// reDirectives = ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$  (Go's \s is [\t\n\f\r ])
const DIRECTIVE = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s;
const VALID_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i;
}

/** trimContinuationCharacter: `([^E])E[ \t]*$|^E[ \t]*$` replaced by `$1`. */
function trimContinuation(s: string, escape: string): { text: string; continues: boolean } {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  if (end > 0 && s[end - 1] === escape && (end === 1 || s[end - 2] !== escape)) {
    return { text: s.slice(0, end - 1), continues: true };
  }
  return { text: s, continues: false };
}

/** Go's strings.TrimSpace. */
function goTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s.charCodeAt(a))) a++;
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** What reading the parser directives at the top of a file needs to keep between lines. */
interface DirectiveState {
  /** BuildKit stops looking for directives at the first line that is not one. */
  done: boolean;
  escape: string;
  seen: Set<string>;
  directives: ParserDirective[];
  problems: ParseProblem[];
  src: SourceText;
}

/** Reads a possible parser directive; true when the line is one (BuildKit's directiveOk). */
function checkDirective(state: DirectiveState, token: string, index: number): boolean {
  if (state.done) return false;
  const m = DIRECTIVE.exec(token);
  const key = m ? m[1].toLowerCase() : '';
  if (!m || !VALID_DIRECTIVES.has(key)) {
    state.done = true;
    return false;
  }
  if (state.seen.has(key)) {
    state.problems.push({
      code: 'parse-duplicate-directive',
      message: `The ${key} parser directive may appear only once; Docker stops at this line.`,
      dockerMessage: `only one ${key} parser directive can be used`,
      range: state.src.lineRange(index, index),
    });
    return false;
  }
  state.seen.add(key);
  state.directives.push({ name: key, value: m[2], line: index + 1 });
  if (key === 'escape') {
    if (m[2] === '\\' || m[2] === '`') {
      state.escape = m[2];
    } else {
      state.problems.push({
        code: 'parse-invalid-escape',
        message: 'The escape character can only be a backslash (\\) or a backtick (`).',
        dockerMessage: `invalid escape token '${m[2]}' does not match \` or \\`,
        range: state.src.lineRange(index, index),
      });
    }
  }
  return true;
}

export function readBuildkit(text: string): BuildkitParse {
  const src = new SourceText(text);
  const instructions: Instruction[] = [];
  const directives: ParserDirective[] = [];
  const problems: ParseProblem[] = [];
  let escape = '\\';
  let comments: string[] = [];
  let stageIndex = -1;
  const lineCount = src.lineCount;
  // BuildKit's scanner yields no line after a final line break, so the empty "line"
  // the editor shows there is not an empty continuation line (NoEmptyContinuation).
  const lastChar = text.charCodeAt(text.length - 1);
  const continuationEnd = lineCount - (lastChar === 10 || lastChar === 13 ? 1 : 0);

  const state: DirectiveState = { done: false, escape: '\\', seen: new Set(), directives, problems, src };

  for (let i = 0; i < lineCount; i++) {
    let lineStart = src.lineStarts[i];
    let raw = src.lineText(i);
    if (i === 0 && raw.charCodeAt(0) === 0xfeff) {
      raw = raw.slice(1);
      lineStart++;
    }
    const lead = leadingSpace(raw);
    const token = raw.slice(lead);
    const isComment = token.startsWith('#');
    if (isComment) {
      // BuildKit drops the first byte of the untrimmed line, then trims.
      const comment = goTrim(raw.slice(1));
      if (comment === '') comments = [];
      else comments.push(comment);
    }
    // A directive line looks like a comment; BuildKit takes it back out of the
    // collected comments so it is not any instruction's PrevComment.
    if (checkDirective(state, token, i) && isComment) comments.pop();
    escape = state.escape;
    const first = trimContinuation(isComment ? '' : token, escape);
    if (!first.continues && first.text === '') continue;

    const firstIndex = i;
    const logical = new LogicalLine(src, lineStart + lead);
    logical.append(lineStart + lead, first.text);
    let continues = first.continues;
    let emptyLines: number[] | null = null;
    while (continues && i + 1 < continuationEnd) {
      i++;
      const line = src.lineText(i);
      const trimmed = line.slice(leadingSpace(line));
      if (trimmed.startsWith('#')) continue; // comment lines inside a continuation are dropped
      if (trimmed === '') {
        (emptyLines ??= []).push(i + 1); // NoEmptyContinuation
        continue;
      }
      const part = trimContinuation(line, escape);
      logical.append(src.lineStarts[i], part.text);
      continues = part.continues;
    }

    const built = buildInstruction(logical, 0, logical.text.length, escape);
    const instruction = built.instruction;
    if (instruction.keyword === 'FROM') stageIndex++;
    instruction.stageIndex = stageIndex;
    if (instruction.onbuild) instruction.onbuild.stageIndex = stageIndex;
    if (comments.length > 0) instruction.comments = comments;
    if (emptyLines) instruction.emptyContinuationLines = emptyLines;
    comments = [];
    const startLine = firstIndex;
    if (built.error) {
      problems.push({
        code: built.error.code,
        message: explainLineError(built.error.code, instruction),
        dockerMessage: built.error.message,
        range: { ...instruction.range },
      });
    }

    const heredocTarget = instruction.keyword === 'ONBUILD' ? instruction.onbuild : instruction;
    if (
      heredocTarget &&
      HEREDOC_KEYWORDS.has(heredocTarget.keyword) &&
      heredocTarget.json === null &&
      logical.text.includes('<<')
    ) {
      let headers: ReturnType<typeof heredocsFromLine> = [];
      try {
        headers = heredocsFromLine(logical.text);
      } catch (e) {
        if (!(e instanceof HeredocWordError)) throw e;
        problems.push({
          code: 'parse-heredoc-syntax',
          message: 'The heredoc delimiter has an unclosed quote.',
          dockerMessage: e.message,
          range: { ...instruction.range },
        });
      }
      const heredocs: Heredoc[] = [];
      for (const header of headers) {
        let content = '';
        let terminated = false;
        const bodyStart = i + 1;
        while (i + 1 < lineCount) {
          i++;
          let candidate = src.lineText(i);
          if (header.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === header.name) {
            terminated = true;
            break;
          }
          content += src.lineWithBreak(i);
        }
        const doc: Heredoc = {
          name: header.name,
          content,
          expand: header.expand,
          chomp: header.chomp,
          fileDescriptor: header.fileDescriptor,
        };
        if (i >= bodyStart) doc.range = src.lineRange(bodyStart, i);
        heredocs.push(doc);
        if (!terminated) {
          problems.push({
            code: 'parse-unterminated-heredoc',
            message: `The heredoc <<${header.name} never ends: add a line that is exactly "${header.name}" after its content.`,
            dockerMessage: 'unterminated heredoc',
            range: src.lineRange(startLine, i),
          });
          break;
        }
      }
      heredocTarget.heredocs = heredocs;
    }

    // BuildKit's EndLine covers everything consumed: skipped comment and empty
    // lines of the continuation and heredoc bodies (testfile-line).
    // The range object is the instruction's own (buildInstruction made it; problems copy it).
    instruction.range.endLine = i + 1;
    instruction.range.endColumn = src.lineEnds[i] - src.lineStarts[i] + 1;
    instructions.push(instruction);
  }

  if (instructions.length === 0) {
    const empty = text.length === 0;
    problems.push({
      code: empty ? 'parse-empty-file' : 'parse-no-instructions',
      message: empty
        ? 'The Dockerfile is empty. Start it with a FROM instruction, e.g. FROM alpine:3.20.'
        : 'The Dockerfile has no instructions (only comments or blank lines). Add a FROM instruction.',
      // The frontend rejects a 0-byte file before parsing (dockerfile2llb/convert.go).
      dockerMessage: empty ? 'the Dockerfile cannot be empty' : 'file with no instructions',
      range: src.lineRange(0, 0),
    });
  }

  return { source: src, instructions, directives, escapeChar: escape, problems };
}

function explainLineError(code: string, instruction: Instruction): string {
  switch (code) {
    case 'parse-missing-value':
      return `${instruction.keyword} needs a value: write ${instruction.keyword} ${instruction.args[0]?.value ?? 'NAME'}=<value>.`;
    case 'parse-missing-equals':
      return `Once ${instruction.keyword} uses name=value, every item must be name=value; quote values that contain spaces.`;
    case 'parse-json-not-strings':
      return 'In the JSON (exec) form every element must be a string in double quotes, e.g. ["echo", "hi"].';
    default:
      return 'Docker cannot parse this instruction.';
  }
}
