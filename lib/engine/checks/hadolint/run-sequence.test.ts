// Cases ported from hadolint DL3059Spec, DL4001Spec and DL4006Spec.
import { describe, expect, it } from 'vitest';
import { findings, linesOf } from './test-helpers';

describe('DL3059 Multiple consecutive RUN instructions', () => {
  it('accepts a single RUN or RUNs with something between them', () => {
    expect(linesOf('DL3059', 'FROM debian:10')).toEqual([]);
    expect(linesOf('DL3059', 'RUN /foo.sh')).toEqual([]);
    expect(linesOf('DL3059', 'RUN /foo.sh', 'WORKDIR /', 'RUN /bar.sh')).toEqual([]);
    expect(linesOf('DL3059', '# a comment', 'RUN /foo.sh')).toEqual([]);
  });
  it('reports the second of two single-command RUNs, comments between them or not', () => {
    expect(linesOf('DL3059', 'RUN /foo.sh', 'RUN /bar.sh')).toEqual([2]);
    expect(linesOf('DL3059', 'RUN /foo.sh', '# a comment', 'RUN /bar.sh')).toEqual([3]);
    expect(linesOf('DL3059', 'RUN /foo.sh', '# a comment', '# another comment', 'RUN /bar.sh')).toEqual([4]);
  });
  it('compares flags', () => {
    expect(linesOf('DL3059', 'RUN --mount=type=secret,id=foo /foo.sh', 'RUN /bar.sh')).toEqual([]);
    expect(linesOf('DL3059', 'RUN --mount=type=secret,id=foo /foo.sh', 'RUN --mount=type=secret,id=bar /bar.sh')).toEqual([]);
    expect(linesOf('DL3059', 'RUN --mount=type=secret,id=foo /foo.sh', 'RUN --mount=type=secret,id=foo /bar.sh')).toEqual([2]);
  });
  it('takes chained commands as a deliberate split', () => {
    expect(linesOf('DL3059', 'RUN foo && bar', 'RUN foobar')).toEqual([]);
    expect(linesOf('DL3059', 'RUN foo; bar', 'RUN foobar')).toEqual([]);
    expect(linesOf('DL3059', 'RUN foobar', 'RUN foo && bar')).toEqual([]);
    expect(linesOf('DL3059', 'RUN foobar', 'RUN foo; bar')).toEqual([]);
    expect(linesOf('DL3059', 'RUN foo && bar', 'RUN foo; bar')).toEqual([]);
    expect(linesOf('DL3059', 'RUN foo && bar', 'RUN foo', 'RUN bar')).toEqual([3]);
  });
  it('is info', () => {
    expect(findings('DL3059', 'RUN a', 'RUN b')[0].severity).toBe('info');
  });
});

describe('DL4001 Either use Wget or Curl but not both', () => {
  it('reports a stage using both', () => {
    expect(linesOf('DL4001', 'FROM node:20 as foo', 'RUN wget my.xyz', 'RUN curl localhost')).toEqual([3]);
    expect(linesOf('DL4001', 'FROM node:20 as foo', 'RUN wget my.xyz && curl localhost')).toEqual([2]);
    expect(linesOf('DL4001', 'FROM node:20 as foo', 'RUN wget my.xyz', 'RUN curl localhost', 'FROM scratch', 'RUN curl localhost')).toEqual([3]);
  });
  it('accepts one tool per stage', () => {
    expect(linesOf('DL4001', 'FROM node:20 as foo', 'RUN wget my.xyz')).toEqual([]);
    expect(linesOf('DL4001', 'FROM node:20 as foo', 'RUN wget my.xyz', 'FROM scratch', 'RUN curl localhost')).toEqual([]);
  });
  it('reports only the RUNs that use one of them', () => {
    expect(linesOf('DL4001', 'FROM node:20 as foo', 'RUN wget my.xyz', 'RUN curl my.xyz', 'RUN echo hello')).toEqual([3]);
    expect(linesOf('DL4001', 'FROM node:20 as foo', 'RUN wget my.xyz', 'RUN curl my.xyz', 'RUN echo hello', 'RUN wget foo.com')).toEqual([3, 5]);
  });
});

describe('DL4006 Set the SHELL option -o pipefail before RUN with a pipe in it', () => {
  const pipe = 'RUN wget -O - https://some.site | wc -l file > /number';
  it('reports a pipe without pipefail', () => {
    expect(linesOf('DL4006', 'FROM scratch', 'RUN wget -O - https://some.site | wc -l > /number')).toEqual([2]);
    expect(linesOf('DL4006', 'FROM scratch as build', 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]', pipe)).toEqual([3]);
  });
  it('accepts no pipe, or bash/zsh with pipefail', () => {
    expect(linesOf('DL4006', 'FROM scratch as build', 'RUN wget -O - https://some.site && wc -l file > /number')).toEqual([]);
    for (const shell of [
      '["/bin/bash", "-eo", "pipefail", "-c"]',
      '["/bin/bash", "-e", "-o", "pipefail", "-c"]',
      '["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]',
      '["/bin/zsh", "-o", "pipefail", "-c"]',
      '["/usr/bin/bash", "-o", "pipefail", "-c"]',
      '["/usr/local/bin/zsh", "-o", "pipefail", "-c"]',
    ]) {
      expect(linesOf('DL4006', 'FROM scratch as build', `SHELL ${shell}`, pipe), shell).toEqual([]);
    }
  });
  it('ignores non-POSIX shells', () => {
    for (const shell of ['["pwsh", "-c"]', '[ "powershell.exe" ]', '[ "cmd.exe", "/c" ]']) {
      expect(linesOf('DL4006', 'FROM mcr.microsoft.com/powershell:ubuntu-16.04', `SHELL ${shell}`, 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'), shell).toEqual([]);
    }
  });
  it('resets at FROM and at a later SHELL without pipefail', () => {
    expect(linesOf('DL4006', 'FROM scratch as build', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', pipe, 'FROM scratch as build2', pipe)).toEqual([5]);
    expect(linesOf('DL4006', 'FROM scratch as build', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', pipe, 'SHELL ["/bin/sh", "-c"]', pipe)).toEqual([5]);
  });
});
