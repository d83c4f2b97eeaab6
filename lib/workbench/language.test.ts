import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { KNOWN_KEYWORDS } from '@/lib/engine/parse/line-parsers';
import { completionContextAt, hoverTargetAt, outlineAt } from './language';
import { toWorkbenchModel } from './view-model';
import { INSTRUCTION_DOCS, docFor, flagDoc, instructionHoverMarkdown, referenceUrl } from './instruction-docs';

const SOURCE = 'FROM --platform=linux/amd64 golang AS build\nRUN --mount=type=cache,target=/root/.cache \\\n    go build\nONBUILD COPY --chown=app . /src\n';
const { instructions } = toWorkbenchModel(analyze(SOURCE));

describe('hover targets', () => {
  it('finds the instruction keyword under the pointer', () => {
    expect(hoverTargetAt(instructions, 1, 1)).toMatchObject({ kind: 'instruction', keyword: 'FROM' });
    expect(hoverTargetAt(instructions, 1, 4)).toMatchObject({ kind: 'instruction', keyword: 'FROM' });
    expect(hoverTargetAt(instructions, 1, 5)).toBeNull(); // the space after FROM
  });
  it('finds flags, with the instruction they belong to', () => {
    expect(hoverTargetAt(instructions, 1, 8)).toMatchObject({ kind: 'flag', keyword: 'FROM', flag: 'platform' });
    expect(hoverTargetAt(instructions, 2, 10)).toMatchObject({ kind: 'flag', keyword: 'RUN', flag: 'mount' });
  });
  it('documents the instruction ONBUILD wraps', () => {
    expect(hoverTargetAt(instructions, 4, 9)).toMatchObject({ kind: 'instruction', keyword: 'COPY' });
    expect(hoverTargetAt(instructions, 4, 16)).toMatchObject({ kind: 'flag', keyword: 'COPY', flag: 'chown' });
  });
  it('finds the instruction a continuation line belongs to', () => {
    expect(outlineAt(instructions, 3)?.keyword).toBe('RUN');
    expect(outlineAt(instructions, 9)).toBeNull();
  });
});

describe('completion context', () => {
  it('offers instructions at the start of a line', () => {
    expect(completionContextAt('', 1, null)).toEqual({ kind: 'keyword', prefix: '', startColumn: 1 });
    expect(completionContextAt('  WOR', 6, null)).toEqual({ kind: 'keyword', prefix: 'WOR', startColumn: 3 });
  });
  it('offers the flags of the instruction after --', () => {
    expect(completionContextAt('COPY --', 8, null)).toEqual({ kind: 'flag', keyword: 'COPY', prefix: '', startColumn: 6 });
    expect(completionContextAt('copy --chown=app --fr', 22, null)).toEqual({ kind: 'flag', keyword: 'COPY', prefix: 'fr', startColumn: 18 });
  });
  it('offers nothing inside arguments, and no instructions on continuation lines', () => {
    expect(completionContextAt('RUN apt-get', 12, null)).toBeNull();
    expect(completionContextAt('    go', 7, 'RUN')).toBeNull();
    expect(completionContextAt('    --net', 10, 'RUN')).toEqual({ kind: 'flag', keyword: 'RUN', prefix: 'net', startColumn: 5 });
  });
});

describe('instruction documentation', () => {
  it('documents every instruction Docker knows, and nothing else', () => {
    expect(Object.keys(INSTRUCTION_DOCS).sort()).toEqual([...KNOWN_KEYWORDS].sort());
  });
  it('states the layer rule of BuildKit for each instruction', () => {
    const layers = Object.values(INSTRUCTION_DOCS).filter((d) => d.layer !== 'never' && d.layer !== 'FROM').map((d) => d.keyword).sort();
    expect(layers).toEqual(['ADD', 'COPY', 'RUN', 'WORKDIR']);
  });
  it('says FROM brings in the base image’s layers and config, not that it only changes the config', () => {
    const md = instructionHoverMarkdown(docFor('FROM')!, null);
    expect(md).not.toMatch(/Changes only the image config/);
    expect(md).not.toMatch(/no layer\./);
    expect(md).toMatch(/Adds no layer of its own: the stage starts with the base image’s layers and config/);
    // Config-only instructions keep their sentence.
    expect(instructionHoverMarkdown(docFor('CMD')!, null)).toContain('Changes only the image config: no layer.');
  });
  it('does not say a numeric USER must exist in the image', () => {
    const md = instructionHoverMarkdown(docFor('USER')!, null);
    expect(md).not.toMatch(/the user must exist/);
    expect(md).toMatch(/numeric UID/);
  });
  it('links the hover to the lesson and to the reference', () => {
    const md = instructionHoverMarkdown(docFor('workdir')!, { href: 'https://site.test/learn/workdir#what' });
    expect(md).toContain('[Lesson: how WORKDIR works](https://site.test/learn/workdir#what)');
    expect(md).toContain('(https://docs.docker.com/reference/dockerfile/#workdir)');
    expect(referenceUrl('MAINTAINER')).toMatch(/#maintainer-deprecated$/);
    expect(instructionHoverMarkdown(docFor('RUN')!, null)).not.toContain('Lesson');
  });
  it('knows the flags COPY and RUN accept', () => {
    expect(flagDoc('COPY', 'from')?.syntax).toBe('--from=<stage|image|context>');
    expect(flagDoc('run', 'MOUNT')).not.toBeNull();
    expect(flagDoc('CMD', 'from')).toBeNull();
  });
});
