// Cases ported from hadolint DL3003Spec, DL3004Spec and DL3027Spec.
import { describe, expect, it } from 'vitest';
import { findings, linesOf, onbuild } from './test-helpers';

describe('DL3003 Use WORKDIR to switch to a directory', () => {
  it('reports cd in RUN, also in ONBUILD', () => {
    expect(linesOf('DL3003', 'FROM debian:12', 'RUN cd /opt')).toEqual([2]);
    expect(linesOf('DL3003', 'FROM debian:12', ...onbuild('RUN cd /opt'))).toEqual([2]);
    expect(linesOf('DL3003', 'FROM debian:12', 'RUN make -C src && (cd /tmp && ls)')).toEqual([2]);
  });
  it('accepts WORKDIR and words that only mention cd', () => {
    expect(linesOf('DL3003', 'FROM debian:12', 'WORKDIR /opt')).toEqual([]);
    expect(linesOf('DL3003', 'FROM debian:12', 'RUN echo cd /opt')).toEqual([]);
  });
  it('is a warning on the RUN line of a continued instruction', () => {
    const [d] = findings('DL3003', 'FROM debian:12', 'RUN echo a \\', '  && cd /opt');
    expect(d).toMatchObject({ severity: 'warning', line: 2, endLine: 2 });
  });
});

describe('DL3004 Do not use sudo', () => {
  it('reports sudo, also chained and in ONBUILD', () => {
    expect(linesOf('DL3004', 'FROM debian:12', 'RUN sudo apt-get update')).toEqual([2]);
    expect(linesOf('DL3004', 'FROM debian:12', 'RUN apt-get update && sudo apt-get install')).toEqual([2]);
    expect(linesOf('DL3004', 'FROM debian:12', ...onbuild('RUN sudo apt-get update'))).toEqual([2]);
  });
  it('accepts installing the sudo package', () => {
    expect(linesOf('DL3004', 'FROM debian:12', 'RUN apt-get install sudo')).toEqual([]);
  });
  it('is an error', () => {
    expect(findings('DL3004', 'FROM debian:12', 'RUN sudo ls')[0].severity).toBe('error');
  });
});

describe('DL3027 Do not use apt', () => {
  it('reports apt, not apt-get', () => {
    expect(linesOf('DL3027', 'FROM ubuntu:24.04', 'RUN apt install python')).toEqual([2]);
    expect(linesOf('DL3027', 'FROM ubuntu:24.04', ...onbuild('RUN apt install python'))).toEqual([2]);
    expect(linesOf('DL3027', 'FROM ubuntu:24.04', 'RUN apt-get install -y python')).toEqual([]);
  });
});
